// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenAdmin.h"

#include "DirectoryAdmin.h"
#include "ResourceCodec.h"
#include "Tokens.h"
#include "access/AccessModel.h"
#include "access/Roles.h"
#include "store/Database.h"
#include "store/JournalRepository.h"

namespace scimdesk {

QString TokenAdmin::status(const TokenRecord &t, qint64 nowMs)
{
    if (t.revokedMs)
        return QStringLiteral("revoked");
    if (t.retireAtMs && nowMs >= *t.retireAtMs)
        return QStringLiteral("rotated-out");
    if (t.expiresMs && nowMs >= *t.expiresMs)
        return QStringLiteral("expired");
    return QStringLiteral("active");
}

QString TokenAdmin::expiryWarning(const TokenStatus &token, qint64 nowMs)
{
    if (token.status != QLatin1StringView("active") || !token.expiresMs)
        return {};
    constexpr qint64 Day = 24 * 3600 * 1000;
    const qint64 left = *token.expiresMs - nowMs;
    if (left > 30 * Day)
        return {};
    const qint64 days = left / Day;
    const QString when = days > 1 ? tr("in %1 days").arg(days) : days == 1 ? tr("in 1 day") : tr("within a day");
    if (left <= 7 * Day)
        return tr("The token expires %1 (%2): rotate it now and enter the new token in Okta, or provisioning stops.")
            .arg(when, ResourceCodec::formatTime(*token.expiresMs));
    return tr("The token expires %1 (%2): plan its rotation.").arg(when, ResourceCodec::formatTime(*token.expiresMs));
}

std::expected<QString, QString> TokenAdmin::owner(Database &db, const DirectoryRecord &directory,
                                                  const QString &requested)
{
    if (requested.isEmpty()) {
        if (!Profile::byName(directory.profile).tokenOwnedByAdmin)
            return QString();
        // The profile wants an administrator's token and nobody was named: the bootstrap administrator, who is
        // one until a provisioned user holds orgadmin.
        const QString bootstrap(AccessModel::BootstrapAdmin);
        if (const QString refusal = ownerRefusal(db, directory, bootstrap); !refusal.isEmpty()) {
            return std::unexpected(tr("A token of %1 (profile %2) must belong to an administrator: name one who "
                                      "holds orgadmin. %3")
                                       .arg(directory.name, directory.profile, refusal));
        }
        return bootstrap;
    }
    if (const QString refusal = ownerRefusal(db, directory, requested); !refusal.isEmpty()) {
        return std::unexpected(
            tr("%1 cannot own a token of %2: a token's owner must be an administrator (hold orgadmin). %3")
                .arg(requested, directory.name, refusal));
    }
    return requested;
}

QString TokenAdmin::ownerRefusal(Database &db, const DirectoryRecord &directory, const QString &owner)
{
    const auto held = AccessModel(db).operatorPrivileges(directory, Operator{owner, QString(Roles::OrgAdmin)});
    return held ? QString() : held.error();
}

bool TokenAdmin::journal(Database &db, const DirectoryRecord &directory, qint64 tokenId, const QString &meaning,
                         qint64 nowMs)
{
    JournalEntry e;
    e.atMs = nowMs;
    e.directoryId = directory.id;
    e.directory = directory.name;
    e.client = QStringLiteral("local");
    e.userAgent = QStringLiteral("ScimDesk administration");
    e.method = QStringLiteral("TOKEN");
    e.path = DirectoryAdmin::basePath(directory.name);
    e.status = 200;
    e.meaning = meaning;
    e.resourceType = QStringLiteral("Token");
    e.resourceId = tokenId > 0 ? QString::number(tokenId) : QString();
    return JournalRepository(db).append(e);
}

std::expected<DirectoryRecord, QString> TokenAdmin::directory(const QString &name)
{
    std::optional<DirectoryRecord> d = DirectoryRepository(m_db).byName(name);
    if (!d)
        return std::unexpected(tr("There is no directory named \"%1\".").arg(name));
    return *d;
}

std::expected<TokenAdmin::Rotated, QString> TokenAdmin::rotate(const QString &directoryName, qint64 overlapMs,
                                                               qint64 nowMs, std::optional<qint64> lifetimeMs,
                                                               const QString &owner)
{
    if (overlapMs < 0)
        return std::unexpected(tr("The overlap must not be negative."));
    if (lifetimeMs && *lifetimeMs <= 0)
        return std::unexpected(tr("The token lifetime must be positive."));
    if (!m_db.begin())
        return std::unexpected(tr("Cannot start a transaction: %1").arg(m_db.lastErrorText()));
    auto fail = [this](const QString &message) {
        m_db.rollback();
        return std::unexpected(message);
    };
    auto dir = directory(directoryName);
    if (!dir)
        return fail(dir.error());
    auto tokenOwner = TokenAdmin::owner(m_db, *dir, owner);
    if (!tokenOwner)
        return fail(tokenOwner.error());
    DirectoryRepository repo(m_db);
    Rotated rotated;
    rotated.directory = *dir;
    rotated.owner = *tokenOwner;
    // The previous tokens first, so the new one is not among those revoked or retired.
    std::expected<int, QString> previous = overlapMs > 0 ? repo.retireActiveTokens(dir->id, nowMs, nowMs + overlapMs)
                                                         : repo.revokeActiveTokens(dir->id, nowMs);
    if (!previous)
        return fail(previous.error());
    rotated.previousTokens = *previous;
    if (overlapMs > 0 && *previous > 0)
        rotated.overlapUntilMs = nowMs + overlapMs;
    rotated.token = Tokens::generate();
    if (lifetimeMs)
        rotated.expiresMs = nowMs + *lifetimeMs;
    auto id = repo.addToken(dir->id, Tokens::hash(rotated.token), nowMs, rotated.expiresMs, rotated.owner);
    if (!id)
        return fail(id.error());
    rotated.tokenId = *id;
    QString expiry = rotated.expiresMs ? tr("it expires on %1").arg(ResourceCodec::formatTime(*rotated.expiresMs))
                                       : tr("it never expires");
    if (!rotated.owner.isEmpty())
        expiry = tr("%1; it belongs to %2").arg(expiry, rotated.owner);
    QString meaning;
    if (rotated.previousTokens == 0)
        meaning = tr("rotated the bearer token (there was no active token; %1)").arg(expiry);
    else if (rotated.overlapUntilMs)
        meaning = tr("rotated the bearer token (the previous one stays valid until %1; %2)")
                      .arg(ResourceCodec::formatTime(*rotated.overlapUntilMs), expiry);
    else
        meaning = tr("rotated the bearer token (the previous one was revoked at once; %1)").arg(expiry);
    if (!journal(m_db, *dir, rotated.tokenId, meaning, nowMs))
        return fail(tr("Cannot write the journal entry for the token change."));
    if (!m_db.commit())
        return std::unexpected(tr("Cannot save the new token: %1").arg(m_db.lastErrorText()));
    return rotated;
}

std::expected<int, QString> TokenAdmin::revoke(const QString &directoryName, qint64 nowMs)
{
    if (!m_db.begin())
        return std::unexpected(tr("Cannot start a transaction: %1").arg(m_db.lastErrorText()));
    auto fail = [this](const QString &message) {
        m_db.rollback();
        return std::unexpected(message);
    };
    auto dir = directory(directoryName);
    if (!dir)
        return fail(dir.error());
    auto count = DirectoryRepository(m_db).revokeActiveTokens(dir->id, nowMs);
    if (!count)
        return fail(count.error());
    const QString meaning = *count == 0   ? tr("revoked the bearer tokens (none was active)")
                            : *count == 1 ? tr("revoked the bearer token")
                                          : tr("revoked %n bearer tokens", nullptr, *count);
    if (!journal(m_db, *dir, 0, meaning, nowMs))
        return fail(tr("Cannot write the journal entry for the token change."));
    if (!m_db.commit())
        return std::unexpected(tr("Cannot save the revocation: %1").arg(m_db.lastErrorText()));
    return *count;
}

std::expected<QList<TokenAdmin::TokenStatus>, QString> TokenAdmin::show(const QString &directoryName, qint64 nowMs)
{
    auto dir = directory(directoryName);
    if (!dir)
        return std::unexpected(dir.error());
    QList<TokenStatus> result;
    for (const TokenRecord &t : DirectoryRepository(m_db).tokens(dir->id)) {
        TokenStatus s;
        s.status = status(t, nowMs);
        s.createdMs = t.createdMs;
        s.expiresMs = t.expiresMs;
        s.lastUsedMs = t.lastUsedMs;
        s.lastUsedBy = t.lastUsedClient;
        s.retireAtMs = t.retireAtMs;
        s.revokedMs = t.revokedMs;
        s.owner = t.owner;
        result.append(s);
    }
    return result;
}

} // namespace scimdesk
