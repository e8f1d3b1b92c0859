// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace scimdesk {

// What provisioning means in one application: the behaviour of the seed systems of the product brief, chosen
// per directory. Everything that differs between profiles is a field here, so the service and the access model
// ask the profile instead of comparing names.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class GroupPolicy {
        Plain,       // groups are groups; roles may be assigned to them in the application (generic, scim-setup)
        CustomRole,  // each pushed group is a custom role of the same name (deltastream)
        AssignRoles, // each pushed group is a group; admins assign roles to it, members inherit (datahub)
        Refused,     // no /Groups at all (rudderstack)
    };

    QString name;
    QString title; // e.g. "DeltaStream"
    GroupPolicy groups = GroupPolicy::Plain;
    QString inactiveStatus = QStringLiteral("deactivated"); // a user's status once active is false
    bool softDeleteUsers = false;        // DELETE /Users marks the user inactive and keeps the record
    bool refuseUserDelete = false;       // DELETE /Users is refused
    bool refuseGroupListing = false;     // an unfiltered GET /Groups (Okta's Import Groups) is refused
    bool refuseUserImport = false;       // an unfiltered GET /Users other than Okta's connection test is refused
    bool userNameMustBeEmail = false;    // POST/PUT/PATCH with a userName that is not an email is refused
    bool onlyDisplayNameUpdates = false; // updates may change displayName (and active) only
    QString defaultAdminAttribute;       // the boolean user attribute that grants orgadmin
    QString uniqueIdentifier = QStringLiteral("userName"); // Okta's "Unique identifier field" to choose
    bool importGroups = true;                              // Okta's "Import Groups" should be checked
    bool pushGroups = true;                                // Okta's Push Groups should be used
    bool importUsers = true;
    bool tokenOwnedByAdmin = false; // a token belongs to an administrator and works only while they hold orgadmin

    static const Profile &byName(const QString &name); // generic for an unknown name
    static QStringList names();
    static bool exists(const QString &name) { return names().contains(name); }
    // Whether roles may be assigned to groups in the application.
    bool assignsRolesToGroups() const { return groups == GroupPolicy::Plain || groups == GroupPolicy::AssignRoles; }
};

} // namespace scimdesk
