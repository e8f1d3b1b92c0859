// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessModel.h"

#include "access/Roles.h"
#include "audit/AuditChain.h"
#include "store/Database.h"
#include "store/JournalRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace scimdesk {

namespace {

const QString Everyone = QStringLiteral("everyone");

QString groupVia(const QString &group)
{
    return QStringLiteral("group:") + group;
}

// The access state a snapshot is built from: read from the current tables, or replayed from the history.
struct State
{
    struct CustomRole
    {
        QString name;
        QString group;
    };
    QMap<QString, CustomRole> custom;                 // by role key
    QHash<QString, QSet<QString>> grants;             // role key -> privileges granted in the store
    QHash<QString, QStringList> assignedTo;           // role key -> groups the role is assigned to
    QMap<QString, QString> status;                    // userName -> status
    QHash<QString, QMap<QString, QStringList>> holds; // userName -> role name -> via (direct holdings)
};

QStringList inCatalogueOrder(const QSet<QString> &privileges)
{
    QStringList result;
    for (const QString &p : Roles::privileges()) {
        if (privileges.contains(p))
            result.append(p);
    }
    return result;
}

AccessSnapshot build(const State &state, qint64 atMs)
{
    AccessSnapshot snap;
    snap.atMs = atMs;
    QHash<QString, qsizetype> index; // role key -> position in snap.roles
    for (const Roles::BuiltinRole &b : Roles::builtins()) {
        RoleView r;
        r.name = b.name;
        r.builtin = true;
        r.privileged = b.privileged;
        QSet<QString> privileges(b.defaultPrivileges.begin(), b.defaultPrivileges.end());
        privileges.unite(state.grants.value(Roles::key(b.name)));
        r.privileges = inCatalogueOrder(privileges);
        r.inherits = b.inherits;
        r.assignedTo = state.assignedTo.value(Roles::key(b.name));
        index.insert(Roles::key(b.name), snap.roles.size());
        snap.roles.append(r);
    }
    QList<State::CustomRole> custom = state.custom.values();
    std::sort(custom.begin(), custom.end(),
              [](const auto &a, const auto &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    for (const State::CustomRole &c : std::as_const(custom)) {
        RoleView r;
        r.name = c.name;
        r.group = c.group;
        r.privileges = inCatalogueOrder(state.grants.value(Roles::key(c.name)));
        r.privileged = !r.privileges.isEmpty();
        r.assignedTo = state.assignedTo.value(Roles::key(c.name));
        index.insert(Roles::key(c.name), snap.roles.size());
        snap.roles.append(r);
    }

    QStringList userNames = state.status.keys();
    std::sort(userNames.begin(), userNames.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    for (const QString &userName : std::as_const(userNames)) {
        UserView u;
        u.userName = userName;
        u.status = state.status.value(userName);
        // Direct holdings, then what each held built-in role inherits, until nothing new is added.
        QMap<QString, QStringList> held = state.holds.value(userName);
        QStringList queue = held.keys();
        for (qsizetype i = 0; i < queue.size(); ++i) {
            const auto b = Roles::builtin(queue.at(i));
            if (!b)
                continue;
            for (const QString &parent : b->inherits) {
                QStringList &via = held[parent];
                const QString why = QStringLiteral("inherits:") + b->name;
                if (!via.contains(why))
                    via.append(why);
                if (!queue.contains(parent))
                    queue.append(parent);
            }
        }
        QSet<QString> privileges;
        QList<qsizetype> positions;
        for (auto it = held.begin(); it != held.end(); ++it) {
            const auto pos = index.constFind(Roles::key(it.key()));
            if (pos == index.constEnd())
                continue; // a holding of a role that no longer exists: nothing to show
            positions.append(*pos);
            RoleView &role = snap.roles[*pos];
            role.holders.append({userName, it.value()});
            for (const QString &p : std::as_const(role.privileges))
                privileges.insert(p);
        }
        std::sort(positions.begin(), positions.end());
        for (qsizetype pos : std::as_const(positions)) {
            const RoleView &role = snap.roles.at(pos);
            u.roles.append(role.name);
            u.why.append({role.name, held.value(role.name)});
        }
        u.privileges = inCatalogueOrder(privileges);
        snap.users.append(u);
    }
    return snap;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

bool AccessModel::adminAttributeSet(const QJsonObject &doc, const QString &attribute)
{
    // SCIM attribute names are case-insensitive; Okta sends a boolean, some mappings send the string "true".
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key().compare(attribute, Qt::CaseInsensitive) == 0)
            return it.value().toBool() || it.value().toString().compare(u"true", Qt::CaseInsensitive) == 0;
    }
    return false;
}

struct AccessModel::Holding
{
    QString role;
    QString via;
    friend bool operator==(const Holding &, const Holding &) = default;
};

const RoleView *AccessSnapshot::role(const QString &name) const
{
    for (const RoleView &r : roles) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const UserView *AccessSnapshot::user(const QString &userName) const
{
    for (const UserView &u : users) {
        if (u.userName.compare(userName, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QJsonObject AccessSnapshot::toJson() const
{
    QJsonArray roleArray;
    for (const RoleView &r : roles) {
        QJsonArray holders;
        for (const HolderView &h : r.holders)
            holders.append(
                QJsonObject{{QStringLiteral("userName"), h.userName}, {QStringLiteral("via"), toArray(h.via)}});
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("builtin"), r.builtin},
                      {QStringLiteral("privileged"), r.privileged},
                      {QStringLiteral("privileges"), toArray(r.privileges)},
                      {QStringLiteral("inherits"), toArray(r.inherits)},
                      {QStringLiteral("holders"), holders}};
        if (!r.group.isEmpty())
            o.insert(QStringLiteral("group"), r.group);
        if (!r.assignedTo.isEmpty())
            o.insert(QStringLiteral("assignedTo"), toArray(r.assignedTo));
        roleArray.append(o);
    }
    QJsonArray userArray;
    for (const UserView &u : users) {
        userArray.append(QJsonObject{{QStringLiteral("userName"), u.userName},
                                     {QStringLiteral("status"), u.status},
                                     {QStringLiteral("roles"), toArray(u.roles)},
                                     {QStringLiteral("privileges"), toArray(u.privileges)}});
    }
    return {{QStringLiteral("roles"), roleArray}, {QStringLiteral("users"), userArray}};
}

bool AccessModel::record(qint64 directoryId, const AccessCause &cause, const QString &event, const QStringList &fields)
{
    // fields: user_name, role, via, privilege, status (missing ones empty). Chained like the journal
    // (audit/AuditChain), in the columns' order.
    QVariantList values{directoryId, cause.atMs, event};
    for (int i = 0; i < 5; ++i)
        values.append(text(fields.value(i)));
    values.append(text(cause.cause.left(500)));
    values.append(text(cause.actor.left(200)));
    return AuditChain::append(m_db, Chain::AccessHistory, values);
}

bool AccessModel::sync(const DirectoryRecord &directory, const QList<qint64> &userSeqs, const AccessCause &cause)
{
    const Profile &profile = Profile::byName(directory.profile);
    for (qint64 seq : userSeqs) {
        QString userName;
        bool active = false;
        QByteArray doc;
        bool found = false;
        if (!m_db.select(QStringLiteral("SELECT user_name, active, doc FROM scim_users WHERE seq = ?"), {seq},
                         [&](const SqlRow &row) {
                             userName = row.text(0);
                             active = row.int64(1) != 0;
                             doc = row.blob(2);
                             found = true;
                             return false;
                         }))
            return false;
        if (!found)
            continue;

        QList<Holding> wanted;
        if (active) {
            wanted.append({QString(Roles::Public), Everyone});
            if (!directory.adminAttribute.isEmpty() &&
                adminAttributeSet(QJsonDocument::fromJson(doc).object(), directory.adminAttribute)) {
                wanted.append({QString(Roles::OrgAdmin), QStringLiteral("attribute:") + directory.adminAttribute});
            }
            // Roles that come from the user's groups: a push group's own role, and roles assigned to a group.
            const bool ok = m_db.select(
                QStringLiteral("SELECT g.display_name, r.name FROM memberships m"
                               " JOIN scim_groups g ON g.seq = m.group_seq"
                               " JOIN roles r ON r.group_seq = g.seq WHERE m.user_seq = ?"
                               " UNION ALL "
                               "SELECT g.display_name, COALESCE(r.name, gr.role_key) FROM memberships m"
                               " JOIN scim_groups g ON g.seq = m.group_seq"
                               " JOIN group_roles gr ON gr.group_seq = g.seq"
                               " LEFT JOIN roles r ON r.directory_id = g.directory_id AND r.name_key = gr.role_key"
                               " WHERE m.user_seq = ?"),
                {seq, seq}, [&](const SqlRow &row) {
                    QString role = row.text(1);
                    if (const auto b = Roles::builtin(role))
                        role = b->name;
                    const Holding h{role, groupVia(row.text(0))};
                    if (!wanted.contains(h))
                        wanted.append(h);
                    return true;
                });
            if (!ok)
                return false;
        }

        QList<Holding> current;
        if (!m_db.select(QStringLiteral("SELECT role, via FROM role_holdings WHERE user_seq = ?"), {seq},
                         [&](const SqlRow &row) {
                             current.append({row.text(0), row.text(1)});
                             return true;
                         }))
            return false;
        for (const Holding &h : std::as_const(current)) {
            if (wanted.contains(h))
                continue;
            if (!m_db.execute(QStringLiteral("DELETE FROM role_holdings WHERE user_seq = ? AND role = ? AND via = ?"),
                              {seq, h.role, h.via}) ||
                !record(directory.id, cause, QStringLiteral("hold-"), {userName, h.role, h.via}))
                return false;
        }
        for (const Holding &h : std::as_const(wanted)) {
            if (current.contains(h))
                continue;
            if (!m_db.execute(QStringLiteral("INSERT INTO role_holdings (user_seq, directory_id, role, via, since_ms)"
                                             " VALUES (?, ?, ?, ?, ?)"),
                              {seq, directory.id, h.role, h.via, cause.atMs}) ||
                !record(directory.id, cause, QStringLiteral("hold+"), {userName, h.role, h.via}))
                return false;
        }

        const QString status = active ? QStringLiteral("active") : profile.inactiveStatus;
        QString previous;
        if (!m_db.select(QStringLiteral("SELECT status FROM user_status WHERE user_seq = ?"), {seq},
                         [&](const SqlRow &row) {
                             previous = row.text(0);
                             return false;
                         }))
            return false;
        if (previous != status) {
            if (!m_db.execute(QStringLiteral("INSERT INTO user_status (user_seq, status, since_ms) VALUES (?, ?, ?)"
                                             " ON CONFLICT (user_seq) DO UPDATE SET status = excluded.status,"
                                             " since_ms = excluded.since_ms"),
                              {seq, status, cause.atMs}) ||
                !record(directory.id, cause, QStringLiteral("status"), {userName, {}, {}, {}, status}))
                return false;
        }
    }
    return true;
}

bool AccessModel::userRemoving(const DirectoryRecord &directory, qint64 userSeq, const AccessCause &cause)
{
    QString userName;
    if (!m_db.select(QStringLiteral("SELECT user_name FROM scim_users WHERE seq = ?"), {userSeq},
                     [&](const SqlRow &row) {
                         userName = row.text(0);
                         return false;
                     }))
        return false;
    QList<Holding> current;
    if (!m_db.select(QStringLiteral("SELECT role, via FROM role_holdings WHERE user_seq = ?"), {userSeq},
                     [&](const SqlRow &row) {
                         current.append({row.text(0), row.text(1)});
                         return true;
                     }))
        return false;
    for (const Holding &h : std::as_const(current)) {
        if (!record(directory.id, cause, QStringLiteral("hold-"), {userName, h.role, h.via}))
            return false;
    }
    return m_db.execute(QStringLiteral("DELETE FROM role_holdings WHERE user_seq = ?"), {userSeq}) &&
           m_db.execute(QStringLiteral("DELETE FROM user_status WHERE user_seq = ?"), {userSeq}) &&
           record(directory.id, cause, QStringLiteral("status"), {userName, {}, {}, {}, QStringLiteral("removed")});
}

QString AccessModel::refuseGroupName(const DirectoryRecord &directory, const QString &name) const
{
    const Profile &profile = Profile::byName(directory.profile);
    if (profile.groups != Profile::GroupPolicy::CustomRole || !Roles::isBuiltin(name))
        return {};
    const QString attribute =
        directory.adminAttribute.isEmpty() ? profile.defaultAdminAttribute : directory.adminAttribute;
    return tr("\"%1\" is a built-in role, and push groups cannot grant or take built-in roles. Rename the group in "
              "Okta, and to make someone an orgadmin set the user attribute %2 to true (on the OrgAdmins assignment "
              "group) instead.")
        .arg(name, attribute);
}

std::optional<QString> AccessModel::customRoleName(qint64 directoryId, const QString &name)
{
    std::optional<QString> result;
    m_db.select(QStringLiteral("SELECT name FROM roles WHERE directory_id = ? AND name_key = ?"),
                {directoryId, Roles::key(name)}, [&](const SqlRow &row) {
                    result = row.text(0);
                    return false;
                });
    return result;
}

std::expected<void, QString> AccessModel::groupCreated(const DirectoryRecord &directory, qint64 groupSeq,
                                                       const QString &name, const AccessCause &cause)
{
    if (Profile::byName(directory.profile).groups != Profile::GroupPolicy::CustomRole)
        return {};
    if (const QString refusal = refuseGroupName(directory, name); !refusal.isEmpty())
        return std::unexpected(refusal);
    // A role of that name made in the application is linked to the group (Okta's group linking); otherwise the
    // group's own role is created, with no privileges.
    std::optional<qint64> linkedGroup;
    bool exists = false;
    m_db.select(QStringLiteral("SELECT group_seq FROM roles WHERE directory_id = ? AND name_key = ?"),
                {directory.id, Roles::key(name)}, [&](const SqlRow &row) {
                    exists = true;
                    if (!row.isNull(0))
                        linkedGroup = row.int64(0);
                    return false;
                });
    if (exists && linkedGroup && *linkedGroup != groupSeq)
        return std::unexpected(tr("The role \"%1\" already belongs to another push group.").arg(name));
    if (exists) {
        if (!m_db.execute(QStringLiteral("UPDATE roles SET group_seq = ? WHERE directory_id = ? AND name_key = ?"),
                          {groupSeq, directory.id, Roles::key(name)}))
            return std::unexpected(m_db.lastErrorText());
        return {};
    }
    if (!m_db.execute(QStringLiteral("INSERT INTO roles (directory_id, name, name_key, group_seq, created_ms,"
                                     " created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                      {directory.id, name, Roles::key(name), groupSeq, cause.atMs, text(cause.actor)}) ||
        !record(directory.id, cause, QStringLiteral("role+"), {{}, name, groupVia(name)}))
        return std::unexpected(m_db.lastErrorText());
    return {};
}

std::expected<void, QString> AccessModel::groupRenamed(const DirectoryRecord &directory, qint64 groupSeq,
                                                       const QString &oldName, const QString &newName,
                                                       const AccessCause &cause)
{
    const Profile &profile = Profile::byName(directory.profile);
    if (profile.assignsRolesToGroups()) {
        // The roles assigned to the group stay assigned; the history names the group by its new name from now.
        QStringList roles;
        m_db.select(QStringLiteral("SELECT role_key FROM group_roles WHERE group_seq = ?"), {groupSeq},
                    [&](const SqlRow &row) {
                        roles.append(row.text(0));
                        return true;
                    });
        for (const QString &key : std::as_const(roles)) {
            const QString role =
                Roles::isBuiltin(key) ? Roles::builtin(key)->name : customRoleName(directory.id, key).value_or(key);
            if (!record(directory.id, cause, QStringLiteral("assign-"), {{}, role, oldName}) ||
                !record(directory.id, cause, QStringLiteral("assign+"), {{}, role, newName}))
                return std::unexpected(m_db.lastErrorText());
        }
        return {};
    }
    if (profile.groups != Profile::GroupPolicy::CustomRole)
        return {};
    if (const QString refusal = refuseGroupName(directory, newName); !refusal.isEmpty())
        return std::unexpected(refusal);
    const QString oldKey = Roles::key(oldName);
    const QString newKey = Roles::key(newName);
    if (oldKey != newKey && customRoleName(directory.id, newName))
        return std::unexpected(tr("A role named \"%1\" already exists.").arg(newName));
    std::optional<QString> current;
    m_db.select(QStringLiteral("SELECT name FROM roles WHERE group_seq = ?"), {groupSeq}, [&](const SqlRow &row) {
        current = row.text(0);
        return false;
    });
    if (!current)
        return groupCreated(directory, groupSeq, newName, cause); // a group pushed before its role existed
    if (!m_db.execute(QStringLiteral("UPDATE roles SET name = ?, name_key = ? WHERE group_seq = ?"),
                      {newName, newKey, groupSeq}) ||
        !m_db.execute(QStringLiteral("UPDATE role_privileges SET role_key = ? WHERE directory_id = ? AND role_key = ?"),
                      {newKey, directory.id, Roles::key(*current)}) ||
        !record(directory.id, cause, QStringLiteral("role~"), {{}, newName, *current}))
        return std::unexpected(m_db.lastErrorText());
    return {};
}

std::expected<QString, QString> AccessModel::groupDeleting(const DirectoryRecord &directory, qint64 groupSeq,
                                                           const QString &name, const AccessCause &cause)
{
    Q_UNUSED(name)
    std::optional<QString> role;
    m_db.select(QStringLiteral("SELECT name FROM roles WHERE group_seq = ?"), {groupSeq}, [&](const SqlRow &row) {
        role = row.text(0);
        return false;
    });
    QStringList assigned;
    m_db.select(QStringLiteral("SELECT role_key FROM group_roles WHERE group_seq = ?"), {groupSeq},
                [&](const SqlRow &row) {
                    assigned.append(row.text(0));
                    return true;
                });
    for (const QString &key : std::as_const(assigned)) {
        const QString roleName =
            Roles::isBuiltin(key) ? Roles::builtin(key)->name : customRoleName(directory.id, key).value_or(key);
        if (!record(directory.id, cause, QStringLiteral("assign-"), {{}, roleName, name}))
            return std::unexpected(m_db.lastErrorText());
    }
    if (!role)
        return QString();
    // The role goes with its group; its grants are recorded first, so the history shows what was lost.
    QStringList privileges;
    m_db.select(QStringLiteral("SELECT privilege FROM role_privileges WHERE directory_id = ? AND role_key = ?"),
                {directory.id, Roles::key(*role)}, [&](const SqlRow &row) {
                    privileges.append(row.text(0));
                    return true;
                });
    for (const QString &p : std::as_const(privileges)) {
        if (!record(directory.id, cause, QStringLiteral("revoke"), {{}, *role, {}, p}))
            return std::unexpected(m_db.lastErrorText());
    }
    if (!m_db.execute(QStringLiteral("DELETE FROM role_privileges WHERE directory_id = ? AND role_key = ?"),
                      {directory.id, Roles::key(*role)}) ||
        !m_db.execute(QStringLiteral("DELETE FROM roles WHERE group_seq = ?"), {groupSeq}) ||
        !record(directory.id, cause, QStringLiteral("role-"), {{}, *role}))
        return std::unexpected(m_db.lastErrorText());
    return privileges.isEmpty()
               ? tr("removed role %1 (it had no privileges)").arg(*role)
               : tr("removed role %1 and its grants: %2").arg(*role, privileges.join(QStringLiteral(", ")));
}

AccessSnapshot AccessModel::snapshot(const DirectoryRecord &directory)
{
    State state;
    const qint64 dir = directory.id;
    m_db.select(QStringLiteral("SELECT r.name, COALESCE(g.display_name, '') FROM roles r"
                               " LEFT JOIN scim_groups g ON g.seq = r.group_seq WHERE r.directory_id = ?"),
                {dir}, [&](const SqlRow &row) {
                    state.custom.insert(Roles::key(row.text(0)), {row.text(0), row.text(1)});
                    return true;
                });
    m_db.select(QStringLiteral("SELECT role_key, privilege FROM role_privileges WHERE directory_id = ?"), {dir},
                [&](const SqlRow &row) {
                    state.grants[row.text(0)].insert(row.text(1));
                    return true;
                });
    m_db.select(QStringLiteral("SELECT gr.role_key, g.display_name FROM group_roles gr"
                               " JOIN scim_groups g ON g.seq = gr.group_seq WHERE g.directory_id = ?"
                               " ORDER BY g.display_name"),
                {dir}, [&](const SqlRow &row) {
                    state.assignedTo[row.text(0)].append(row.text(1));
                    return true;
                });
    const Profile &profile = Profile::byName(directory.profile);
    m_db.select(QStringLiteral("SELECT u.user_name, u.active, s.status FROM scim_users u"
                               " LEFT JOIN user_status s ON s.user_seq = u.seq WHERE u.directory_id = ?"),
                {dir}, [&](const SqlRow &row) {
                    const QString fallback = row.int64(1) != 0 ? QStringLiteral("active") : profile.inactiveStatus;
                    state.status.insert(row.text(0), row.isNull(2) ? fallback : row.text(2));
                    return true;
                });
    m_db.select(QStringLiteral("SELECT u.user_name, h.role, h.via FROM role_holdings h"
                               " JOIN scim_users u ON u.seq = h.user_seq WHERE h.directory_id = ?"
                               " ORDER BY h.since_ms, h.via"),
                {dir}, [&](const SqlRow &row) {
                    state.holds[row.text(0)][row.text(1)].append(row.text(2));
                    return true;
                });
    return build(state, 0);
}

AccessSnapshot AccessModel::snapshotAt(const DirectoryRecord &directory, qint64 atMs)
{
    State state;
    m_db.select(
        QStringLiteral("SELECT event, user_name, role, via, privilege, status FROM access_history"
                       " WHERE directory_id = ? AND at_ms <= ? ORDER BY seq"),
        {directory.id, atMs}, [&](const SqlRow &row) {
            const QString event = row.text(0);
            const QString user = row.text(1);
            const QString role = row.text(2);
            const QString via = row.text(3);
            if (event == QLatin1StringView("hold+")) {
                QStringList &v = state.holds[user][role];
                if (!v.contains(via))
                    v.append(via);
            } else if (event == QLatin1StringView("hold-")) {
                auto it = state.holds.find(user);
                if (it != state.holds.end()) {
                    auto r = it->find(role);
                    if (r != it->end()) {
                        r->removeAll(via);
                        if (r->isEmpty())
                            it->erase(r);
                    }
                }
            } else if (event == QLatin1StringView("status")) {
                if (row.text(5) == QLatin1StringView("removed")) {
                    state.status.remove(user);
                    state.holds.remove(user);
                } else {
                    state.status.insert(user, row.text(5));
                }
            } else if (event == QLatin1StringView("grant")) {
                state.grants[Roles::key(role)].insert(row.text(4));
            } else if (event == QLatin1StringView("revoke")) {
                state.grants[Roles::key(role)].remove(row.text(4));
            } else if (event == QLatin1StringView("role+")) {
                state.custom.insert(Roles::key(role), {role, via.startsWith(u"group:") ? via.mid(6) : QString()});
            } else if (event == QLatin1StringView("role-")) {
                state.custom.remove(Roles::key(role));
                state.grants.remove(Roles::key(role));
            } else if (event == QLatin1StringView("role~")) {
                State::CustomRole c = state.custom.take(Roles::key(via));
                c.name = role;
                if (!c.group.isEmpty())
                    c.group = role; // a push group's role is renamed with its group
                state.custom.insert(Roles::key(role), c);
                state.grants.insert(Roles::key(role), state.grants.take(Roles::key(via)));
            } else if (event == QLatin1StringView("assign+")) {
                state.assignedTo[Roles::key(role)].append(via);
            } else if (event == QLatin1StringView("assign-")) {
                state.assignedTo[Roles::key(role)].removeAll(via);
            }
            return true;
        });
    return build(state, atMs);
}

std::expected<QStringList, QString> AccessModel::operatorPrivileges(const DirectoryRecord &directory,
                                                                    const Operator &op)
{
    QMap<QString, QStringList> held; // direct holdings
    bool provisioned = false;
    m_db.select(QStringLiteral("SELECT seq FROM scim_users WHERE directory_id = ? AND user_name_key = ?"),
                {directory.id, op.userName.toCaseFolded()}, [&](const SqlRow &) {
                    provisioned = true;
                    return false;
                });
    if (provisioned) {
        m_db.select(QStringLiteral("SELECT h.role, h.via FROM role_holdings h JOIN scim_users u ON u.seq = h.user_seq"
                                   " WHERE u.directory_id = ? AND u.user_name_key = ?"),
                    {directory.id, op.userName.toCaseFolded()}, [&](const SqlRow &row) {
                        held[row.text(0)].append(row.text(1));
                        return true;
                    });
    } else if (op.userName == BootstrapAdmin) {
        QString orgadmin;
        m_db.select(QStringLiteral("SELECT u.user_name FROM role_holdings h JOIN scim_users u ON u.seq = h.user_seq"
                                   " WHERE h.directory_id = ? AND h.role = ? ORDER BY h.since_ms"),
                    {directory.id, QString(Roles::OrgAdmin)}, [&](const SqlRow &row) {
                        orgadmin = row.text(0);
                        return false;
                    });
        if (!orgadmin.isEmpty()) {
            return std::unexpected(tr("The bootstrap administrator %1 was retired when %2 became orgadmin in "
                                      "directory %3; act as a provisioned orgadmin instead.")
                                       .arg(QString(BootstrapAdmin), orgadmin, directory.name));
        }
        held.insert(QString(Roles::OrgAdmin), {QStringLiteral("bootstrap")});
    } else {
        return std::unexpected(tr("\"%1\" is not a user of directory %2 (and not the bootstrap administrator %3).")
                                   .arg(op.userName, directory.name, QString(BootstrapAdmin)));
    }

    QStringList roles;
    for (auto it = held.begin(); it != held.end(); ++it) {
        for (const QString &r : Roles::closure(it.key())) {
            if (!roles.contains(r, Qt::CaseInsensitive))
                roles.append(r);
        }
    }
    if (!op.role.isEmpty()) {
        if (roles.isEmpty()) {
            return std::unexpected(tr("%1 does not hold the role \"%2\" (they hold no role in directory %3).")
                                       .arg(op.userName, op.role, directory.name));
        }
        if (!roles.contains(op.role, Qt::CaseInsensitive)) {
            return std::unexpected(tr("%1 does not hold the role \"%2\" (they hold: %3).")
                                       .arg(op.userName, op.role, roles.join(QStringLiteral(", "))));
        }
        roles = Roles::closure(Roles::isBuiltin(op.role) ? Roles::builtin(op.role)->name : op.role);
    }
    QSet<QString> privileges;
    for (const QString &r : std::as_const(roles)) {
        if (const auto b = Roles::builtin(r)) {
            for (const QString &p : b->defaultPrivileges)
                privileges.insert(p);
        }
        m_db.select(QStringLiteral("SELECT privilege FROM role_privileges WHERE directory_id = ? AND role_key = ?"),
                    {directory.id, Roles::key(r)}, [&](const SqlRow &row) {
                        privileges.insert(row.text(0));
                        return true;
                    });
    }
    return inCatalogueOrder(privileges);
}

std::expected<QString, QString>
AccessModel::operatorAction(const DirectoryRecord &directory, const Operator &op, qint64 nowMs, const QString &what,
                            const std::function<std::expected<QString, QString>(const AccessCause &)> &action)
{
    if (!m_db.begin())
        return std::unexpected(tr("Cannot start a transaction: %1").arg(m_db.lastErrorText()));
    auto fail = [this](const QString &message) {
        m_db.rollback();
        return std::unexpected(message);
    };
    const auto privileges = operatorPrivileges(directory, op);
    if (!privileges)
        return fail(privileges.error());
    if (!privileges->contains(QString(Roles::ManageGrants))) {
        const QString as = op.role.isEmpty() ? op.userName : tr("%1 (acting as %2)").arg(op.userName, op.role);
        return fail(
            tr("%1 may not %2: that needs the privilege %3, which %4 and %5 hold.")
                .arg(as, what, QString(Roles::ManageGrants), QString(Roles::OrgAdmin), QString(Roles::SecurityAdmin)));
    }
    const AccessCause cause{nowMs, what, op.userName};
    const auto done = action(cause);
    if (!done)
        return fail(done.error());
    JournalEntry e;
    e.atMs = nowMs;
    e.directoryId = directory.id;
    e.directory = directory.name;
    e.client = op.userName;
    e.userAgent = QStringLiteral("ScimDesk administration");
    e.method = QStringLiteral("ACCESS");
    e.path = QStringLiteral("/scim/v2/") + directory.name;
    e.status = 200;
    e.meaning = tr("%1 %2").arg(op.userName, *done);
    e.resourceType = QStringLiteral("Role");
    if (!JournalRepository(m_db).append(e) || !m_db.bumpChangeCounter())
        return fail(tr("Cannot write the journal entry: %1").arg(m_db.lastErrorText()));
    if (!m_db.commit())
        return std::unexpected(tr("Cannot save the change: %1").arg(m_db.lastErrorText()));
    return *done;
}

namespace {

std::expected<QString, QString> checkPrivilege(const QString &privilege)
{
    for (const QString &p : Roles::privileges()) {
        if (p.compare(privilege, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::unexpected(AccessModel::tr("Unknown privilege \"%1\"; the privileges are: %2.")
                               .arg(privilege, Roles::privileges().join(QStringLiteral(", "))));
}

} // namespace

std::expected<QString, QString> AccessModel::roleName(const DirectoryRecord &directory, const QString &role)
{
    if (const auto b = Roles::builtin(role))
        return b->name;
    if (const std::optional<QString> name = customRoleName(directory.id, role))
        return *name;
    return std::unexpected(tr("There is no role \"%1\" in directory %2.").arg(role, directory.name));
}

bool AccessModel::granted(qint64 directoryId, const QString &role, const QString &privilege)
{
    bool found = false;
    m_db.select(
        QStringLiteral("SELECT 1 FROM role_privileges WHERE directory_id = ? AND role_key = ? AND privilege = ?"),
        {directoryId, Roles::key(role), privilege}, [&](const SqlRow &) {
            found = true;
            return false;
        });
    return found;
}

std::expected<QString, QString> AccessModel::grant(const DirectoryRecord &directory, const QString &role,
                                                   const QString &privilege, const Operator &op, qint64 nowMs)
{
    const auto p = checkPrivilege(privilege);
    if (!p)
        return std::unexpected(p.error());
    return operatorAction(
        directory, op, nowMs, tr("grant %1 to role %2").arg(*p, role),
        [&](const AccessCause &cause) -> std::expected<QString, QString> {
            const auto b = Roles::builtin(role);
            const auto name = roleName(directory, role);
            if (!name)
                return std::unexpected(name.error());
            if (b && b->defaultPrivileges.contains(*p))
                return std::unexpected(tr("The built-in role %1 already holds %2.").arg(*name, *p));
            if (granted(directory.id, *name, *p))
                return std::unexpected(tr("The role %1 already holds %2.").arg(*name, *p));
            if (!m_db.execute(QStringLiteral("INSERT INTO role_privileges (directory_id, role_key,"
                                             " privilege, granted_ms, granted_by) VALUES (?, ?, ?, ?, ?)"),
                              {directory.id, Roles::key(*name), *p, nowMs, op.userName}) ||
                !record(directory.id, cause, QStringLiteral("grant"), {{}, *name, {}, *p}))
                return std::unexpected(m_db.lastErrorText());
            return tr("granted %1 to role %2").arg(*p, *name);
        });
}

std::expected<QString, QString> AccessModel::revoke(const DirectoryRecord &directory, const QString &role,
                                                    const QString &privilege, const Operator &op, qint64 nowMs)
{
    const auto p = checkPrivilege(privilege);
    if (!p)
        return std::unexpected(p.error());
    return operatorAction(
        directory, op, nowMs, tr("revoke %1 from role %2").arg(*p, role),
        [&](const AccessCause &cause) -> std::expected<QString, QString> {
            const auto b = Roles::builtin(role);
            const auto name = roleName(directory, role);
            if (!name)
                return std::unexpected(name.error());
            if (b && b->defaultPrivileges.contains(*p))
                return std::unexpected(
                    tr("%1 is one of the built-in role %2's own privileges and cannot be revoked.").arg(*p, *name));
            if (!granted(directory.id, *name, *p))
                return std::unexpected(tr("The role %1 does not hold %2.").arg(*name, *p));
            if (!m_db.execute(QStringLiteral("DELETE FROM role_privileges WHERE directory_id = ? AND role_key = ? AND"
                                             " privilege = ?"),
                              {directory.id, Roles::key(*name), *p}) ||
                !record(directory.id, cause, QStringLiteral("revoke"), {{}, *name, {}, *p}))
                return std::unexpected(m_db.lastErrorText());
            return tr("revoked %1 from role %2").arg(*p, *name);
        });
}

std::expected<QString, QString> AccessModel::createRole(const DirectoryRecord &directory, const QString &role,
                                                        const Operator &op, qint64 nowMs)
{
    return operatorAction(directory, op, nowMs, tr("create role %1").arg(role),
                          [&](const AccessCause &cause) -> std::expected<QString, QString> {
                              const QString name = role.trimmed();
                              if (name.isEmpty() || name.size() > 200)
                                  return std::unexpected(tr("A role name must be 1 to 200 characters long."));
                              if (Roles::isBuiltin(name))
                                  return std::unexpected(tr("\"%1\" is a built-in role.").arg(name));
                              if (customRoleName(directory.id, name))
                                  return std::unexpected(tr("A role named \"%1\" already exists.").arg(name));
                              if (!m_db.execute(QStringLiteral("INSERT INTO roles (directory_id, name, name_key,"
                                                               " created_ms, created_by) VALUES (?, ?, ?, ?, ?)"),
                                                {directory.id, name, Roles::key(name), nowMs, op.userName}) ||
                                  !record(directory.id, cause, QStringLiteral("role+"), {{}, name}))
                                  return std::unexpected(m_db.lastErrorText());
                              return tr("created role %1").arg(name);
                          });
}

QList<qint64> AccessModel::groupMembers(qint64 groupSeq)
{
    QList<qint64> seqs;
    m_db.select(QStringLiteral("SELECT user_seq FROM memberships WHERE group_seq = ?"), {groupSeq},
                [&](const SqlRow &row) {
                    seqs.append(row.int64(0));
                    return true;
                });
    return seqs;
}

std::optional<qint64> AccessModel::groupSeq(qint64 directoryId, const QString &name)
{
    std::optional<qint64> seq;
    m_db.select(QStringLiteral("SELECT seq FROM scim_groups WHERE directory_id = ? AND display_name_key = ?"),
                {directoryId, name.toCaseFolded()}, [&](const SqlRow &row) {
                    seq = row.int64(0);
                    return false;
                });
    return seq;
}

std::expected<QString, QString> AccessModel::assignRole(const DirectoryRecord &directory, const QString &role,
                                                        const QString &group, const Operator &op, qint64 nowMs)
{
    return operatorAction(
        directory, op, nowMs, tr("assign role %1 to group %2").arg(role, group),
        [&](const AccessCause &cause) -> std::expected<QString, QString> {
            const Profile &profile = Profile::byName(directory.profile);
            if (!profile.assignsRolesToGroups()) {
                return std::unexpected(
                    profile.groups == Profile::GroupPolicy::CustomRole
                        ? tr("In the %1 profile each push group is its own role; grant privileges to that role "
                             "instead of assigning roles to groups.")
                              .arg(profile.title)
                        : tr("The %1 profile has no groups.").arg(profile.title));
            }
            const auto b = Roles::builtin(role);
            const auto name = roleName(directory, role);
            if (!name)
                return std::unexpected(name.error());
            if (b && b->name == Roles::Public)
                return std::unexpected(tr("Every active user holds %1 already.").arg(b->name));
            const std::optional<qint64> seq = groupSeq(directory.id, group);
            if (!seq)
                return std::unexpected(tr("There is no group \"%1\" in directory %2.").arg(group, directory.name));
            bool already = false;
            m_db.select(QStringLiteral("SELECT 1 FROM group_roles WHERE group_seq = ? AND role_key = ?"),
                        {*seq, Roles::key(*name)}, [&](const SqlRow &) {
                            already = true;
                            return false;
                        });
            if (already)
                return std::unexpected(tr("The role %1 is already assigned to group %2.").arg(*name, group));
            if (!m_db.execute(QStringLiteral("INSERT INTO group_roles (group_seq, role_key, assigned_ms, assigned_by)"
                                             " VALUES (?, ?, ?, ?)"),
                              {*seq, Roles::key(*name), nowMs, op.userName}) ||
                !record(directory.id, cause, QStringLiteral("assign+"), {{}, *name, group}) ||
                !sync(directory, groupMembers(*seq), cause))
                return std::unexpected(m_db.lastErrorText());
            return tr("assigned role %1 to group %2").arg(*name, group);
        });
}

std::expected<QString, QString> AccessModel::unassignRole(const DirectoryRecord &directory, const QString &role,
                                                          const QString &group, const Operator &op, qint64 nowMs)
{
    return operatorAction(
        directory, op, nowMs, tr("unassign role %1 from group %2").arg(role, group),
        [&](const AccessCause &cause) -> std::expected<QString, QString> {
            const std::optional<qint64> seq = groupSeq(directory.id, group);
            if (!seq)
                return std::unexpected(tr("There is no group \"%1\" in directory %2.").arg(group, directory.name));
            bool assigned = false;
            m_db.select(QStringLiteral("SELECT 1 FROM group_roles WHERE group_seq = ? AND role_key = ?"),
                        {*seq, Roles::key(role)}, [&](const SqlRow &) {
                            assigned = true;
                            return false;
                        });
            if (!assigned)
                return std::unexpected(tr("The role %1 is not assigned to group %2.").arg(role, group));
            const auto b = Roles::builtin(role);
            const QString name = b ? b->name : customRoleName(directory.id, role).value_or(role);
            if (!m_db.execute(QStringLiteral("DELETE FROM group_roles WHERE group_seq = ? AND role_key = ?"),
                              {*seq, Roles::key(role)}) ||
                !record(directory.id, cause, QStringLiteral("assign-"), {{}, name, group}) ||
                !sync(directory, groupMembers(*seq), cause))
                return std::unexpected(m_db.lastErrorText());
            return tr("unassigned role %1 from group %2").arg(name, group);
        });
}

} // namespace scimdesk
