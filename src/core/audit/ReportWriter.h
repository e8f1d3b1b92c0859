// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes one report table as CSV, JSON, HTML or PDF, row by row. CSV, JSON and HTML stream straight to the device;
// PDF collects the HTML and lays it out with QTextDocument on QPdfWriter at the end (it needs a QGuiApplication).

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace scimdesk {

enum class ReportFormat { Csv, Json, Html, Pdf };

struct ReportColumn
{
    QString key;   // CSV header and JSON member name
    QString title; // for people (HTML, PDF)
    bool numeric = false;
    int widthPercent = 0; // of the page, for HTML and PDF; 0: as the layout decides
};

// What the title page says.
struct ReportMeta
{
    QString type;  // "access-review", …
    QString title; // "Access review"
    QString directory;
    QString period; // for people: "at 2026-11-01T00:00:00Z" or "2026-10-01T00:00:00Z to 2026-10-31T23:59:59Z"
    QList<QPair<QString, QString>> range; // for tools: ("at", iso) or ("from", iso), ("to", iso)
    QString generated;                    // ISO 8601
    QString chainHead;                    // AuditChain::headsText
    QList<QPair<QString, QString>> heads; // table, hex hash (for JSON)
    QString verifyCommand;
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    virtual ~ReportWriter() = default;

    static std::unique_ptr<ReportWriter> create(ReportFormat format, QIODevice &out);

    virtual void begin(const ReportMeta &meta, const QList<ReportColumn> &columns) = 0;
    virtual void row(const QStringList &values) = 0;
    // Totals for people and tools (not written to CSV, whose readers expect one table).
    virtual void end(const QList<QPair<QString, QString>> &summary) = 0;
    // Empty when everything was written; else why not.
    virtual QString error() const { return m_error; }

protected:
    QString m_error;
};

} // namespace scimdesk
