// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QEventLoop>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

#include <optional>

namespace scimdesk {

Q_LOGGING_CATEGORY(lcSecrets, "scimdesk.secrets")

namespace {

// Every job refuses the insecure fallback: on the KWallet path QtKeychain would otherwise write the secret in
// clear text to ~/.config/<service>.conf.
template <typename Job>
Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

SecretStore::Error errorOf(const QKeychain::Job *job, SecretStore::Operation operation)
{
    return SecretStore::describe(int(job->error()), job->errorString(), operation, job->key());
}

// Runs an asynchronous operation and waits for its answer in a local event loop.
template <typename Result, typename Start>
Result wait(Start start)
{
    QEventLoop loop;
    std::optional<Result> result;
    start(&loop, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

QString SecretStore::tokenKey(const QString &directoryName)
{
    return QStringLiteral("directory/") + directoryName + QStringLiteral("/token");
}

SecretStore::Error SecretStore::describe(int keychainError, const QString &detail, Operation operation,
                                         const QString &key)
{
    const QString shown = detail.isEmpty() ? tr("no details") : detail;
    // Without a session bus QtKeychain reports OtherError "Cannot autolaunch D-Bus…"; with a bus but no Secret
    // Service, libsecret names the missing service or the failed connection.
    const bool noService = keychainError == QKeychain::NoBackendAvailable ||
                           detail.contains(QLatin1StringView("autolaunch"), Qt::CaseInsensitive) ||
                           detail.contains(QLatin1StringView("Could not connect"), Qt::CaseInsensitive) ||
                           detail.contains(QLatin1StringView("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
                           detail.contains(QLatin1StringView("not provided by any .service"), Qt::CaseInsensitive);
    if (noService) {
        return {ErrorCode::NoService,
                tr("No Secret Service is running (%1). Start a desktop session with a keyring such as "
                   "gnome-keyring, or on a headless server run ScimDesk inside \"dbus-run-session\" with an unlocked "
                   "gnome-keyring-daemon; the token was not stored anywhere else.")
                    .arg(shown)};
    }
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        return {ErrorCode::NotFound,
                tr("The keychain has no secret \"%1\" (%2). A locked or missing login keyring also reads as not "
                   "found: unlock the keyring and try again.")
                    .arg(key, shown)};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorCode::AccessDenied, tr("The keychain refused access to \"%1\" (%2).").arg(key, shown)};
    default:
        break;
    }
    switch (operation) {
    case Operation::Read:
        return {ErrorCode::Other, tr("Cannot read \"%1\" from the keychain (%2).").arg(key, shown)};
    case Operation::Write:
        return {ErrorCode::Other,
                tr("Cannot store \"%1\" in the keychain (%2); is the login keyring unlocked?").arg(key, shown)};
    case Operation::Remove:
        break;
    }
    return {ErrorCode::Other, tr("Cannot delete \"%1\" from the keychain (%2).").arg(key, shown)};
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done) const
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (readJob->error() != QKeychain::NoError) {
            const Error e = errorOf(readJob, Operation::Read);
            qCWarning(lcSecrets).noquote() << e.message;
            done(std::unexpected(e));
            return;
        }
        done(readJob->textData().toUtf8());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QByteArray &secret, QObject *context, WriteCallback done) const
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    // Text, not binary: QtKeychain would store binary data base64-encoded, which other tools would not expect.
    job->setTextData(QString::fromUtf8(secret));
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const Error e = errorOf(j, Operation::Write);
            qCWarning(lcSecrets).noquote() << e.message;
            done(std::unexpected(e));
            return;
        }
        done({});
    });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback done) const
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError) {
            const Error e = errorOf(j, Operation::Remove);
            qCWarning(lcSecrets).noquote() << e.message;
            done(std::unexpected(e));
            return;
        }
        done({});
    });
    job->start();
}

SecretStore::ReadResult SecretStore::readNow(const QString &key) const
{
    return wait<ReadResult>([&](QObject *context, ReadCallback done) { read(key, context, std::move(done)); });
}

SecretStore::WriteResult SecretStore::writeNow(const QString &key, const QByteArray &secret) const
{
    return wait<WriteResult>(
        [&](QObject *context, WriteCallback done) { write(key, secret, context, std::move(done)); });
}

SecretStore::WriteResult SecretStore::removeNow(const QString &key) const
{
    return wait<WriteResult>([&](QObject *context, WriteCallback done) { remove(key, context, std::move(done)); });
}

} // namespace scimdesk
