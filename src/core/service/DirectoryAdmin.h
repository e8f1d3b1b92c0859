// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/DirectoryRepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace scimdesk {

class Database;

// Creating and listing directories and issuing their tokens: what the command line and the console share.
class DirectoryAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryAdmin)

public:
    struct NewDirectory
    {
        QString name;
        QString profile = QStringLiteral("generic");
        QString organization;
        QString environment;
        bool primary = false;
        QString adminAttribute; // empty: the profile's (deltastreamOrgadmin for deltastream)
        std::optional<qint64> expiresInMs = qint64(365) * 24 * 3600 * 1000; // nullopt: never expires
    };
    struct Created
    {
        DirectoryRecord directory;
        QByteArray token; // shown once to the admin; only its hash is stored
        qint64 tokenId = 0;
        std::optional<qint64> expiresMs;
        QString tokenOwner; // the bootstrap administrator where the profile wants an owner (TokenAdmin::owner)
    };

    explicit DirectoryAdmin(Database &db) : m_db(db) {}

    static QStringList profiles();
    // Empty when valid; otherwise a sentence saying what is wrong.
    static QString validateName(const QString &name);
    static QString basePath(const QString &directoryName) { return QStringLiteral("/scim/v2/") + directoryName; }

    std::expected<Created, QString> create(const NewDirectory &spec, qint64 nowMs);
    QList<DirectoryRecord> list();

private:
    Database &m_db;
};

} // namespace scimdesk
