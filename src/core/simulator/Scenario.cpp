// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulator/Scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace scimdesk::sim {

namespace {

// The translation context of the scenario parser's messages.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

// QJsonDocument keeps no positions: this walks the (already validated) text once and records the line on which
// each value starts, keyed by its path ("steps[3].person").
class LineScanner
{
public:
    explicit LineScanner(const QByteArray &text) : m_text(text) { value({}); }
    QHash<QString, int> lines;

private:
    void ws()
    {
        while (m_i < m_text.size() && QChar::isSpace(uchar(m_text.at(m_i)))) {
            if (m_text.at(m_i) == '\n')
                ++m_line;
            ++m_i;
        }
    }
    bool at(char c) const { return m_i < m_text.size() && m_text.at(m_i) == c; }
    QString string()
    {
        const qsizetype start = ++m_i;
        while (m_i < m_text.size() && m_text.at(m_i) != '"')
            m_i += m_text.at(m_i) == '\\' ? 2 : 1;
        const QByteArray raw = m_text.mid(start, m_i - start);
        ++m_i;
        return QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
    }
    void value(const QString &path)
    {
        ws();
        if (!lines.contains(path))
            lines.insert(path, m_line);
        if (at('{')) {
            ++m_i;
            ws();
            while (m_i < m_text.size() && !at('}')) {
                ws();
                const QString key = string();
                ws();
                if (at(':'))
                    ++m_i;
                value(path.isEmpty() ? key : QString(path + u'.' + key));
                ws();
                if (at(','))
                    ++m_i;
                ws();
            }
            ++m_i;
        } else if (at('[')) {
            ++m_i;
            ws();
            int n = 0;
            while (m_i < m_text.size() && !at(']')) {
                value(path + u'[' + QString::number(n++) + u']');
                ws();
                if (at(','))
                    ++m_i;
                ws();
            }
            ++m_i;
        } else if (at('"')) {
            string();
        } else {
            while (m_i < m_text.size() && !QChar::isSpace(uchar(m_text.at(m_i))) && !at(',') && !at('}') && !at(']'))
                ++m_i;
        }
    }

    const QByteArray &m_text;
    qsizetype m_i = 0;
    int m_line = 1;
};

struct ParseError
{
    QString message;
};

class Parser
{
public:
    Parser(const QByteArray &text, QString fileName) : m_lines(LineScanner(text).lines), m_file(std::move(fileName)) {}

    // "file:line: path: message", the line of the nearest enclosing value that exists in the text.
    [[nodiscard]] ParseError error(const QString &path, const QString &message) const
    {
        QString p = path;
        while (!p.isEmpty() && !m_lines.contains(p)) {
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            p = cut > 0 ? p.left(cut) : QString();
        }
        return {m_file + u':' + QString::number(m_lines.value(p, 1)) + QStringLiteral(": ") + path +
                QStringLiteral(": ") + message};
    }
    int line(const QString &path) const { return m_lines.value(path, 1); }

    QString requiredString(const QJsonObject &o, const QString &path, const QString &key) const
    {
        const QJsonValue v = o.value(key);
        const QString p = path + u'.' + key;
        if (v.isUndefined())
            throw error(p, Tr::tr("missing"));
        if (!v.isString() || v.toString().isEmpty())
            throw error(p, Tr::tr("must be a non-empty string"));
        return v.toString();
    }
    QString optionalString(const QJsonObject &o, const QString &path, const QString &key, const QString &def) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isString())
            throw error(path + u'.' + key, Tr::tr("must be a string"));
        return v.toString();
    }
    bool optionalBool(const QJsonObject &o, const QString &path, const QString &key, bool def) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return def;
        if (!v.isBool())
            throw error(path.isEmpty() ? key : QString(path + u'.' + key), Tr::tr("must be true or false"));
        return v.toBool();
    }
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key()))
                throw error(path.isEmpty() ? it.key() : QString(path + u'.' + it.key()),
                            Tr::tr("unknown field (expected one of: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }

private:
    QHash<QString, int> m_lines;
    QString m_file;
};

const QStringList StepActions{
    QStringLiteral("testConnection"),   QStringLiteral("assignGroup"),    QStringLiteral("pushGroup"),
    QStringLiteral("updateProfile"),    QStringLiteral("addToGroup"),     QStringLiteral("removeFromGroup"),
    QStringLiteral("assignPerson"),     QStringLiteral("unassignPerson"), QStringLiteral("deactivatePerson"),
    QStringLiteral("reactivatePerson"), QStringLiteral("renameGroup"),    QStringLiteral("pushNow"),
    QStringLiteral("unlinkGroup"),      QStringLiteral("importUsers"),    QStringLiteral("importGroups")};

Scenario parseChecked(const QJsonObject &root, const Parser &p)
{
    Scenario s;
    p.onlyKeys(root, {},
               {QStringLiteral("okta"), QStringLiteral("people"), QStringLiteral("groups"), QStringLiteral("steps")});

    const QJsonValue oktaValue = root.value(QLatin1StringView("okta"));
    if (!oktaValue.isUndefined() && !oktaValue.isObject())
        throw p.error(QStringLiteral("okta"), Tr::tr("must be an object"));
    const QJsonObject okta = oktaValue.toObject();
    const QString o = QStringLiteral("okta");
    p.onlyKeys(okta, o,
               {QStringLiteral("appKind"), QStringLiteral("uniqueIdentifier"), QStringLiteral("importGroups"),
                QStringLiteral("pushGroups"), QStringLiteral("createUsers"), QStringLiteral("updateUserAttributes"),
                QStringLiteral("deactivateUsers"), QStringLiteral("syncPassword"),
                QStringLiteral("pushMembershipsImmediately")});
    AppSettings &a = s.org.settings;
    const QString kind = p.optionalString(okta, o, QStringLiteral("appKind"), QStringLiteral("oin"));
    if (kind == QLatin1StringView("oin"))
        a.kind = AppKind::Oin;
    else if (kind == QLatin1StringView("aiw"))
        a.kind = AppKind::Aiw;
    else
        throw p.error(QStringLiteral("okta.appKind"), Tr::tr("must be \"oin\" or \"aiw\", not \"%1\"").arg(kind));
    a.uniqueIdentifier = p.optionalString(okta, o, QStringLiteral("uniqueIdentifier"), QStringLiteral("login"));
    if (a.uniqueIdentifier == QLatin1StringView("userName"))
        a.uniqueIdentifier = QStringLiteral("login");
    if (a.uniqueIdentifier != QLatin1StringView("login") && a.uniqueIdentifier != QLatin1StringView("email"))
        throw p.error(QStringLiteral("okta.uniqueIdentifier"), Tr::tr("must be \"userName\", \"login\" or \"email\""));
    a.importGroups = p.optionalBool(okta, o, QStringLiteral("importGroups"), a.importGroups);
    a.pushGroups = p.optionalBool(okta, o, QStringLiteral("pushGroups"), a.pushGroups);
    a.createUsers = p.optionalBool(okta, o, QStringLiteral("createUsers"), a.createUsers);
    a.updateUserAttributes = p.optionalBool(okta, o, QStringLiteral("updateUserAttributes"), a.updateUserAttributes);
    a.deactivateUsers = p.optionalBool(okta, o, QStringLiteral("deactivateUsers"), a.deactivateUsers);
    a.syncPassword = p.optionalBool(okta, o, QStringLiteral("syncPassword"), a.syncPassword);
    a.pushMembershipsImmediately =
        p.optionalBool(okta, o, QStringLiteral("pushMembershipsImmediately"), a.pushMembershipsImmediately);

    const QJsonArray people = root.value(QLatin1StringView("people")).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QString path = QStringLiteral("people[") + QString::number(i) + u']';
        if (!people.at(i).isObject())
            throw p.error(path, Tr::tr("must be an object"));
        const QJsonObject po = people.at(i).toObject();
        p.onlyKeys(po, path,
                   {QStringLiteral("login"), QStringLiteral("firstName"), QStringLiteral("lastName"),
                    QStringLiteral("email"), QStringLiteral("status"), QStringLiteral("id")});
        Person person;
        person.login = p.requiredString(po, path, QStringLiteral("login"));
        if (s.org.person(person.login))
            throw p.error(path + QStringLiteral(".login"),
                          Tr::tr("a person with login \"%1\" already exists").arg(person.login));
        person.firstName = p.requiredString(po, path, QStringLiteral("firstName"));
        person.lastName = p.requiredString(po, path, QStringLiteral("lastName"));
        person.email = p.optionalString(po, path, QStringLiteral("email"), person.login);
        person.oktaId = p.optionalString(po, path, QStringLiteral("id"), OktaOrg::newOktaUserId());
        const QString status = p.optionalString(po, path, QStringLiteral("status"), QStringLiteral("active"));
        if (status != QLatin1StringView("active") && status != QLatin1StringView("deactivated"))
            throw p.error(path + QStringLiteral(".status"), Tr::tr("must be \"active\" or \"deactivated\""));
        person.active = status == QLatin1StringView("active");
        s.org.people.append(person);
    }

    const QJsonArray groups = root.value(QLatin1StringView("groups")).toArray();
    QList<Step> implicitAssign, implicitPush;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = QStringLiteral("groups[") + QString::number(i) + u']';
        if (!groups.at(i).isObject())
            throw p.error(path, Tr::tr("must be an object"));
        const QJsonObject go = groups.at(i).toObject();
        p.onlyKeys(go, path,
                   {QStringLiteral("name"), QStringLiteral("members"), QStringLiteral("assign"),
                    QStringLiteral("attributes"), QStringLiteral("push")});
        Group g;
        g.name = p.requiredString(go, path, QStringLiteral("name"));
        if (s.org.group(g.name))
            throw p.error(path + QStringLiteral(".name"), Tr::tr("a group named \"%1\" already exists").arg(g.name));
        const QJsonArray members = go.value(QLatin1StringView("members")).toArray();
        for (qsizetype m = 0; m < members.size(); ++m) {
            const QString mp = path + QStringLiteral(".members[") + QString::number(m) + u']';
            const Person *member = s.org.person(members.at(m).toString());
            if (!member)
                throw p.error(mp, Tr::tr("no person with login \"%1\"").arg(members.at(m).toString()));
            g.members.append(member->login);
        }
        const QJsonValue attrs = go.value(QLatin1StringView("attributes"));
        if (!attrs.isUndefined() && !attrs.isObject())
            throw p.error(path + QStringLiteral(".attributes"), Tr::tr("must be an object"));
        g.attributes = attrs.toObject();
        // The file's assign/push flags are the admin's first actions, replayed before the steps.
        if (p.optionalBool(go, path, QStringLiteral("assign"), false))
            implicitAssign.append(Step{
                QStringLiteral("assignGroup"), {}, g.name, {}, {}, false, p.line(path + QStringLiteral(".assign"))});
        if (p.optionalBool(go, path, QStringLiteral("push"), false))
            implicitPush.append(
                Step{QStringLiteral("pushGroup"), {}, g.name, {}, {}, false, p.line(path + QStringLiteral(".push"))});
        s.org.groups.append(g);
    }
    s.steps = implicitAssign + implicitPush;

    const QJsonArray steps = root.value(QLatin1StringView("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = QStringLiteral("steps[") + QString::number(i) + u']';
        if (!steps.at(i).isObject())
            throw p.error(path, Tr::tr("must be an object"));
        const QJsonObject so = steps.at(i).toObject();
        Step step;
        step.line = p.line(path);
        step.action = p.requiredString(so, path, QStringLiteral("do"));
        if (!StepActions.contains(step.action))
            throw p.error(path + QStringLiteral(".do"), Tr::tr("unknown action \"%1\"").arg(step.action));
        const bool needsPerson = QStringList{QStringLiteral("updateProfile"),   QStringLiteral("addToGroup"),
                                             QStringLiteral("removeFromGroup"), QStringLiteral("assignPerson"),
                                             QStringLiteral("unassignPerson"),  QStringLiteral("deactivatePerson"),
                                             QStringLiteral("reactivatePerson")}
                                     .contains(step.action);
        const bool needsGroup =
            QStringList{QStringLiteral("assignGroup"),     QStringLiteral("pushGroup"),   QStringLiteral("addToGroup"),
                        QStringLiteral("removeFromGroup"), QStringLiteral("renameGroup"), QStringLiteral("pushNow"),
                        QStringLiteral("unlinkGroup")}
                .contains(step.action);
        QStringList allowed{QStringLiteral("do")};
        if (needsPerson)
            allowed << QStringLiteral("person");
        if (needsGroup)
            allowed << QStringLiteral("group");
        if (step.action == QLatin1StringView("updateProfile"))
            allowed << QStringLiteral("set");
        if (step.action == QLatin1StringView("renameGroup"))
            allowed << QStringLiteral("to");
        if (step.action == QLatin1StringView("unlinkGroup"))
            allowed << QStringLiteral("deleteInApp");
        p.onlyKeys(so, path, allowed);
        if (needsPerson) {
            step.person = p.requiredString(so, path, QStringLiteral("person"));
            const Person *person = s.org.person(step.person);
            if (!person)
                throw p.error(path + QStringLiteral(".person"), Tr::tr("no person with login \"%1\"").arg(step.person));
            step.person = person->login;
        }
        if (needsGroup) {
            step.group = p.requiredString(so, path, QStringLiteral("group"));
            // A group renamed by an earlier step is known by its new name afterwards.
            bool known = s.org.group(step.group) != nullptr;
            for (const Step &earlier : s.steps)
                known = known || (earlier.action == QLatin1StringView("renameGroup") && earlier.to == step.group);
            if (!known)
                throw p.error(path + QStringLiteral(".group"), Tr::tr("no group named \"%1\"").arg(step.group));
        }
        if (step.action == QLatin1StringView("updateProfile")) {
            const QJsonValue set = so.value(QLatin1StringView("set"));
            if (!set.isObject() || set.toObject().isEmpty())
                throw p.error(path + QStringLiteral(".set"), Tr::tr("must be a non-empty object"));
            step.set = set.toObject();
            p.onlyKeys(step.set, path + QStringLiteral(".set"),
                       {QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"),
                        QStringLiteral("login")});
            for (auto it = step.set.begin(); it != step.set.end(); ++it) {
                if (!it.value().isString() || it.value().toString().isEmpty())
                    throw p.error(path + QStringLiteral(".set.") + it.key(), Tr::tr("must be a non-empty string"));
            }
        }
        if (step.action == QLatin1StringView("renameGroup"))
            step.to = p.requiredString(so, path, QStringLiteral("to"));
        if (step.action == QLatin1StringView("unlinkGroup"))
            step.deleteInApp = p.optionalBool(so, path, QStringLiteral("deleteInApp"), false);
        s.steps.append(step);
    }
    return s;
}

} // namespace

std::expected<Scenario, QString> Scenario::parse(const QByteArray &text, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError) {
        const int line = int(text.left(err.offset).count('\n')) + 1;
        return std::unexpected(fileName + u':' + QString::number(line) + QStringLiteral(": ") +
                               Tr::tr("invalid JSON: %1").arg(err.errorString()));
    }
    if (!doc.isObject())
        return std::unexpected(fileName + QStringLiteral(":1: ") + Tr::tr("the scenario must be a JSON object"));
    try {
        return parseChecked(doc.object(), Parser(text, fileName));
    } catch (const ParseError &e) {
        return std::unexpected(e.message);
    }
}

std::expected<Scenario, QString> Scenario::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), QFileInfo(path).fileName());
}

QStringList Scenario::actions()
{
    return StepActions;
}

} // namespace scimdesk::sim
