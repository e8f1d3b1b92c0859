// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/OktaOrg.h"

#include <QRandomGenerator>

namespace scimdesk::sim {

namespace {

QString randomChars(int n, QStringView alphabet)
{
    QString out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return out;
}

} // namespace

Person *OktaOrg::person(const QString &login)
{
    for (Person &p : people) {
        if (p.login.compare(login, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Person *OktaOrg::person(const QString &login) const
{
    return const_cast<OktaOrg *>(this)->person(login);
}

Group *OktaOrg::group(const QString &name)
{
    for (Group &g : groups) {
        if (g.name == name)
            return &g;
    }
    return nullptr;
}

const Group *OktaOrg::group(const QString &name) const
{
    return const_cast<OktaOrg *>(this)->group(name);
}

bool OktaOrg::isAssigned(const QString &login) const
{
    if (directAssignments.contains(login))
        return true;
    for (const Group &g : groups) {
        if (g.assign && g.members.contains(login))
            return true;
    }
    return false;
}

QJsonObject OktaOrg::assignmentAttributes(const QString &login) const
{
    QJsonObject out;
    for (const Group &g : groups) {
        if (!g.assign || !g.members.contains(login))
            continue;
        for (auto it = g.attributes.begin(); it != g.attributes.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

QString OktaOrg::uniqueValue(const Person &p) const
{
    return settings.uniqueIdentifier == QLatin1StringView("email") ? p.email : p.login;
}

QStringList OktaOrg::pushableMembers(const Group &g) const
{
    QStringList out;
    for (const QString &login : g.members) {
        const Person *p = person(login);
        const auto app = appUsers.constFind(login);
        if (p && p->active && isAssigned(login) && app != appUsers.cend() && app->active && !app->scimId.isEmpty())
            out.append(login);
    }
    return out;
}

QString OktaOrg::newOktaUserId()
{
    return QStringLiteral("00u") + randomChars(17, u"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

QString OktaOrg::newPassword()
{
    return randomChars(8, u"0123456789abcdefghijklmnopqrstuvwxyz");
}

} // namespace scimdesk::sim
