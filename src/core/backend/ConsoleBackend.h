// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the desktop console shows and does, without Widgets: the embedded listener, and a worker thread with its
// own database connection that answers every query and performs every administrative action, so the GUI thread
// never touches the store. Results come back as value types through signals (queued into the backend's thread).

#include "access/AccessModel.h"
#include "http/Listener.h"
#include "service/DirectoryAdmin.h"
#include "service/TokenAdmin.h"
#include "store/DirectoryRepository.h"
#include "store/JournalRepository.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace scimdesk {

class Database;
class ScimServer;

struct DirectorySummary
{
    DirectoryRecord record;
    QList<TokenAdmin::TokenStatus> tokens;
    QString tokenStatus; // of the newest token: active, rotated-out, revoked, expired; "none" without a token
    std::optional<qint64> expiresMs;
    std::optional<qint64> lastUsedMs;
    QString lastUsedBy;
    QString warning; // the expiry warning of an active token (30 and 7 days before), or why no token works
};

struct UserRow
{
    QString id;
    QString userName;
    QString displayName;
    QString status;
    bool admin = false; // the directory's admin attribute is true
    QStringList roles;
    QStringList groups;
    qint64 modifiedMs = 0;
};

struct GroupRow
{
    QString id;
    QString name;
    QStringList members; // userNames
    QString role;        // the custom role the group is (deltastream)
    QStringList assignedRoles;
    qint64 createdMs = 0;
    qint64 modifiedMs = 0;
    QString history; // pushed / renamed / member changes, newest first, one per line
};

// One line of the Okta settings checklist, ticked from the traffic the directory has seen.
struct ChecklistItem
{
    enum class State { Pending, Done, Warning };
    QString text;
    QString detail;
    State state = State::Pending;
};

struct DirectoryDetail
{
    DirectorySummary summary;
    AccessSnapshot access;
    QList<UserRow> users;
    QList<GroupRow> groups;
    QList<ChecklistItem> checklist;
    QStringList warnings; // setups Okta advises against, found in the data
    QList<JournalEntry> recentErrors;
    QString chainHeads;    // the newest hash of the journal and the access history, for the status bar
    QString verifyCommand; // how an auditor checks them
};

// A user's journal entries, for the Assignments tab's detail.
struct UserJournal
{
    QString directory;
    QString userId;
    QList<JournalEntry> entries;
};

struct ListenerStatus
{
    bool running = false;
    QString address; // e.g. http://127.0.0.1:7643
    bool tls = false;
    QString fingerprint; // SHA-256 of the TLS certificate, to pin
    QString error;
    double requestsPerSecond = 0;
};

class ConsoleBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleBackend)

public:
    explicit ConsoleBackend(QString databasePath, QObject *parent = nullptr);
    ~ConsoleBackend() override;

    const QString &databasePath() const { return m_databasePath; }

    // The listener (its own thread). start returns at once with the outcome in listenerChanged().
    void startListener(const ListenerConfig &config);
    void stopListener();
    const ListenerStatus &listenerStatus() const { return m_listener; }
    QString baseUrl(const QString &directory) const;

    // Queries: each answers with the matching signal.
    void refreshDirectories();
    void loadDirectory(const QString &name);
    void loadUserJournal(const QString &directory, const QString &userId, const QString &userName);

    // Actions: each answers with actionFinished(ok, message); the token of a new directory or rotation arrives
    // once through tokenIssued() and is also written to the OS keychain.
    void createDirectory(const DirectoryAdmin::NewDirectory &spec);
    // `owner`: the administrator the new token belongs to (TokenAdmin::owner); empty: as the profile wants.
    void rotateToken(const QString &directory, qint64 overlapMs, const QString &owner = {});
    void revokeTokens(const QString &directory);
    void grant(const QString &directory, const QString &role, const QString &privilege, const Operator &op);
    void revoke(const QString &directory, const QString &role, const QString &privilege, const Operator &op);
    void assignRole(const QString &directory, const QString &role, const QString &group, const Operator &op);
    void unassignRole(const QString &directory, const QString &role, const QString &group, const Operator &op);
    // The privileges the operator may use (operatorChecked()).
    void checkOperator(const QString &directory, const Operator &op);
    // Reads the directory's token from the keychain (tokenRead()).
    void readToken(const QString &directory);
    // The journal retention of the settings: removes entries older than `days` (0: keeps everything), keeping the
    // audit chain verifiable (AuditChain::prune). Says what it removed through actionFinished(); silent when
    // nothing was that old.
    void applyRetention(int days);

    // How often the worker looks for changes made by the listener or other processes.
    void setPollInterval(int ms);

signals:
    void directoriesLoaded(const QList<scimdesk::DirectorySummary> &directories);
    void directoryLoaded(const scimdesk::DirectoryDetail &detail);
    void userJournalLoaded(const scimdesk::UserJournal &journal);
    void actionFinished(bool ok, const QString &message);
    void tokenIssued(const QString &directory, const QByteArray &token, const QString &keychainNote);
    void tokenRead(const QString &directory, bool ok, const QByteArray &token, const QString &error);
    void operatorChecked(const QString &directory, const scimdesk::Operator &op, bool ok, const QStringList &privileges,
                         const QString &error);
    void listenerChanged(const scimdesk::ListenerStatus &status);
    // Something in the store changed (a request, another process): views reload what they show.
    void storeChanged();

private:
    class Worker;
    // Runs `job` on the worker thread with its connection; `done` runs on this object's thread afterwards.
    template <typename R>
    void run(std::function<R(Database &)> job, std::function<void(R)> done);
    void runAction(std::function<std::expected<QString, QString>(Database &)> job);
    void storeToken(const QString &directory, const QByteArray &token);

    QString m_databasePath;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    std::unique_ptr<ScimServer> m_server;
    ListenerStatus m_listener;
};

} // namespace scimdesk

Q_DECLARE_METATYPE(scimdesk::ListenerStatus)
