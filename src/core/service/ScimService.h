// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JournalWriter.h"
#include "ResourceCodec.h"
#include "access/AccessModel.h"
#include "access/Profile.h"
#include "http/HttpTypes.h"
#include "scim/Schema.h"
#include "scim/ScimError.h"
#include "store/Database.h"
#include "store/DirectoryRepository.h"
#include "store/JournalRepository.h"
#include "store/ResourceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace scimdesk {

struct ServiceConfig
{
    std::function<qint64()> clock;               // milliseconds since the epoch; the system clock when empty
    qint64 maxResults = 1000;                    // the largest page (ServiceProviderConfig filter.maxResults)
    qint64 maxFilterScan = 2'000'000;            // filters that need a scan of more resources get 400 tooMany
    int journalFlushIntervalMs = 100;            // read-only requests are journaled in batches this often
    int journalMaxPending = 1000;                // or as soon as this many are waiting
    qsizetype maxStoredBodyBytes = 64 * 1024;    // longer bodies are truncated in the journal
    qsizetype maxStoredReadBodyBytes = 4 * 1024; // for responses to GET: the data is in the store anyway
    QString publicBaseUrl;                       // e.g. "https://scim.example.com"; otherwise from the Host header
    // Bad tokens: this many from one address within the window lock the address out (429) for lockoutMs,
    // doubling with each further lockout up to maxLockoutMs. Requests with a valid token are always served.
    int badTokenLimit = 10;
    qint64 badTokenWindowMs = 60'000;
    qint64 lockoutMs = 30'000;
    qint64 maxLockoutMs = 15 * 60'000;
};

// The SCIM 2.0 service provider (RFC 7643/7644) for every directory of one database: routing under
// /scim/v2/<directory>, bearer-token authentication, Users and Groups, discovery, and the provisioning
// journal. It runs in the listener's thread and owns that thread's database connection. A change and its journal
// entry are committed in one transaction (with any read entries still waiting here); read-only requests are
// journaled in batches by the JournalWriter on its own thread, so their entries may follow later changes in the
// table while their times stay exact.
class ScimService final : public QObject, public RequestHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScimService)

public:
    ScimService(std::unique_ptr<Database> db, ServiceConfig config, QObject *parent = nullptr);
    ~ScimService() override;

    HttpResponse handle(const HttpRequest &request) override;

    // Hands the journal entries and token-use times waiting here to the journal writer.
    void flushJournal();
    // flushJournal(), then waits until the writer has committed everything (tests, shutdown).
    void syncJournal();
    Database &database() { return *m_db; }

    static HttpResponse errorResponse(const ScimError &error);

private:
    struct Context;
    struct DirectoryState
    {
        DirectoryRecord record;
        const Profile *profile = nullptr;
        QList<TokenRecord> tokens;
        QList<QByteArray> hashes;
        // Why tokens owned by a user no longer work (empty: they do), by owner; emptied by every change here.
        QHash<QString, QString> ownerRefusals;
    };

    qint64 now() const;
    HttpResponse dispatch(Context &ctx);
    ScimResult<HttpResponse> authenticate(Context &ctx);
    // Counts a bad token from the request's address and returns the error to answer: `error`, or 429 with
    // Retry-After while the address is locked out.
    ScimError refuseBadToken(Context &ctx, ScimError error);
    DirectoryState *directory(const QString &name);
    // What the directory's profile does not support (Okta settings to turn off), as the error to answer.
    std::optional<ScimError> refuseByProfile(Context &ctx, ResourceKind kind, const QString &id);
    // The profile's rules for a user's new state (email userName, display-name-only updates, built-in group
    // names); may rewrite `r` to keep what the profile ignores.
    ScimResult<void> applyProfile(Context &ctx, ResourceKind kind, StoredResource &r, const StoredResource *before);
    AccessCause accessCause(const Context &ctx) const;

    ScimResult<HttpResponse> getResource(Context &ctx, ResourceKind kind, const QString &id);
    ScimResult<HttpResponse> listResources(Context &ctx, ResourceKind kind, const QHash<QString, QString> &params);
    ScimResult<HttpResponse> createResource(Context &ctx, ResourceKind kind);
    ScimResult<HttpResponse> replaceResource(Context &ctx, ResourceKind kind, const QString &id);
    ScimResult<HttpResponse> patchResource(Context &ctx, ResourceKind kind, const QString &id);
    ScimResult<HttpResponse> deleteResource(Context &ctx, ResourceKind kind, const QString &id);
    ScimResult<HttpResponse> discovery(Context &ctx, const QString &endpoint, const QString &id);

    // Runs `change` in a transaction together with the pending journal and this request's entry.
    HttpResponse mutate(Context &ctx, const std::function<ScimResult<HttpResponse>()> &change);

    QJsonObject render(Context &ctx, ResourceKind kind, const StoredResource &r, bool withRelated);
    // The full representation serialised straight from the stored bytes (no projection).
    QByteArray renderBytes(Context &ctx, ResourceKind kind, const StoredResource &r);
    ScimResult<QList<qint64>> resolveMembers(Context &ctx, const QStringList &ids, QList<MemberRef> *refs);
    ScimResult<StoredResource> loadForWrite(Context &ctx, ResourceKind kind, const QString &id);
    // PUT and PATCH alike: takes the client's new representation (refusing a name another resource has) ...
    ScimResult<void> applyInput(ResourceKind kind, StoredResource &r, const ResourceCodec::Input &input);
    // ... and saves what changed (a new version only when something did) with the journal meaning.
    ScimResult<void> saveChanges(Context &ctx, ResourceKind kind, StoredResource &r, const StoredResource &before,
                                 const QList<qint64> &added, const QList<qint64> &removed);

    void record(Context &ctx, const HttpResponse &response, bool inTransaction);
    // Every resource's seq in paging order, per directory and kind, kept in step with this service's commits
    // and dropped when another connection commits. Turns `startIndex` into a primary-key range.
    QList<qint64> &orderedSeqs(ResourceKind kind, qint64 directoryId);

    std::unique_ptr<Database> m_db;
    ServiceConfig m_config;
    DirectoryRepository m_directories;
    ResourceRepository m_resources;
    JournalRepository m_journal;
    AccessModel m_access;
    QHash<QString, DirectoryState> m_directoryCache;
    QHash<QPair<qint64, int>, QList<qint64>> m_order;
    std::optional<qint64> m_dataVersion;     // the version the caches were built at
    std::optional<qint64> m_externalVersion; // the latest version read
    QElapsedTimer m_versionCheck;
    QList<JournalEntry> m_pending;
    struct BadTokens
    {
        QList<qint64> times; // failures within the window
        qint64 lockedUntilMs = 0;
        int lockouts = 0;
    };
    QHash<QString, BadTokens> m_badTokens; // by client address
    QHash<QByteArray, QString> m_baseUrls; // (scheme, Host, directory) -> base URL
    JournalWriter::TokenUse m_tokenUse;
    QTimer m_flushTimer;
    JournalWriter m_writer; // last: destroyed (drained) first
};

} // namespace scimdesk
