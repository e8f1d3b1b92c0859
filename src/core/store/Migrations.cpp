// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace scimdesk {

// Times are milliseconds since the Unix epoch, UTC. Tables are prefixed scim_ where the plain name is an SQL
// keyword (GROUPS is one in SQLite and PostgreSQL).
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {
             QStringLiteral("CREATE TABLE directories ("
                            " id ${PK},"
                            " name TEXT NOT NULL UNIQUE,"
                            " profile TEXT NOT NULL,"
                            " organization TEXT NOT NULL DEFAULT '',"
                            " environment TEXT NOT NULL DEFAULT '',"
                            " is_primary INTEGER NOT NULL DEFAULT 0,"
                            " created_ms ${BIGINT} NOT NULL)"),
             QStringLiteral("CREATE TABLE tokens ("
                            " id ${PK},"
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " token_hash ${BLOB} NOT NULL UNIQUE,"
                            " created_ms ${BIGINT} NOT NULL,"
                            " expires_ms ${BIGINT},"
                            " retire_at_ms ${BIGINT},"
                            " revoked_ms ${BIGINT},"
                            " last_used_ms ${BIGINT},"
                            " last_used_client TEXT)"),
             QStringLiteral("CREATE INDEX tokens_directory ON tokens(directory_id)"),
             QStringLiteral("CREATE TABLE scim_users ("
                            " seq ${PK},"
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " id TEXT NOT NULL,"
                            " user_name TEXT NOT NULL,"
                            " user_name_key TEXT NOT NULL,"
                            " external_id TEXT,"
                            " display_name TEXT,"
                            " active INTEGER NOT NULL,"
                            " created_ms ${BIGINT} NOT NULL,"
                            " modified_ms ${BIGINT} NOT NULL,"
                            " version ${BIGINT} NOT NULL,"
                            " doc ${BLOB} NOT NULL," // compact UTF-8 JSON
                            " UNIQUE (directory_id, id),"
                            " UNIQUE (directory_id, user_name_key))"),
             QStringLiteral("CREATE INDEX scim_users_external_id ON scim_users(directory_id, external_id)"),
             QStringLiteral("CREATE INDEX scim_users_order ON scim_users(directory_id, seq)"),
             QStringLiteral("CREATE TABLE scim_groups ("
                            " seq ${PK},"
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " id TEXT NOT NULL,"
                            " display_name TEXT NOT NULL,"
                            " display_name_key TEXT NOT NULL,"
                            " external_id TEXT,"
                            " created_ms ${BIGINT} NOT NULL,"
                            " modified_ms ${BIGINT} NOT NULL,"
                            " version ${BIGINT} NOT NULL,"
                            " doc ${BLOB} NOT NULL," // compact UTF-8 JSON
                            " UNIQUE (directory_id, id),"
                            " UNIQUE (directory_id, display_name_key))"),
             QStringLiteral("CREATE INDEX scim_groups_external_id ON scim_groups(directory_id, external_id)"),
             QStringLiteral("CREATE INDEX scim_groups_order ON scim_groups(directory_id, seq)"),
             QStringLiteral("CREATE TABLE memberships ("
                            " group_seq ${BIGINT} NOT NULL REFERENCES scim_groups(seq) ON DELETE CASCADE,"
                            " user_seq ${BIGINT} NOT NULL REFERENCES scim_users(seq) ON DELETE CASCADE,"
                            " added_ms ${BIGINT} NOT NULL,"
                            " PRIMARY KEY (group_seq, user_seq))"),
             QStringLiteral("CREATE INDEX memberships_user ON memberships(user_seq)"),
             QStringLiteral("CREATE TABLE journal ("
                            " seq ${PK},"
                            " at_ms ${BIGINT} NOT NULL,"
                            " directory_id ${BIGINT},"
                            " directory TEXT NOT NULL DEFAULT '',"
                            " client TEXT NOT NULL DEFAULT '',"
                            " user_agent TEXT NOT NULL DEFAULT '',"
                            " method TEXT NOT NULL DEFAULT '',"
                            " path TEXT NOT NULL DEFAULT '',"
                            " status INTEGER NOT NULL DEFAULT 0,"
                            " latency_us ${BIGINT} NOT NULL DEFAULT 0,"
                            " meaning TEXT NOT NULL DEFAULT '',"
                            " resource_type TEXT NOT NULL DEFAULT '',"
                            " resource_id TEXT NOT NULL DEFAULT '',"
                            " request_body ${BLOB} NOT NULL,"
                            " response_body ${BLOB} NOT NULL)"),
             QStringLiteral("CREATE INDEX journal_directory_time ON journal(directory_id, at_ms)"),
             // Bumped by every transaction that changes directories, tokens or resources (not the journal), so a
             // connection can tell that someone else changed what it caches.
             QStringLiteral(
                 "CREATE TABLE change_counter (id INTEGER PRIMARY KEY CHECK (id = 1), value ${BIGINT} NOT NULL)"),
             QStringLiteral("INSERT INTO change_counter (id, value) VALUES (1, 0)"),
         }},
        // The access model: custom roles (built-in ones live in code), privileges granted to roles, roles
        // assigned to groups, who holds which role and why, and the history of all of it. Role names are kept as
        // case-folded keys, as SCIM group names are.
        {2,
         {
             QStringLiteral("ALTER TABLE directories ADD COLUMN admin_attribute TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE directories SET admin_attribute = 'deltastreamOrgadmin'"
                            " WHERE profile = 'deltastream'"),
             QStringLiteral("CREATE TABLE roles ("
                            " id ${PK},"
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " name TEXT NOT NULL,"
                            " name_key TEXT NOT NULL,"
                            " group_seq ${BIGINT} REFERENCES scim_groups(seq) ON DELETE SET NULL,"
                            " created_ms ${BIGINT} NOT NULL,"
                            " created_by TEXT NOT NULL,"
                            " UNIQUE (directory_id, name_key))"),
             QStringLiteral("CREATE INDEX roles_group ON roles(group_seq)"),
             QStringLiteral("CREATE TABLE role_privileges ("
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " role_key TEXT NOT NULL,"
                            " privilege TEXT NOT NULL,"
                            " granted_ms ${BIGINT} NOT NULL,"
                            " granted_by TEXT NOT NULL,"
                            " PRIMARY KEY (directory_id, role_key, privilege))"),
             QStringLiteral("CREATE TABLE group_roles ("
                            " group_seq ${BIGINT} NOT NULL REFERENCES scim_groups(seq) ON DELETE CASCADE,"
                            " role_key TEXT NOT NULL,"
                            " assigned_ms ${BIGINT} NOT NULL,"
                            " assigned_by TEXT NOT NULL,"
                            " PRIMARY KEY (group_seq, role_key))"),
             QStringLiteral("CREATE TABLE role_holdings ("
                            " user_seq ${BIGINT} NOT NULL REFERENCES scim_users(seq) ON DELETE CASCADE,"
                            " directory_id ${BIGINT} NOT NULL,"
                            " role TEXT NOT NULL,"
                            " via TEXT NOT NULL,"
                            " since_ms ${BIGINT} NOT NULL,"
                            " PRIMARY KEY (user_seq, role, via))"),
             QStringLiteral("CREATE INDEX role_holdings_directory ON role_holdings(directory_id, role)"),
             QStringLiteral("CREATE TABLE user_status ("
                            " user_seq ${BIGINT} PRIMARY KEY REFERENCES scim_users(seq) ON DELETE CASCADE,"
                            " status TEXT NOT NULL,"
                            " since_ms ${BIGINT} NOT NULL)"),
             // One row per change of who holds what: event is hold+ / hold- (user_name, role, via), status
             // (user_name, status), grant / revoke (role, privilege), role+ / role- / role~ (role; for a rename
             // via holds the old name), assign+ / assign- (role, via = the group).
             QStringLiteral("CREATE TABLE access_history ("
                            " seq ${PK},"
                            " directory_id ${BIGINT} NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                            " at_ms ${BIGINT} NOT NULL,"
                            " event TEXT NOT NULL,"
                            " user_name TEXT NOT NULL DEFAULT '',"
                            " role TEXT NOT NULL DEFAULT '',"
                            " via TEXT NOT NULL DEFAULT '',"
                            " privilege TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL DEFAULT '',"
                            " cause TEXT NOT NULL DEFAULT '',"
                            " actor TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX access_history_time ON access_history(directory_id, at_ms)"),
         }},
        // The audit chain (audit/AuditChain): each journal and access-history entry carries the hash of the entry
        // before it in its table (prev_hash) and the SHA-256 of its own canonical encoding, which includes
        // prev_hash. Entries from before this version have no hashes until the first append seals them;
        // audit_chain remembers where they end, so a hash removed later is not mistaken for one of them.
        {3,
         {
             QStringLiteral("ALTER TABLE journal ADD COLUMN prev_hash ${BLOB}"),
             QStringLiteral("ALTER TABLE journal ADD COLUMN hash ${BLOB}"),
             QStringLiteral("ALTER TABLE access_history ADD COLUMN prev_hash ${BLOB}"),
             QStringLiteral("ALTER TABLE access_history ADD COLUMN hash ${BLOB}"),
             QStringLiteral("CREATE TABLE audit_chain (chain TEXT PRIMARY KEY, legacy_until_seq ${BIGINT} NOT NULL)"),
             QStringLiteral("INSERT INTO audit_chain (chain, legacy_until_seq)"
                            " SELECT 'journal', COALESCE(MAX(seq), 0) FROM journal"),
             QStringLiteral("INSERT INTO audit_chain (chain, legacy_until_seq)"
                            " SELECT 'access_history', COALESCE(MAX(seq), 0) FROM access_history"),
         }},
        // A token may belong to an administrator of the directory (RudderStack accepts only an Admin's token): it
        // works only while its owner holds orgadmin. Tokens of rudderstack directories issued before this version
        // were issued by the local administrator.
        {4,
         {
             QStringLiteral("ALTER TABLE tokens ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE tokens SET owner = 'local-admin'"
                            " WHERE directory_id IN (SELECT id FROM directories WHERE profile = 'rudderstack')"),
         }},
    };
    return all;
}

} // namespace scimdesk
