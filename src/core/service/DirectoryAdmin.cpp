// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryAdmin.h"

#include "ResourceCodec.h"
#include "TokenAdmin.h"
#include "Tokens.h"
#include "access/Profile.h"
#include "store/Database.h"

namespace scimdesk {

QStringList DirectoryAdmin::profiles()
{
    return Profile::names();
}

QString DirectoryAdmin::validateName(const QString &name)
{
    // The name becomes a path segment of the base URL Okta calls; Okta refuses base URLs containing '_'.
    if (name.isEmpty() || name.size() > 63)
        return tr("A directory name must be 1 to 63 characters long.");
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok) {
            return tr("A directory name may contain only letters a-z, digits and '-' (Okta refuses base URLs with "
                      "'_'); \"%1\" contains '%2'.")
                .arg(name, QString(c));
        }
    }
    if (name.startsWith(u'-') || name.endsWith(u'-'))
        return tr("A directory name must not start or end with '-'.");
    return {};
}

std::expected<DirectoryAdmin::Created, QString> DirectoryAdmin::create(const NewDirectory &spec, qint64 nowMs)
{
    if (const QString error = validateName(spec.name); !error.isEmpty())
        return std::unexpected(error);
    if (!profiles().contains(spec.profile)) {
        return std::unexpected(
            tr("Unknown profile \"%1\"; choose one of: %2.").arg(spec.profile, profiles().join(QStringLiteral(", "))));
    }
    if (spec.expiresInMs && *spec.expiresInMs <= 0)
        return std::unexpected(tr("The token lifetime must be positive."));

    DirectoryRepository repo(m_db);
    if (!m_db.begin())
        return std::unexpected(tr("Cannot start a transaction: %1").arg(m_db.lastErrorText()));
    DirectoryRecord record;
    record.name = spec.name;
    record.profile = spec.profile;
    record.organization = spec.organization;
    record.environment = spec.environment;
    record.primary = spec.primary;
    record.createdMs = nowMs;
    record.adminAttribute =
        spec.adminAttribute.isEmpty() ? Profile::byName(spec.profile).defaultAdminAttribute : spec.adminAttribute;
    auto added = repo.add(record);
    if (!added) {
        m_db.rollback();
        return std::unexpected(added.error());
    }
    Created created;
    created.directory = *added;
    // A new directory has no users yet, so the bootstrap administrator is its only possible token owner.
    auto owner = TokenAdmin::owner(m_db, created.directory, QString());
    if (!owner) {
        m_db.rollback();
        return std::unexpected(owner.error());
    }
    created.tokenOwner = *owner;
    created.token = Tokens::generate();
    if (spec.expiresInMs)
        created.expiresMs = nowMs + *spec.expiresInMs;
    auto tokenId =
        repo.addToken(created.directory.id, Tokens::hash(created.token), nowMs, created.expiresMs, created.tokenOwner);
    if (!tokenId) {
        m_db.rollback();
        return std::unexpected(tokenId.error());
    }
    created.tokenId = *tokenId;
    QString meaning =
        created.expiresMs
            ? tr("issued the bearer token (it expires on %1)").arg(ResourceCodec::formatTime(*created.expiresMs))
            : tr("issued the bearer token (it never expires)");
    if (!created.tokenOwner.isEmpty())
        meaning = tr("%1; it belongs to %2").arg(meaning, created.tokenOwner);
    if (!TokenAdmin::journal(m_db, created.directory, created.tokenId, meaning, nowMs)) {
        m_db.rollback();
        return std::unexpected(tr("Cannot write the journal entry for the new token."));
    }
    if (!m_db.commit())
        return std::unexpected(tr("Cannot save the directory: %1").arg(m_db.lastErrorText()));
    return created;
}

QList<DirectoryRecord> DirectoryAdmin::list()
{
    return DirectoryRepository(m_db).list();
}

} // namespace scimdesk
