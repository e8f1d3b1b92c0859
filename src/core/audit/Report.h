// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audit reports of one directory: who held which role and privilege at a point in time and why (access
// review), what changed in a period (joiners, movers, leavers with how fast they lost access, grants), the
// security integration (token events, last use, bad-token attempts) and the failed requests by cause. Each is
// read in one pass over the store, never holding a period's journal in memory, and written through ReportWriter
// to a file that appears only when complete.

#include "audit/ReportWriter.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace scimdesk {

class Database;

enum class ReportType { AccessReview, Changes, Tokens, Errors };

struct ReportRequest
{
    ReportType type = ReportType::AccessReview;
    ReportFormat format = ReportFormat::Csv;
    QString directory;
    qint64 atMs = 0;   // access review: the point in time
    qint64 fromMs = 0; // the other reports: the period, both ends included
    qint64 toMs = 0;
    QString outputPath;
    QString databasePath;   // shown in the title page's verify command
    qint64 generatedMs = 0; // 0: now
};

struct ReportResult
{
    qint64 rows = 0;
    QString outputPath;
};

class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    // Called now and then with (done, total) in entries read; returning false cancels the report (no file is
    // left behind). Runs on the thread that generates the report.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QList<ReportType> types();
    static QString typeName(ReportType type); // "access-review", "changes", "tokens", "errors"
    static std::optional<ReportType> typeFromName(const QString &name);
    static QString title(ReportType type); // for people, translated
    static bool isPointInTime(ReportType type) { return type == ReportType::AccessReview; }

    static QList<ReportFormat> formats();
    static QString formatName(ReportFormat format); // "csv", "json", "html", "pdf"
    static std::optional<ReportFormat> formatFromName(const QString &name);

    // Why the request cannot run (empty directory or output, a period that ends before it starts, PDF without a
    // QGuiApplication), without touching the database or any file.
    static std::optional<QString> problem(const ReportRequest &request);

    // Writes the report. The file is replaced only when the report is complete (QSaveFile).
    static std::expected<ReportResult, QString> generate(Database &db, const ReportRequest &request,
                                                         const Progress &progress = {});
};

} // namespace scimdesk
