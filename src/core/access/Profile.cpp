// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include <QList>

namespace scimdesk {

namespace {

QList<Profile> makeProfiles()
{
    Profile generic;
    generic.name = QStringLiteral("generic");
    generic.title = QStringLiteral("Generic SCIM 2.0");

    Profile deltastream;
    deltastream.name = QStringLiteral("deltastream");
    deltastream.title = QStringLiteral("DeltaStream");
    deltastream.groups = Profile::GroupPolicy::CustomRole;
    deltastream.softDeleteUsers = true; // Okta never deletes; the user leaves the org and the record stays
    deltastream.defaultAdminAttribute = QStringLiteral("deltastreamOrgadmin");
    deltastream.uniqueIdentifier = QStringLiteral("email");

    Profile datahub;
    datahub.name = QStringLiteral("datahub");
    datahub.title = QStringLiteral("DataHub");
    datahub.groups = Profile::GroupPolicy::AssignRoles;
    datahub.inactiveStatus = QStringLiteral("suspended");
    datahub.softDeleteUsers = true;

    Profile scimSetup;
    scimSetup.name = QStringLiteral("scim-setup");
    scimSetup.title = QStringLiteral("SCIM Setup");
    scimSetup.inactiveStatus = QStringLiteral("deleted");
    scimSetup.softDeleteUsers = true;
    scimSetup.refuseGroupListing = true;
    scimSetup.userNameMustBeEmail = true;
    scimSetup.uniqueIdentifier = QStringLiteral("email");
    scimSetup.importGroups = false;

    Profile rudderstack;
    rudderstack.name = QStringLiteral("rudderstack");
    rudderstack.title = QStringLiteral("RudderStack");
    rudderstack.groups = Profile::GroupPolicy::Refused;
    rudderstack.refuseUserDelete = true;
    rudderstack.refuseUserImport = true;
    rudderstack.onlyDisplayNameUpdates = true;
    rudderstack.importGroups = false;
    rudderstack.pushGroups = false;
    rudderstack.importUsers = false;
    rudderstack.tokenOwnedByAdmin = true; // "the token must belong to an Admin" (a personal access token)

    return {generic, deltastream, datahub, scimSetup, rudderstack};
}

const QList<Profile> &all()
{
    static const QList<Profile> profiles = makeProfiles();
    return profiles;
}

} // namespace

const Profile &Profile::byName(const QString &name)
{
    for (const Profile &p : all()) {
        if (p.name == name)
            return p;
    }
    return all().first();
}

QStringList Profile::names()
{
    QStringList result;
    for (const Profile &p : all())
        result.append(p.name);
    return result;
}

} // namespace scimdesk
