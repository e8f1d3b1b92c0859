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
    };
    return all;
}

} // namespace scimdesk
