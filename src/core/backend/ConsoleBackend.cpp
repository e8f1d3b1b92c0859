// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleBackend.h"

#include "access/Profile.h"
#include "audit/AuditChain.h"
#include "http/TlsIdentity.h"
#include "secrets/SecretStore.h"
#include "service/ScimServer.h"
#include "store/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTimer>

namespace scimdesk {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

DirectorySummary summarize(Database &db, const DirectoryRecord &record, qint64 now)
{
    DirectorySummary s;
    s.record = record;
    s.tokens = TokenAdmin(db).show(record.name, now).value_or(QList<TokenAdmin::TokenStatus>());
    s.tokenStatus = QStringLiteral("none");
    for (const TokenAdmin::TokenStatus &t : std::as_const(s.tokens)) {
        if (t.lastUsedMs && (!s.lastUsedMs || *t.lastUsedMs > *s.lastUsedMs)) {
            s.lastUsedMs = t.lastUsedMs;
            s.lastUsedBy = t.lastUsedBy;
        }
    }
    if (!s.tokens.isEmpty()) {
        const TokenAdmin::TokenStatus &newest = s.tokens.last();
        s.tokenStatus = newest.status;
        s.expiresMs = newest.expiresMs;
        s.warning = TokenAdmin::expiryWarning(newest, now);
    }
    const bool anyActive = std::any_of(s.tokens.begin(), s.tokens.end(), [](const TokenAdmin::TokenStatus &t) {
        return t.status == QLatin1StringView("active");
    });
    for (const TokenAdmin::TokenStatus &t : std::as_const(s.tokens)) {
        if (t.status != QLatin1StringView("active") || t.owner.isEmpty())
            continue;
        if (const QString refusal = TokenAdmin::ownerRefusal(db, record, t.owner); !refusal.isEmpty()) {
            s.warning = ConsoleBackend::tr("The token belongs to %1, who is no longer an administrator, so Okta's "
                                           "requests are refused: %2 Rotate the token while acting as an "
                                           "administrator.")
                            .arg(t.owner, refusal);
            break;
        }
    }
    if (!anyActive) {
        s.warning = s.tokens.isEmpty()
                        ? ConsoleBackend::tr("No token: Okta cannot connect. Rotate to issue one.")
                        : ConsoleBackend::tr("No token works (%1): Okta cannot connect. Rotate to issue a new one.")
                              .arg(s.tokenStatus);
    }
    return s;
}

bool journalHas(Database &db, qint64 directoryId, const QString &where, const QVariantList &binds)
{
    bool found = false;
    db.select(QStringLiteral("SELECT 1 FROM journal WHERE directory_id = ? AND ") + where + QStringLiteral(" LIMIT 1"),
              QVariantList{directoryId} + binds, [&](const SqlRow &) {
                  found = true;
                  return false;
              });
    return found;
}

// The Okta settings the profile needs, ticked from what the directory has seen (okta-scim-wire.md §3, §10).
QList<ChecklistItem> checklist(Database &db, const DirectoryRecord &d, const QString &baseUrl)
{
    using State = ChecklistItem::State;
    const Profile &p = Profile::byName(d.profile);
    const qint64 id = d.id;
    QList<ChecklistItem> items;
    auto add = [&](const QString &text, const QString &detail, bool done) {
        items.append({text, detail, done ? State::Done : State::Pending});
    };
    const bool tested = journalHas(db, id, QStringLiteral("method = 'GET' AND status = 200 AND path LIKE ?"),
                                   {QStringLiteral("%/Users?startIndex=1&count=2")});
    add(ConsoleBackend::tr("SCIM connector base URL: %1").arg(baseUrl),
        ConsoleBackend::tr("Provisioning > Integration. Ticked by Okta's connection test (GET "
                           "/Users?startIndex=1&count=2)."),
        tested);
    add(ConsoleBackend::tr("Authentication mode: HTTP Header, with the bearer token"),
        ConsoleBackend::tr("Ticked when a request authenticated with the token."),
        journalHas(db, id, QStringLiteral("status < 400"), {}));
    add(ConsoleBackend::tr("Unique identifier field for users: %1").arg(p.uniqueIdentifier),
        p.userNameMustBeEmail ? ConsoleBackend::tr("This profile refuses a userName that is not an email.") : QString(),
        journalHas(db, id, QStringLiteral("method = 'GET' AND path LIKE ? AND status = 200"),
                   {QStringLiteral("%/Users?filter=userName%")}));
    add(ConsoleBackend::tr("Supported provisioning actions: Push New Users, Push Profile Updates%1")
            .arg(p.pushGroups ? ConsoleBackend::tr(", Push Groups") : QString()),
        p.importUsers ? ConsoleBackend::tr("Import New Users and Profile Updates may be checked.")
                      : ConsoleBackend::tr("Leave Import New Users and Profile Updates unchecked."),
        journalHas(db, id, QStringLiteral("method = 'POST' AND status = 201 AND path LIKE ?"),
                   {QStringLiteral("%/Users")}));
    const bool groupImport = journalHas(db, id, QStringLiteral("method = 'GET' AND path LIKE ? AND path NOT LIKE ?"),
                                        {QStringLiteral("%/Groups%"), QStringLiteral("%filter=%")});
    if (p.importGroups) {
        add(ConsoleBackend::tr("Import Groups: may be checked"), ConsoleBackend::tr("Ticked by Okta's group import."),
            groupImport);
    } else {
        ChecklistItem item{ConsoleBackend::tr("Import Groups: unchecked"),
                           ConsoleBackend::tr("The %1 profile does not list groups.").arg(p.title), State::Done};
        if (groupImport) {
            item.state = State::Warning;
            item.detail = ConsoleBackend::tr("Okta listed groups (GET /Groups): uncheck Import Groups in "
                                             "Provisioning > Integration, or its imports will keep failing.");
        }
        items.append(item);
    }
    add(ConsoleBackend::tr("To App: Create Users"), ConsoleBackend::tr("Ticked by the first user created."),
        journalHas(db, id, QStringLiteral("method = 'POST' AND status = 201 AND path LIKE ?"),
                   {QStringLiteral("%/Users")}));
    add(ConsoleBackend::tr("To App: Update User Attributes"), ConsoleBackend::tr("Ticked by the first profile update."),
        journalHas(db, id, QStringLiteral("method IN ('PUT', 'PATCH') AND status = 200 AND meaning LIKE ?"),
                   {QStringLiteral("updated user%")}));
    add(ConsoleBackend::tr("To App: Deactivate Users"), ConsoleBackend::tr("Ticked by the first deactivation."),
        journalHas(db, id, QStringLiteral("status = 200 AND meaning LIKE ?"), {QStringLiteral("deactivated user%")}));
    ChecklistItem sync{ConsoleBackend::tr("To App: Sync Password off"),
                       ConsoleBackend::tr("Okta sends a random password on create; it is never stored."), State::Done};
    if (journalHas(db, id,
                   QStringLiteral("method IN ('PUT', 'PATCH') AND resource_type = 'User' AND request_body LIKE ?"),
                   {QStringLiteral("%\"password\"%")})) {
        sync.state = State::Warning;
        sync.detail = ConsoleBackend::tr("Okta sent a password in an update: turn Sync Password off.");
    }
    items.append(sync);
    if (p.pushGroups) {
        add(ConsoleBackend::tr("Push Groups: push the groups whose members should hold a role"),
            ConsoleBackend::tr("Ticked by the first group pushed."),
            journalHas(db, id, QStringLiteral("method = 'POST' AND status = 201 AND path LIKE ?"),
                       {QStringLiteral("%/Groups")}));
    } else {
        ChecklistItem item{ConsoleBackend::tr("Push Groups: off"),
                           ConsoleBackend::tr("The %1 profile does not support groups.").arg(p.title), State::Done};
        if (journalHas(db, id, QStringLiteral("path LIKE ?"), {QStringLiteral("%/Groups%")})) {
            item.state = State::Warning;
            item.detail = ConsoleBackend::tr("Okta sent group requests: turn Push Groups off for this app.");
        }
        items.append(item);
    }
    return items;
}

DirectoryDetail loadDetail(Database &db, const QString &name, const QString &baseUrl)
{
    DirectoryDetail detail;
    const std::optional<DirectoryRecord> record = DirectoryRepository(db).byName(name);
    if (!record)
        return detail;
    const qint64 now = nowMs();
    detail.summary = summarize(db, *record, now);
    detail.access = AccessModel(db).snapshot(*record);
    const qint64 dir = record->id;

    QHash<qint64, QStringList> groupsOfUser;
    QHash<qint64, QStringList> membersOfGroup;
    db.select(QStringLiteral("SELECT m.user_seq, m.group_seq, g.display_name, u.user_name FROM memberships m"
                             " JOIN scim_groups g ON g.seq = m.group_seq JOIN scim_users u ON u.seq = m.user_seq"
                             " WHERE g.directory_id = ? ORDER BY u.user_name"),
              {dir}, [&](const SqlRow &row) {
                  groupsOfUser[row.int64(0)].append(row.text(2));
                  membersOfGroup[row.int64(1)].append(row.text(3));
                  return true;
              });
    QHash<QString, const UserView *> views;
    for (const UserView &u : std::as_const(detail.access.users))
        views.insert(u.userName, &u);
    const QByteArray attribute = record->adminAttribute.toUtf8();
    db.select(QStringLiteral("SELECT seq, id, user_name, display_name, active, modified_ms, doc FROM scim_users"
                             " WHERE directory_id = ? ORDER BY seq"),
              {dir}, [&](const SqlRow &row) {
                  UserRow u;
                  u.id = row.text(1);
                  u.userName = row.text(2);
                  u.displayName = row.text(3);
                  u.modifiedMs = row.int64(5);
                  u.groups = groupsOfUser.value(row.int64(0));
                  if (const UserView *v = views.value(u.userName)) {
                      u.status = v->status;
                      u.roles = v->roles;
                  } else {
                      u.status = row.int64(4) != 0 ? QStringLiteral("active") : QStringLiteral("deactivated");
                  }
                  // Only documents that mention the attribute are parsed.
                  if (!attribute.isEmpty()) {
                      const QByteArray doc = row.blob(6);
                      if (QLatin1StringView(doc).contains(QLatin1StringView(attribute), Qt::CaseInsensitive)) {
                          u.admin = AccessModel::adminAttributeSet(QJsonDocument::fromJson(doc).object(),
                                                                   record->adminAttribute);
                      }
                  }
                  detail.users.append(u);
                  return true;
              });
    db.select(QStringLiteral("SELECT seq, id, display_name, created_ms, modified_ms FROM scim_groups"
                             " WHERE directory_id = ? ORDER BY display_name"),
              {dir}, [&](const SqlRow &row) {
                  GroupRow g;
                  g.id = row.text(1);
                  g.name = row.text(2);
                  g.createdMs = row.int64(3);
                  g.modifiedMs = row.int64(4);
                  g.members = membersOfGroup.value(row.int64(0));
                  for (const RoleView &r : std::as_const(detail.access.roles)) {
                      if (r.group.compare(g.name, Qt::CaseInsensitive) == 0)
                          g.role = r.name;
                      if (r.assignedTo.contains(g.name, Qt::CaseInsensitive))
                          g.assignedRoles.append(r.name);
                  }
                  detail.groups.append(g);
                  return true;
              });
    for (GroupRow &g : detail.groups) {
        QStringList lines;
        db.select(
            QStringLiteral(
                "SELECT at_ms, status, meaning FROM journal WHERE directory_id = ? AND"
                " resource_type = 'Group' AND resource_id = ? AND method <> 'GET' AND meaning NOT LIKE '%unchanged'"
                " ORDER BY seq DESC LIMIT 20"),
            {dir, g.id}, [&](const SqlRow &row) {
                lines.append(
                    QDateTime::fromMSecsSinceEpoch(row.int64(0)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                    QStringLiteral("  ") + row.text(2));
                return true;
            });
        g.history = lines.join(u'\n');
    }

    detail.checklist = checklist(db, *record, baseUrl);
    detail.chainHeads = AuditChain::headsText(AuditChain::heads(db));
    detail.verifyCommand = AuditChain::verifyCommand(db.location());
    for (const RoleView &r : std::as_const(detail.access.roles)) {
        if (!r.builtin && r.privileges.isEmpty()) {
            detail.warnings.append(
                ConsoleBackend::tr("The role %1 has no privileges: its holders can do nothing until someone with "
                                   "MANAGE_GRANTS grants it one.")
                    .arg(r.name));
        }
    }
    db.select(QStringLiteral("SELECT ") + JournalRepository::entryColumns() +
                  QStringLiteral(" FROM journal WHERE directory_id = ? AND status >= 400 ORDER BY seq DESC LIMIT 50"),
              {dir}, [&](const SqlRow &row) {
                  detail.recentErrors.append(JournalRepository::fromRow(row, false));
                  return true;
              });
    for (const JournalEntry &e : std::as_const(detail.recentErrors)) {
        if (e.meaning.contains(QLatin1StringView("there is no user with that id"))) {
            detail.warnings.append(ConsoleBackend::tr("Okta pushed a group member that is not provisioned here: "
                                                      "assign the person to the app in Okta first (%1).")
                                       .arg(e.meaning.left(200)));
            break;
        }
    }
    return detail;
}

} // namespace

// The worker: one database connection, in its own thread, and a timer that notices changes made elsewhere.
class ConsoleBackend::Worker final : public QObject
{
    Q_OBJECT

public:
    explicit Worker(QString path) : m_path(std::move(path))
    {
        m_poll.setInterval(500);
        connect(&m_poll, &QTimer::timeout, this, &Worker::poll);
    }
    Database *database()
    {
        if (!m_db) {
            auto db = Database::open(m_path, QStringLiteral("scimdesk-console-%1").arg(quintptr(this)));
            if (!db) {
                m_error = db.error();
                return nullptr;
            }
            m_db = std::move(*db);
        }
        return m_db.get();
    }
    const QString &error() const { return m_error; }
    void startPolling(int ms)
    {
        m_poll.setInterval(ms);
        m_poll.start();
    }

signals:
    // The change counter or the newest journal entry moved; `journaled` requests in `elapsedMs`.
    void changed(qint64 journaled, qint64 elapsedMs);

private:
    void poll()
    {
        Database *db = database();
        if (!db)
            return;
        const std::optional<qint64> counter = db->changeCounter();
        qint64 maxSeq = 0;
        db->select(QStringLiteral("SELECT MAX(seq) FROM journal"), {}, [&](const SqlRow &row) {
            maxSeq = row.isNull(0) ? 0 : row.int64(0);
            return false;
        });
        const qint64 elapsed = m_clock.isValid() ? m_clock.restart() : (m_clock.start(), 0);
        if (counter != m_counter || maxSeq != m_maxSeq) {
            const qint64 journaled = m_maxSeq >= 0 ? maxSeq - m_maxSeq : 0;
            m_counter = counter;
            m_maxSeq = maxSeq;
            emit changed(journaled, elapsed);
        } else {
            emit changed(0, elapsed);
        }
    }

    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
    QTimer m_poll{this};
    std::optional<qint64> m_counter;
    qint64 m_maxSeq = -1;
    QElapsedTimer m_clock;
};

ConsoleBackend::ConsoleBackend(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_worker(new Worker(m_databasePath))
{
    qRegisterMetaType<ListenerStatus>();
    m_thread.setObjectName(QStringLiteral("scimdesk-console-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::changed, this, [this](qint64 journaled, qint64 elapsedMs) {
        const double rps = elapsedMs > 0 ? journaled * 1000.0 / double(elapsedMs) : 0;
        if (m_listener.running && !qFuzzyCompare(rps + 1, m_listener.requestsPerSecond + 1)) {
            m_listener.requestsPerSecond = rps;
            emit listenerChanged(m_listener);
        }
        if (journaled != 0 || elapsedMs == 0)
            emit storeChanged();
    });
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->startPolling(500); }, Qt::QueuedConnection);
}

ConsoleBackend::~ConsoleBackend()
{
    // Everything the worker still runs finishes before this object (the target of its answers) is gone.
    m_thread.quit();
    m_thread.wait();
    if (m_server)
        m_server->stop();
}

void ConsoleBackend::setPollInterval(int ms)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, ms] { worker->startPolling(ms); }, Qt::QueuedConnection);
}

template <typename R>
void ConsoleBackend::run(std::function<R(Database &)> job, std::function<void(R)> done)
{
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, job = std::move(job), done = std::move(done)] {
            Database *db = worker->database();
            if (!db) {
                const QString error = worker->error();
                QMetaObject::invokeMethod(
                    this,
                    [this, error] { emit actionFinished(false, tr("The database cannot be opened: %1").arg(error)); },
                    Qt::QueuedConnection);
                return;
            }
            R result = job(*db);
            QMetaObject::invokeMethod(
                this, [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ConsoleBackend::runAction(std::function<std::expected<QString, QString>(Database &)> job)
{
    run<std::expected<QString, QString>>(std::move(job), [this](const std::expected<QString, QString> &r) {
        emit actionFinished(r.has_value(), r ? *r : r.error());
        emit storeChanged();
    });
}

void ConsoleBackend::applyRetention(int days)
{
    if (days <= 0)
        return;
    run<std::expected<PruneResult, QString>>(
        [days](Database &db) {
            const qint64 now = nowMs();
            return AuditChain::prune(db, now - qint64(days) * 24 * 3600 * 1000, QStringLiteral("journal-retention"),
                                     now);
        },
        [this, days](const std::expected<PruneResult, QString> &r) {
            if (!r) {
                emit actionFinished(false, tr("Journal retention did not run: %1").arg(r.error()));
            } else if (r->removed > 0) {
                emit actionFinished(true, tr("Journal retention removed %1 entries older than %2 days; the audit "
                                             "chain stays verifiable from its checkpoint.")
                                              .arg(r->removed)
                                              .arg(days));
                emit storeChanged();
            }
        });
}

void ConsoleBackend::startListener(const ListenerConfig &config)
{
    if (m_server)
        m_server->stop();
    m_server = std::make_unique<ScimServer>(m_databasePath, ServiceConfig{});
    const std::expected<quint16, QString> bound = m_server->start(config);
    m_listener = {};
    m_listener.tls = config.tlsEnabled();
    if (config.tlsEnabled())
        m_listener.fingerprint = sha256Fingerprint(config.tlsCertificateChain.first());
    if (bound) {
        m_listener.running = true;
        m_listener.address = m_server->baseUrl(QString()).chopped(QStringLiteral("/scim/v2/").size());
    } else {
        m_listener.error = bound.error();
        m_server.reset();
    }
    emit listenerChanged(m_listener);
    refreshDirectories();
}

void ConsoleBackend::stopListener()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_listener = {};
    emit listenerChanged(m_listener);
    refreshDirectories();
}

QString ConsoleBackend::baseUrl(const QString &directory) const
{
    return m_server ? m_server->baseUrl(directory) : DirectoryAdmin::basePath(directory);
}

void ConsoleBackend::refreshDirectories()
{
    run<QList<DirectorySummary>>(
        [](Database &db) {
            QList<DirectorySummary> result;
            const qint64 now = nowMs();
            for (const DirectoryRecord &d : DirectoryRepository(db).list())
                result.append(summarize(db, d, now));
            return result;
        },
        [this](const QList<DirectorySummary> &list) { emit directoriesLoaded(list); });
}

void ConsoleBackend::loadDirectory(const QString &name)
{
    const QString url = baseUrl(name);
    run<DirectoryDetail>([name, url](Database &db) { return loadDetail(db, name, url); },
                         [this](const DirectoryDetail &d) { emit directoryLoaded(d); });
}

void ConsoleBackend::loadUserJournal(const QString &directory, const QString &userId, const QString &userName)
{
    run<QList<JournalEntry>>(
        [directory, userId, userName](Database &db) {
            QList<JournalEntry> entries;
            const std::optional<DirectoryRecord> d = DirectoryRepository(db).byName(directory);
            if (!d)
                return entries;
            db.select(QStringLiteral("SELECT ") + JournalRepository::entryColumns() +
                          QStringLiteral(" FROM journal WHERE directory_id = ? AND ((resource_type = 'User' AND"
                                         " resource_id = ?) OR meaning LIKE ?) ORDER BY seq DESC LIMIT 200"),
                      {d->id, userId, QString(QStringLiteral("%") + userName + QStringLiteral("%"))},
                      [&](const SqlRow &row) {
                          entries.append(JournalRepository::fromRow(row, false));
                          return true;
                      });
            return entries;
        },
        [this, directory, userId](const QList<JournalEntry> &entries) {
            emit userJournalLoaded({directory, userId, entries});
        });
}

void ConsoleBackend::storeToken(const QString &directory, const QByteArray &token)
{
    SecretStore().write(
        SecretStore::tokenKey(directory), token, this, [this, directory, token](const SecretStore::WriteResult &r) {
            emit tokenIssued(
                directory, token,
                r ? tr("A copy is kept in the system keychain, so you can copy it again "
                       "from here.")
                  : tr("The token could not be stored in the keychain (%1): copy it now.").arg(r.error().message));
        });
}

void ConsoleBackend::createDirectory(const DirectoryAdmin::NewDirectory &spec)
{
    run<std::expected<DirectoryAdmin::Created, QString>>(
        [spec](Database &db) { return DirectoryAdmin(db).create(spec, nowMs()); },
        [this](const std::expected<DirectoryAdmin::Created, QString> &r) {
            if (!r) {
                emit actionFinished(false, r.error());
                return;
            }
            emit actionFinished(true,
                                tr("Created directory %1 (profile %2).").arg(r->directory.name, r->directory.profile));
            storeToken(r->directory.name, r->token);
            refreshDirectories();
        });
}

void ConsoleBackend::rotateToken(const QString &directory, qint64 overlapMs, const QString &owner)
{
    run<std::expected<TokenAdmin::Rotated, QString>>(
        [directory, overlapMs, owner](Database &db) {
            return TokenAdmin(db).rotate(directory, overlapMs, nowMs(), TokenAdmin::DefaultLifetimeMs, owner);
        },
        [this, directory](const std::expected<TokenAdmin::Rotated, QString> &r) {
            if (!r) {
                emit actionFinished(false, r.error());
                return;
            }
            emit actionFinished(true,
                                r->overlapUntilMs
                                    ? tr("Issued a new token for %1; the previous one works until %2.")
                                          .arg(directory, QDateTime::fromMSecsSinceEpoch(*r->overlapUntilMs)
                                                              .toString(QLocale().dateTimeFormat(QLocale::ShortFormat)))
                                    : tr("Issued a new token for %1; the previous one was revoked.").arg(directory));
            storeToken(directory, r->token);
            refreshDirectories();
        });
}

void ConsoleBackend::revokeTokens(const QString &directory)
{
    runAction([directory](Database &db) -> std::expected<QString, QString> {
        const auto revoked = TokenAdmin(db).revoke(directory, nowMs());
        if (!revoked)
            return std::unexpected(revoked.error());
        return tr("Revoked %n token(s) of %1: Okta cannot connect until a new token is entered.", nullptr, *revoked)
            .arg(directory);
    }); // its storeChanged() reloads the directories
}

namespace {

std::expected<DirectoryRecord, QString> findDirectory(Database &db, const QString &name)
{
    const std::optional<DirectoryRecord> d = DirectoryRepository(db).byName(name);
    if (!d)
        return std::unexpected(ConsoleBackend::tr("There is no directory named \"%1\".").arg(name));
    return *d;
}

} // namespace

void ConsoleBackend::grant(const QString &directory, const QString &role, const QString &privilege, const Operator &op)
{
    runAction([=](Database &db) -> std::expected<QString, QString> {
        const auto d = findDirectory(db, directory);
        return d ? AccessModel(db).grant(*d, role, privilege, op, nowMs()) : std::unexpected(d.error());
    });
}

void ConsoleBackend::revoke(const QString &directory, const QString &role, const QString &privilege, const Operator &op)
{
    runAction([=](Database &db) -> std::expected<QString, QString> {
        const auto d = findDirectory(db, directory);
        return d ? AccessModel(db).revoke(*d, role, privilege, op, nowMs()) : std::unexpected(d.error());
    });
}

void ConsoleBackend::assignRole(const QString &directory, const QString &role, const QString &group, const Operator &op)
{
    runAction([=](Database &db) -> std::expected<QString, QString> {
        const auto d = findDirectory(db, directory);
        return d ? AccessModel(db).assignRole(*d, role, group, op, nowMs()) : std::unexpected(d.error());
    });
}

void ConsoleBackend::unassignRole(const QString &directory, const QString &role, const QString &group,
                                  const Operator &op)
{
    runAction([=](Database &db) -> std::expected<QString, QString> {
        const auto d = findDirectory(db, directory);
        return d ? AccessModel(db).unassignRole(*d, role, group, op, nowMs()) : std::unexpected(d.error());
    });
}

void ConsoleBackend::checkOperator(const QString &directory, const Operator &op)
{
    run<std::expected<QStringList, QString>>(
        [directory, op](Database &db) -> std::expected<QStringList, QString> {
            const auto d = findDirectory(db, directory);
            return d ? AccessModel(db).operatorPrivileges(*d, op) : std::unexpected(d.error());
        },
        [this, directory, op](const std::expected<QStringList, QString> &r) {
            emit operatorChecked(directory, op, r.has_value(), r.value_or(QStringList()), r ? QString() : r.error());
        });
}

void ConsoleBackend::readToken(const QString &directory)
{
    SecretStore().read(SecretStore::tokenKey(directory), this, [this, directory](const SecretStore::ReadResult &r) {
        emit tokenRead(directory, r.has_value(), r.value_or(QByteArray()), r ? QString() : r.error().message);
    });
}

} // namespace scimdesk

#include "ConsoleBackend.moc"
