// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The access model of a directory: which roles exist (the built-in ones, custom roles from push groups or made
// in the application), the privileges granted to each, who holds which role and why, each user's status, and
// the history of every change to any of it. The SCIM service calls it inside the transaction of each change;
// the console and the command line read snapshots (now or at a past time) and make grants as an operator.

#include "access/Profile.h"
#include "store/DirectoryRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace scimdesk {

class Database;

// Why a change of access happened: the SCIM request ("PATCH /Groups/…") or the operator's action, and who.
struct AccessCause
{
    qint64 atMs = 0;
    QString cause;
    QString actor;
};

struct HolderView
{
    QString userName;
    QStringList via; // "attribute:deltastreamOrgadmin", "group:development", "inherits:orgadmin", "everyone"
};

struct RoleView
{
    QString name;
    bool builtin = false;
    bool privileged = false; // built-in administrative roles, and custom roles granted any privilege
    QStringList privileges;
    QStringList inherits;
    QString group;          // the push group the role comes from (deltastream)
    QStringList assignedTo; // the groups the role is assigned to in the application
    QList<HolderView> holders;
};

struct UserView
{
    QString userName;
    QString status; // "active", "suspended", "deactivated" or "deleted"
    QStringList roles;
    QStringList privileges;
    // Why each role is held, by role name.
    QList<QPair<QString, QStringList>> why;
};

struct AccessSnapshot
{
    qint64 atMs = 0;
    QList<RoleView> roles;
    QList<UserView> users;

    const RoleView *role(const QString &name) const;
    const UserView *user(const QString &userName) const;
    QJsonObject toJson() const;
};

// The operator of the console or command line: a user of the directory acting under one role they hold (or
// all of them when `role` is empty). The bootstrap administrator acts as orgadmin until a provisioned user
// holds orgadmin.
struct Operator
{
    QString userName;
    QString role;
};

class AccessModel final
{
    Q_DECLARE_TR_FUNCTIONS(AccessModel)

public:
    static constexpr QLatin1StringView BootstrapAdmin{"local-admin"};

    explicit AccessModel(Database &db) : m_db(db) {}

    // Whether a user document sets the boolean admin attribute (names are case-insensitive; "true" strings count).
    static bool adminAttributeSet(const QJsonObject &doc, const QString &attribute);

    // --- Called by the SCIM service inside the transaction of a change ---

    // Recomputes what these users hold and their status, and records every difference in the history.
    bool sync(const DirectoryRecord &directory, const QList<qint64> &userSeqs, const AccessCause &cause);
    // Before a user is deleted for good: records the loss of everything they held.
    bool userRemoving(const DirectoryRecord &directory, qint64 userSeq, const AccessCause &cause);
    // Empty when a group may be named `name` in this directory; otherwise why not.
    QString refuseGroupName(const DirectoryRecord &directory, const QString &name) const;
    // A pushed group was created / renamed / is about to be deleted (deltastream: its custom role follows).
    std::expected<void, QString> groupCreated(const DirectoryRecord &directory, qint64 groupSeq, const QString &name,
                                              const AccessCause &cause);
    std::expected<void, QString> groupRenamed(const DirectoryRecord &directory, qint64 groupSeq, const QString &oldName,
                                              const QString &newName, const AccessCause &cause);
    // Returns a sentence for the journal about what went with the group (its role and the role's grants).
    std::expected<QString, QString> groupDeleting(const DirectoryRecord &directory, qint64 groupSeq,
                                                  const QString &name, const AccessCause &cause);

    // --- Reading ---

    AccessSnapshot snapshot(const DirectoryRecord &directory);
    // As it was at `atMs`, rebuilt from the history.
    AccessSnapshot snapshotAt(const DirectoryRecord &directory, qint64 atMs);
    // The privileges the operator may use now, or why they may not act at all.
    std::expected<QStringList, QString> operatorPrivileges(const DirectoryRecord &directory, const Operator &op);

    // --- Operator actions (each in its own transaction, journaled with the actor) ---

    std::expected<QString, QString> grant(const DirectoryRecord &directory, const QString &role,
                                          const QString &privilege, const Operator &op, qint64 nowMs);
    std::expected<QString, QString> revoke(const DirectoryRecord &directory, const QString &role,
                                           const QString &privilege, const Operator &op, qint64 nowMs);
    std::expected<QString, QString> createRole(const DirectoryRecord &directory, const QString &role,
                                               const Operator &op, qint64 nowMs);
    std::expected<QString, QString> assignRole(const DirectoryRecord &directory, const QString &role,
                                               const QString &group, const Operator &op, qint64 nowMs);
    std::expected<QString, QString> unassignRole(const DirectoryRecord &directory, const QString &role,
                                                 const QString &group, const Operator &op, qint64 nowMs);

private:
    struct Holding;
    bool record(qint64 directoryId, const AccessCause &cause, const QString &event, const QStringList &fields);
    std::optional<QString> customRoleName(qint64 directoryId, const QString &name);
    // The role's name as stored (built-in or custom), or why there is no such role.
    std::expected<QString, QString> roleName(const DirectoryRecord &directory, const QString &role);
    bool granted(qint64 directoryId, const QString &role, const QString &privilege);
    std::expected<QString, QString>
    operatorAction(const DirectoryRecord &directory, const Operator &op, qint64 nowMs, const QString &what,
                   const std::function<std::expected<QString, QString>(const AccessCause &)> &action);
    QList<qint64> groupMembers(qint64 groupSeq);
    std::optional<qint64> groupSeq(qint64 directoryId, const QString &name);

    Database &m_db;
};

} // namespace scimdesk
