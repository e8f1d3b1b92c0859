// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

#include "access/AccessModel.h"
#include "audit/AuditChain.h"
#include "store/Database.h"
#include "store/DirectoryRepository.h"
#include "store/JournalRepository.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <limits>

namespace scimdesk {

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// One report being written: where rows go, how far the reading is, whether the caller cancelled.
struct Context
{
    Database &db;
    const DirectoryRecord &directory;
    const ReportRequest &request;
    ReportWriter &writer;
    const Reports::Progress &progress;
    qint64 rows = 0;
    qint64 done = 0;
    qint64 total = 0;
    bool cancelled = false;
    QList<QPair<QString, QString>> summary;

    void row(const QStringList &values)
    {
        writer.row(values);
        ++rows;
    }
    // Counts one entry read; false once the caller cancelled.
    bool tick()
    {
        if (++done % 1024 == 0 && progress && !progress(done, total))
            cancelled = true;
        return !cancelled;
    }
    JournalFilter journal() const
    {
        JournalFilter f;
        f.directoryId = directory.id;
        f.directoryName = directory.name;
        f.fromMs = request.fromMs;
        f.toMs = request.toMs;
        return f;
    }
};

// --- Access review: the snapshot at D from the access model, one row per active user and role ---

QList<ReportColumn> accessReviewColumns()
{
    // key, title, numeric, width in percent of the page (HTML, PDF)
    return {{QStringLiteral("user"), Reports::tr("User"), false, 20},
            {QStringLiteral("status"), Reports::tr("Status"), false, 8},
            {QStringLiteral("role"), Reports::tr("Role"), false, 14},
            {QStringLiteral("privileged"), Reports::tr("Privileged"), false, 8},
            {QStringLiteral("privileges"), Reports::tr("Privileges"), false, 25},
            {QStringLiteral("why"), Reports::tr("Why"), false, 25}};
}

void accessReview(Context &c)
{
    const AccessSnapshot snap = AccessModel(c.db).snapshotAt(c.directory, c.request.atMs);
    c.total = snap.users.size();
    qint64 active = 0;
    QSet<QString> privilegedUsers;
    for (const UserView &u : snap.users) {
        if (!c.tick())
            return;
        if (u.status != QLatin1StringView("active"))
            continue;
        ++active;
        for (const auto &[roleName, via] : u.why) {
            const RoleView *role = snap.role(roleName);
            const bool privileged = role && role->privileged;
            if (privileged)
                privilegedUsers.insert(u.userName);
            c.row({u.userName, u.status, roleName, privileged ? QStringLiteral("yes") : QStringLiteral("no"),
                   role ? role->privileges.join(u' ') : QString(), via.join(QStringLiteral(", "))});
        }
    }
    c.summary = {{Reports::tr("Active users"), QString::number(active)},
                 {Reports::tr("Active users holding a privileged role"), QString::number(privilegedUsers.size())},
                 {Reports::tr("Users not active (not listed)"), QString::number(snap.users.size() - active)}};
}

// --- Changes: the access history of the period, one change (transaction) at a time ---

QList<ReportColumn> changesColumns()
{
    // key, title, numeric, width in percent of the page (HTML, PDF)
    return {{QStringLiteral("time"), Reports::tr("Time"), false, 15},
            {QStringLiteral("kind"), Reports::tr("Change"), false, 8},
            {QStringLiteral("user"), Reports::tr("User"), false, 15},
            {QStringLiteral("role"), Reports::tr("Role"), false, 11},
            {QStringLiteral("detail"), Reports::tr("Detail"), false, 14},
            {QStringLiteral("cause"), Reports::tr("Cause"), false, 14},
            {QStringLiteral("actor"), Reports::tr("Actor"), false, 14},
            {QStringLiteral("revocationSeconds"), Reports::tr("Seconds to revoke"), true, 9}};
}

struct HistoryEvent
{
    qint64 atMs = 0;
    QString event;
    QString user;
    QString role;
    QString via;
    QString privilege;
    QString status;
    QString cause;
    QString actor;
};

struct Leaver
{
    QString user;
    qint64 deactivatedMs = 0;
    QString status;
    QString cause;
    QString actor;
    QStringList rolesHeld;
    std::optional<qint64> lostAllMs;
    bool reactivated = false;
};

// Replays the history from the start of the period: who exists with which status and which direct holdings
// (role and via), so each change can be classified as a joiner, a mover or a leaver.
class ChangeTracker
{
public:
    explicit ChangeTracker(Context &c) : m_c(c)
    {
        const AccessSnapshot before = AccessModel(c.db).snapshotAt(c.directory, c.request.fromMs - 1);
        for (const UserView &u : before.users) {
            m_status.insert(u.userName, u.status);
            m_wasKnown.insert(u.userName);
            for (const auto &[role, vias] : u.why) {
                for (const QString &via : vias) {
                    if (!via.startsWith(QLatin1StringView("inherits:")))
                        m_holds[u.userName].insert(role + u'\x1f' + via);
                }
            }
        }
    }

    // A transaction's events (same time, cause and actor), in the order they were recorded.
    void apply(const QList<HistoryEvent> &group)
    {
        const HistoryEvent &first = group.first();
        const bool inPeriod = first.atMs <= m_c.request.toMs;
        QMap<QString, QString> newStatus;
        for (const HistoryEvent &e : group) {
            if (e.event == QLatin1StringView("status"))
                newStatus.insert(e.user, e.status);
        }
        QSet<QString> joiners;
        QSet<QString> leavers;
        QMap<QString, QStringList> rolesBefore;
        for (auto it = newStatus.cbegin(); it != newStatus.cend(); ++it) {
            const QString old = m_status.value(it.key());
            const bool wasActive = old == QLatin1StringView("active");
            const bool isActive = *it == QLatin1StringView("active");
            if (!wasActive && isActive) {
                joiners.insert(it.key());
            } else if (wasActive && !isActive) {
                leavers.insert(it.key());
                rolesBefore.insert(it.key(), roles(it.key()));
            } else if (inPeriod && !old.isEmpty() && old != *it) {
                m_c.row({iso(first.atMs),
                         QStringLiteral("status"),
                         it.key(),
                         {},
                         Reports::tr("%1 → %2").arg(old, *it),
                         first.cause,
                         first.actor,
                         {}});
            }
        }
        QMap<QString, QStringList> gained;
        for (const HistoryEvent &e : group) {
            const bool hold = e.event == QLatin1StringView("hold+") || e.event == QLatin1StringView("hold-");
            if (hold) {
                const bool plus = e.event == QLatin1StringView("hold+");
                if (plus)
                    m_holds[e.user].insert(e.role + u'\x1f' + e.via);
                else
                    m_holds[e.user].remove(e.role + u'\x1f' + e.via);
                if (joiners.contains(e.user) && plus) {
                    gained[e.user].append(e.role);
                } else if (inPeriod && !joiners.contains(e.user) && !leavers.contains(e.user) &&
                           m_status.value(e.user) == QLatin1StringView("active")) {
                    m_c.row({iso(e.atMs),
                             plus ? QStringLiteral("role-gained") : QStringLiteral("role-lost"),
                             e.user,
                             e.role,
                             Reports::tr("via %1").arg(e.via),
                             e.cause,
                             e.actor,
                             {}});
                    ++m_movers;
                }
            } else if (inPeriod) {
                configuration(e);
            }
        }
        for (auto it = newStatus.cbegin(); it != newStatus.cend(); ++it) {
            if (*it == QLatin1StringView("removed")) {
                m_status.remove(it.key());
                m_holds.remove(it.key());
            } else {
                m_status.insert(it.key(), *it);
            }
        }
        if (inPeriod) {
            for (const QString &user : std::as_const(joiners)) {
                m_c.row({iso(first.atMs),
                         QStringLiteral("joiner"),
                         user,
                         gained.value(user).join(QStringLiteral(", ")),
                         m_wasKnown.contains(user) ? Reports::tr("reactivated") : Reports::tr("new user"),
                         first.cause,
                         first.actor,
                         {}});
                ++m_joiners;
            }
            for (const QString &user : std::as_const(leavers)) {
                m_leavers.append({user, first.atMs, newStatus.value(user), first.cause, first.actor,
                                  rolesBefore.value(user), std::nullopt, false});
            }
        }
        for (auto it = newStatus.cbegin(); it != newStatus.cend(); ++it)
            m_wasKnown.insert(it.key());
        // Leavers still holding something: done when their last holding goes (or they come back first).
        for (Leaver &l : m_leavers) {
            if (l.lostAllMs || l.reactivated)
                continue;
            if (m_holds.value(l.user).isEmpty())
                l.lostAllMs = first.atMs;
            else if (m_status.value(l.user) == QLatin1StringView("active"))
                l.reactivated = true;
        }
    }

    // Whether a leaver of the period still waits for the loss of their last role.
    bool waiting() const
    {
        return std::any_of(m_leavers.cbegin(), m_leavers.cend(),
                           [](const Leaver &l) { return !l.lostAllMs && !l.reactivated; });
    }

    void finish()
    {
        qint64 lostAll = 0;
        qint64 slowestMs = -1;
        qint64 stillHolding = 0;
        for (const Leaver &l : std::as_const(m_leavers)) {
            QString detail;
            QString seconds;
            if (l.lostAllMs) {
                ++lostAll;
                slowestMs = std::max(slowestMs, *l.lostAllMs - l.deactivatedMs);
                seconds = QString::number((*l.lostAllMs - l.deactivatedMs) / 1000);
                detail = Reports::tr("%1; every role removed at %2").arg(l.status, iso(*l.lostAllMs));
            } else if (l.reactivated) {
                detail = Reports::tr("%1; reactivated before every role was removed").arg(l.status);
            } else {
                ++stillHolding;
                detail = Reports::tr("%1; still holds %2").arg(l.status, roles(l.user).join(QStringLiteral(", ")));
            }
            m_c.row({iso(l.deactivatedMs), QStringLiteral("leaver"), l.user, l.rolesHeld.join(QStringLiteral(", ")),
                     detail, l.cause, l.actor, seconds});
        }
        m_c.summary = {
            {Reports::tr("Joiners"), QString::number(m_joiners)},
            {Reports::tr("Role changes of active users (movers)"), QString::number(m_movers)},
            {Reports::tr("Leavers"), QString::number(m_leavers.size())},
            {Reports::tr("Leavers who lost every role"), QString::number(lostAll)},
            {Reports::tr("Leavers still holding a role"), QString::number(stillHolding)},
            {Reports::tr("Longest time from deactivation to the loss of every role"),
             slowestMs < 0 ? QStringLiteral("-") : Reports::tr("%1 s").arg(slowestMs / 1000)},
            {Reports::tr("Grants, revocations and role changes by operators"), QString::number(m_configuration)}};
    }

private:
    QStringList roles(const QString &user) const
    {
        QStringList result;
        for (const QString &h : m_holds.value(user)) {
            const QString role = h.section(u'\x1f', 0, 0);
            if (!result.contains(role))
                result.append(role);
        }
        std::sort(result.begin(), result.end());
        return result;
    }

    void configuration(const HistoryEvent &e)
    {
        static const QHash<QString, QString> kinds{{QStringLiteral("grant"), QStringLiteral("grant")},
                                                   {QStringLiteral("revoke"), QStringLiteral("revoke")},
                                                   {QStringLiteral("role+"), QStringLiteral("role-created")},
                                                   {QStringLiteral("role-"), QStringLiteral("role-deleted")},
                                                   {QStringLiteral("role~"), QStringLiteral("role-renamed")},
                                                   {QStringLiteral("assign+"), QStringLiteral("role-assigned")},
                                                   {QStringLiteral("assign-"), QStringLiteral("role-unassigned")}};
        const auto kind = kinds.constFind(e.event);
        if (kind == kinds.constEnd())
            return;
        QString detail;
        if (e.event == QLatin1StringView("grant") || e.event == QLatin1StringView("revoke"))
            detail = e.privilege;
        else if (e.event == QLatin1StringView("role~"))
            detail = Reports::tr("was %1").arg(e.via);
        else if (e.event.startsWith(QLatin1StringView("assign")))
            detail = Reports::tr("group %1").arg(e.via);
        else
            detail = e.via;
        m_c.row({iso(e.atMs), *kind, {}, e.role, detail, e.cause, e.actor, {}});
        ++m_configuration;
    }

    Context &m_c;
    QHash<QString, QString> m_status;
    QHash<QString, QSet<QString>> m_holds; // user -> "role\x1fvia"
    QSet<QString> m_wasKnown;
    QList<Leaver> m_leavers;
    qint64 m_joiners = 0;
    qint64 m_movers = 0;
    qint64 m_configuration = 0;
};

bool changes(Context &c)
{
    ChangeTracker tracker(c);
    const QString where = QStringLiteral(" FROM access_history WHERE directory_id = ? AND at_ms >= ?");
    c.db.select(QStringLiteral("SELECT COUNT(*)") + where + QStringLiteral(" AND at_ms <= ?"),
                {c.directory.id, c.request.fromMs, c.request.toMs}, [&](const SqlRow &row) {
                    c.total = row.int64(0);
                    return false;
                });
    QList<HistoryEvent> group;
    const bool ok =
        c.db.select(QStringLiteral("SELECT at_ms, event, user_name, role, via, privilege, status, cause, actor") +
                        where + QStringLiteral(" ORDER BY seq"),
                    {c.directory.id, c.request.fromMs}, [&](const SqlRow &row) {
                        HistoryEvent e{row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4),
                                       row.text(5),  row.text(6), row.text(7), row.text(8)};
                        if (!group.isEmpty() && (group.first().atMs != e.atMs || group.first().cause != e.cause ||
                                                 group.first().actor != e.actor)) {
                            tracker.apply(group);
                            group.clear();
                            // After the period only the leavers' remaining losses matter.
                            if (e.atMs > c.request.toMs && !tracker.waiting())
                                return false;
                        }
                        group.append(e);
                        return e.atMs > c.request.toMs || c.tick();
                    });
    if (!ok || c.cancelled)
        return ok;
    if (!group.isEmpty())
        tracker.apply(group);
    tracker.finish();
    return true;
}

// --- Tokens: lifecycle from the tokens table, administration and refusals from the journal ---

QList<ReportColumn> tokenColumns()
{
    // key, title, numeric, width in percent of the page (HTML, PDF)
    return {{QStringLiteral("time"), Reports::tr("Time"), false, 13},
            {QStringLiteral("event"), Reports::tr("Event"), false, 10},
            {QStringLiteral("token"), Reports::tr("Token"), false, 6},
            {QStringLiteral("detail"), Reports::tr("Detail"), false, 40},
            {QStringLiteral("client"), Reports::tr("Client"), false, 23},
            {QStringLiteral("count"), Reports::tr("Count"), true, 8}};
}

bool tokens(Context &c, qint64 nowMs)
{
    const qint64 from = c.request.fromMs;
    const qint64 to = c.request.toMs;
    const auto inPeriod = [&](const std::optional<qint64> &t) { return t && *t >= from && *t <= to; };
    const QList<TokenRecord> all = DirectoryRepository(c.db).tokens(c.directory.id);
    QList<QPair<qint64, QStringList>> lifecycle;
    qint64 issued = 0;
    qint64 ended = 0;
    for (const TokenRecord &t : all) {
        const QString name = u'#' + QString::number(t.id);
        if (inPeriod(t.createdMs)) {
            ++issued;
            lifecycle.append(
                {t.createdMs,
                 {iso(t.createdMs),
                  QStringLiteral("issued"),
                  name,
                  t.expiresMs ? Reports::tr("expires %1").arg(iso(*t.expiresMs)) : Reports::tr("never expires"),
                  {},
                  {}}});
        }
        if (inPeriod(t.retireAtMs) && *t.retireAtMs <= nowMs) {
            ++ended;
            lifecycle.append({*t.retireAtMs,
                              {iso(*t.retireAtMs),
                               QStringLiteral("rotated-out"),
                               name,
                               Reports::tr("replaced by a newer token; stopped working"),
                               {},
                               {}}});
        }
        if (inPeriod(t.revokedMs)) {
            ++ended;
            lifecycle.append({*t.revokedMs, {iso(*t.revokedMs), QStringLiteral("revoked"), name, {}, {}, {}}});
        }
        if (inPeriod(t.expiresMs) && *t.expiresMs <= nowMs) {
            ++ended;
            lifecycle.append({*t.expiresMs, {iso(*t.expiresMs), QStringLiteral("expired"), name, {}, {}, {}}});
        }
    }
    std::stable_sort(lifecycle.begin(), lifecycle.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });

    JournalFilter administration = c.journal();
    administration.method = QStringLiteral("TOKEN");
    administration.ordered = true;
    JournalFilter refused = c.journal();
    refused.statuses = {401, 429};
    JournalRepository journal(c.db);
    c.total = journal.count(administration) + journal.count(refused);

    qsizetype next = 0;
    const auto lifecycleUntil = [&](qint64 t) {
        for (; next < lifecycle.size() && lifecycle.at(next).first <= t; ++next)
            c.row(lifecycle.at(next).second);
    };
    if (!journal.forEach(administration, [&](const JournalEntry &e) {
            lifecycleUntil(e.atMs);
            c.row({iso(e.atMs),
                   QStringLiteral("administration"),
                   e.resourceId.isEmpty() ? QString() : u'#' + e.resourceId,
                   e.meaning,
                   e.client,
                   {}});
            return c.tick();
        }))
        return false;
    lifecycleUntil(std::numeric_limits<qint64>::max());
    if (c.cancelled)
        return true;

    for (const TokenRecord &t : all) {
        if (t.createdMs > to)
            continue;
        c.row({t.lastUsedMs ? iso(*t.lastUsedMs) : QString(),
               QStringLiteral("last-use"),
               u'#' + QString::number(t.id),
               t.lastUsedMs ? Reports::tr("last accepted request") : Reports::tr("never used"),
               t.lastUsedClient,
               {}});
    }

    struct Attempts
    {
        qint64 unauthorized = 0;
        qint64 lockedOut = 0;
        qint64 first = 0;
        qint64 last = 0;
    };
    QHash<QString, Attempts> byClient;
    if (!journal.forEach(refused, [&](const JournalEntry &e) {
            Attempts &a = byClient[e.client];
            (e.status == 429 ? a.lockedOut : a.unauthorized) += 1;
            a.first = a.first == 0 ? e.atMs : std::min(a.first, e.atMs);
            a.last = std::max(a.last, e.atMs);
            return c.tick();
        }))
        return false;
    if (c.cancelled)
        return true;
    QList<QString> clients = byClient.keys();
    std::sort(clients.begin(), clients.end(),
              [&](const QString &a, const QString &b) { return byClient.value(a).first < byClient.value(b).first; });
    qint64 attempts = 0;
    for (const QString &client : std::as_const(clients)) {
        const Attempts &a = byClient.value(client);
        attempts += a.unauthorized + a.lockedOut;
        c.row({iso(a.first),
               QStringLiteral("bad-token"),
               {},
               Reports::tr("%1 refused (401), %2 locked out (429), the last at %3")
                   .arg(a.unauthorized)
                   .arg(a.lockedOut)
                   .arg(iso(a.last)),
               client,
               QString::number(a.unauthorized + a.lockedOut)});
    }
    c.summary = {{Reports::tr("Tokens issued"), QString::number(issued)},
                 {Reports::tr("Tokens revoked, rotated out or expired"), QString::number(ended)},
                 {Reports::tr("Bad-token attempts (401 and 429)"), QString::number(attempts)},
                 {Reports::tr("Addresses with bad-token attempts"), QString::number(clients.size())}};
    return true;
}

// --- Errors: failed requests grouped by their cause ---

QList<ReportColumn> errorColumns()
{
    // key, title, numeric, width in percent of the page (HTML, PDF)
    return {{QStringLiteral("status"), Reports::tr("Status"), true, 6},
            {QStringLiteral("cause"), Reports::tr("Cause"), false, 42},
            {QStringLiteral("count"), Reports::tr("Count"), true, 6},
            {QStringLiteral("first"), Reports::tr("First"), false, 13},
            {QStringLiteral("last"), Reports::tr("Last"), false, 13},
            {QStringLiteral("example"), Reports::tr("Example"), false, 20}};
}

// The cause of a refusal without what varies between requests (quoted names and values, ids, numbers), so that
// "userName \"ada\" is taken" and "userName \"bob\" is taken" count as one cause.
QString normalizedCause(const QString &meaning, int status)
{
    static const QRegularExpression prefix(QStringLiteral("^refused \\(\\d+\\): "));
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|“[^”]*”"));
    static const QRegularExpression uuid(QStringLiteral("\\b[0-9a-fA-F]{8}-[0-9a-fA-F-]{27,}\\b"));
    static const QRegularExpression number(QStringLiteral("\\b\\d{3,}\\b"));
    QString cause = meaning;
    cause.remove(prefix);
    cause.replace(quoted, QStringLiteral("\"…\""));
    cause.replace(uuid, QStringLiteral("<id>"));
    cause.replace(number, QStringLiteral("<n>"));
    cause = cause.trimmed();
    return cause.isEmpty() ? Reports::tr("HTTP %1 without a message").arg(status) : cause;
}

bool errors(Context &c)
{
    struct Group
    {
        int status = 0;
        QString cause;
        qint64 count = 0;
        qint64 first = 0;
        qint64 last = 0;
        QString example;
    };
    constexpr qsizetype MaxGroups = 5000; // beyond that, one "other causes" row per status keeps memory bounded
    JournalFilter failed = c.journal();
    failed.minStatus = 400;
    JournalRepository journal(c.db);
    c.total = journal.count(failed);
    QHash<QString, Group> groups;
    QHash<QString, QString> causes; // meaning -> normalized cause (the same meanings repeat)
    qint64 failures = 0;
    if (!journal.forEach(failed, [&](const JournalEntry &e) {
            auto cached = causes.constFind(e.meaning);
            if (cached == causes.constEnd()) {
                if (causes.size() > 20000)
                    causes.clear();
                cached = causes.insert(e.meaning, normalizedCause(e.meaning, e.status));
            }
            QString key = QString::number(e.status) + u'|' + *cached;
            if (!groups.contains(key) && groups.size() >= MaxGroups)
                key = QString::number(e.status) + QStringLiteral("|*");
            Group &g = groups[key];
            if (g.count == 0) {
                g.status = e.status;
                g.cause = key.endsWith(u'*') ? Reports::tr("(other causes)") : *cached;
                g.first = e.atMs;
                g.example = e.method + u' ' + e.path;
            }
            ++g.count;
            ++failures;
            g.first = std::min(g.first, e.atMs);
            g.last = std::max(g.last, e.atMs);
            return c.tick();
        }))
        return false;
    if (c.cancelled)
        return true;
    QList<Group> sorted = groups.values();
    std::sort(sorted.begin(), sorted.end(), [](const Group &a, const Group &b) {
        return a.count != b.count ? a.count > b.count : a.first < b.first;
    });
    for (const Group &g : std::as_const(sorted)) {
        c.row({QString::number(g.status), g.cause, QString::number(g.count), iso(g.first), iso(g.last), g.example});
    }
    c.summary = {{Reports::tr("Failed requests"), QString::number(failures)},
                 {Reports::tr("Causes"), QString::number(sorted.size())}};
    return true;
}

} // namespace

QList<ReportType> Reports::types()
{
    return {ReportType::AccessReview, ReportType::Changes, ReportType::Tokens, ReportType::Errors};
}

QString Reports::typeName(ReportType type)
{
    switch (type) {
    case ReportType::AccessReview:
        return QStringLiteral("access-review");
    case ReportType::Changes:
        return QStringLiteral("changes");
    case ReportType::Tokens:
        return QStringLiteral("tokens");
    case ReportType::Errors:
        return QStringLiteral("errors");
    }
    return {};
}

std::optional<ReportType> Reports::typeFromName(const QString &name)
{
    for (const ReportType t : types()) {
        if (typeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString Reports::title(ReportType type)
{
    switch (type) {
    case ReportType::AccessReview:
        return tr("Access review");
    case ReportType::Changes:
        return tr("Changes: joiners, movers and leavers");
    case ReportType::Tokens:
        return tr("Security integration: tokens");
    case ReportType::Errors:
        return tr("Provisioning errors");
    }
    return {};
}

QList<ReportFormat> Reports::formats()
{
    return {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf};
}

QString Reports::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> Reports::formatFromName(const QString &name)
{
    for (const ReportFormat f : formats()) {
        if (formatName(f) == name)
            return f;
    }
    return std::nullopt;
}

std::optional<QString> Reports::problem(const ReportRequest &r)
{
    if (r.directory.trimmed().isEmpty())
        return tr("Choose a directory.");
    if (r.outputPath.trimmed().isEmpty())
        return tr("Choose the file to write the report to.");
    if (!isPointInTime(r.type) && r.fromMs > r.toMs)
        return tr("The period ends (%1) before it starts (%2).").arg(iso(r.toMs), iso(r.fromMs));
    if (r.format == ReportFormat::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return tr("PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).");
    return std::nullopt;
}

std::expected<ReportResult, QString> Reports::generate(Database &db, const ReportRequest &request,
                                                       const Progress &progress)
{
    if (const auto why = problem(request))
        return std::unexpected(*why);
    const std::optional<DirectoryRecord> directory = DirectoryRepository(db).byName(request.directory);
    if (!directory)
        return std::unexpected(tr("There is no directory named \"%1\".").arg(request.directory));
    const qint64 nowMs = request.generatedMs > 0 ? request.generatedMs : QDateTime::currentMSecsSinceEpoch();

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot write %1: %2").arg(request.outputPath, file.errorString()));
    const std::unique_ptr<ReportWriter> writer = ReportWriter::create(request.format, file);

    const QList<ChainHead> heads = AuditChain::heads(db);
    ReportMeta meta;
    meta.type = typeName(request.type);
    meta.title = title(request.type);
    meta.directory = directory->name;
    if (isPointInTime(request.type)) {
        meta.period = tr("at %1").arg(iso(request.atMs));
        meta.range = {{QStringLiteral("at"), iso(request.atMs)}};
    } else {
        meta.period = tr("%1 to %2").arg(iso(request.fromMs), iso(request.toMs));
        meta.range = {{QStringLiteral("from"), iso(request.fromMs)}, {QStringLiteral("to"), iso(request.toMs)}};
    }
    meta.generated = iso(nowMs);
    meta.chainHead = AuditChain::headsText(heads);
    for (const ChainHead &h : heads)
        meta.heads.append({h.table, h.hex()});
    meta.verifyCommand =
        AuditChain::verifyCommand(request.databasePath.isEmpty() ? db.location() : request.databasePath);

    Context c{db, *directory, request, *writer, progress, 0, 0, 0, false, {}};
    bool ok = true;
    switch (request.type) {
    case ReportType::AccessReview:
        writer->begin(meta, accessReviewColumns());
        accessReview(c);
        break;
    case ReportType::Changes:
        writer->begin(meta, changesColumns());
        ok = changes(c);
        break;
    case ReportType::Tokens:
        writer->begin(meta, tokenColumns());
        ok = tokens(c, nowMs);
        break;
    case ReportType::Errors:
        writer->begin(meta, errorColumns());
        ok = errors(c);
        break;
    }
    if (c.cancelled) {
        file.cancelWriting();
        return std::unexpected(tr("The report was cancelled; no file was written."));
    }
    if (!ok) {
        file.cancelWriting();
        return std::unexpected(tr("Cannot read the journal: %1").arg(db.lastErrorText()));
    }
    writer->end(c.summary);
    if (!writer->error().isEmpty()) {
        file.cancelWriting();
        return std::unexpected(tr("Cannot write %1: %2").arg(request.outputPath, writer->error()));
    }
    if (!file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(request.outputPath, file.errorString()));
    if (progress)
        progress(c.total, c.total);
    return ReportResult{c.rows, request.outputPath};
}

} // namespace scimdesk
