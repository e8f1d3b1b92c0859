// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <expected>

namespace scimdesk {

// One SCIM error (RFC 7644 §3.12): the HTTP status, the optional scimType and a human-readable detail.
// Every failure a client can cause is expressed as one of these and rendered as SCIM Error JSON.
struct ScimError
{
    Q_DECLARE_TR_FUNCTIONS(ScimError)

public:
    int status = 400;
    QString scimType; // empty when the RFC defines none for the case
    QString detail;
    qint64 retryAfterSeconds = 0; // > 0: answered with a Retry-After header (429)

    QJsonObject toJson() const;

    static ScimError invalidFilter(const QString &detail) { return {400, QStringLiteral("invalidFilter"), detail}; }
    static ScimError invalidSyntax(const QString &detail) { return {400, QStringLiteral("invalidSyntax"), detail}; }
    static ScimError invalidValue(const QString &detail) { return {400, QStringLiteral("invalidValue"), detail}; }
    static ScimError invalidPath(const QString &detail) { return {400, QStringLiteral("invalidPath"), detail}; }
    static ScimError noTarget(const QString &detail) { return {400, QStringLiteral("noTarget"), detail}; }
    static ScimError mutability(const QString &detail) { return {400, QStringLiteral("mutability"), detail}; }
    static ScimError tooMany(const QString &detail) { return {400, QStringLiteral("tooMany"), detail}; }
    static ScimError uniqueness(const QString &detail) { return {409, QStringLiteral("uniqueness"), detail}; }
    static ScimError notFound(const QString &detail) { return {404, QString(), detail}; }
    static ScimError unauthorized(const QString &detail) { return {401, QString(), detail}; }
    static ScimError internal(const QString &detail) { return {500, QString(), detail}; }
};

template <typename T>
using ScimResult = std::expected<T, ScimError>;

} // namespace scimdesk
