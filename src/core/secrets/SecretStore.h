// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <expected>
#include <functional>

namespace scimdesk {

// Keeps secrets in the system keychain (the Secret Service on Linux) through QtKeychain. Never falls back to
// plain text: when no keychain can be reached, every operation fails with a message saying so.
class SecretStore final
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class ErrorCode {
        NoService,    // no Secret Service (or no session bus) to talk to
        AccessDenied, // the keychain refused, or the user denied access
        NotFound,     // nothing stored under the key (or the login collection is locked or missing)
        Other,
    };
    struct Error
    {
        ErrorCode code = ErrorCode::Other;
        QString message;
    };
    using ReadResult = std::expected<QByteArray, Error>;
    using WriteResult = std::expected<void, Error>;
    using ReadCallback = std::function<void(const ReadResult &)>;
    using WriteCallback = std::function<void(const WriteResult &)>;

    // `service` names the application in the keychain; only tests use another one.
    explicit SecretStore(const QString &service = defaultService()) : m_service(service) {}

    static QString defaultService() { return QStringLiteral("scimdesk"); }
    // The key of a directory's bearer token: "directory/<name>/token".
    static QString tokenKey(const QString &directoryName);

    const QString &service() const { return m_service; }

    // Asynchronous: `done` runs in `context`'s thread once the keychain answered, unless `context` is gone.
    void read(const QString &key, QObject *context, ReadCallback done) const;
    void write(const QString &key, const QByteArray &secret, QObject *context, WriteCallback done) const;
    void remove(const QString &key, QObject *context, WriteCallback done) const;

    // Blocking helpers for the command line: run a local event loop until the keychain answered.
    ReadResult readNow(const QString &key) const;
    WriteResult writeNow(const QString &key, const QByteArray &secret) const;
    WriteResult removeNow(const QString &key) const;

    enum class Operation { Read, Write, Remove };
    // The message for a QtKeychain error code (QKeychain::Error) and its error string.
    static Error describe(int keychainError, const QString &detail, Operation operation, const QString &key);

private:
    QString m_service;
};

} // namespace scimdesk
