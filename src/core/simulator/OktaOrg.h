// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulated Okta org: people, groups, one SCIM app integration's settings, and what Okta remembers about the
// app (each assigned person's app user and each pushed group's SCIM id). No I/O: the engine drives the wire.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace scimdesk::sim {

// OIN templates use PATCH for activation and groups; AIW apps GET then PUT everything (okta-scim-wire.md §2.1).
enum class AppKind { Oin, Aiw };

struct AppSettings
{
    AppKind kind = AppKind::Oin;
    QString uniqueIdentifier = QStringLiteral("login"); // the Okta attribute sent in `userName eq "…"`
    bool importGroups = false;
    bool pushGroups = true;
    bool createUsers = true;
    bool updateUserAttributes = true;
    bool deactivateUsers = true;
    bool syncPassword = false;
    bool pushMembershipsImmediately = true;
};

struct Person
{
    QString oktaId; // 00u…, sent as externalId
    QString login;
    QString firstName;
    QString lastName;
    QString email;
    bool active = true;
};

struct Group
{
    QString name;
    QStringList members; // logins
    bool assign = false;
    QJsonObject attributes; // per-assignment app attributes, sent top-level in the core User namespace
    bool push = false;
};

// Okta's link to one app user.
struct AppUser
{
    QString scimId;
    bool active = true;
};

class OktaOrg final
{
public:
    AppSettings settings;
    QList<Person> people;
    QList<Group> groups;
    QSet<QString> directAssignments;   // logins assigned to the app individually
    QHash<QString, AppUser> appUsers;  // login -> the app user Okta created or linked
    QHash<QString, QString> pushedIds; // group name -> the group's SCIM id

    Person *person(const QString &login);
    const Person *person(const QString &login) const;
    Group *group(const QString &name);
    const Group *group(const QString &name) const;

    // Assigned directly or through an assignment group (whatever the person's status).
    bool isAssigned(const QString &login) const;
    // The assignment attributes from every assignment group the person is in, later groups winning.
    QJsonObject assignmentAttributes(const QString &login) const;
    // The value Okta compares with userName: the login, or the email when that is the unique identifier.
    QString uniqueValue(const Person &p) const;
    // The members Okta pushes for a group: active people assigned to the app with an app user.
    QStringList pushableMembers(const Group &g) const;

    static QString newOktaUserId();
    static QString newPassword();
};

} // namespace scimdesk::sim
