// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include <QGuiApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QStringBuilder>
#include <QTextDocument>

namespace scimdesk {

namespace {

// RFC 4180 fields; a text cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an
// apostrophe, so an attacker-chosen user name cannot become a formula in the auditor's spreadsheet.
QByteArray csvField(const QString &value, bool numeric)
{
    QString v = value;
    if (!numeric && !v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(u'\'');
    QByteArray bytes = v.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

class CsvWriter final : public ReportWriter
{
public:
    explicit CsvWriter(QIODevice &out) : m_out(out) {}
    void begin(const ReportMeta &, const QList<ReportColumn> &columns) override
    {
        m_columns = columns;
        QStringList keys;
        for (const ReportColumn &c : columns)
            keys.append(c.key);
        line(keys, false);
    }
    void row(const QStringList &values) override { line(values, true); }
    void end(const QList<QPair<QString, QString>> &) override {}

private:
    void line(const QStringList &values, bool typed)
    {
        QByteArray l;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                l += ',';
            l += csvField(values.at(i), typed && i < m_columns.size() && m_columns.at(i).numeric);
        }
        l += "\r\n";
        if (m_out.write(l) != l.size() && m_error.isEmpty())
            m_error = m_out.errorString();
    }
    QIODevice &m_out;
    QList<ReportColumn> m_columns;
};

// {"report": …, "directory": …, "at"|"from","to": …, "generated": …, "chain": {...}, "columns": [...],
//  "rows": [{key: value}, …], "summary": {...}}, written row by row.
class JsonWriter final : public ReportWriter
{
public:
    explicit JsonWriter(QIODevice &out) : m_out(out) {}
    void begin(const ReportMeta &meta, const QList<ReportColumn> &columns) override
    {
        m_columns = columns;
        QJsonObject head{{QStringLiteral("report"), meta.type},
                         {QStringLiteral("title"), meta.title},
                         {QStringLiteral("directory"), meta.directory},
                         {QStringLiteral("generated"), meta.generated},
                         {QStringLiteral("verifyCommand"), meta.verifyCommand}};
        for (const auto &[k, v] : meta.range)
            head.insert(k, v);
        QJsonObject chain;
        for (const auto &[table, hash] : meta.heads)
            chain.insert(table, hash);
        head.insert(QStringLiteral("chainHeads"), chain);
        QJsonArray cols;
        for (const ReportColumn &c : columns)
            cols.append(c.key);
        head.insert(QStringLiteral("columns"), cols);
        QByteArray text = QJsonDocument(head).toJson(QJsonDocument::Compact);
        text.chop(1); // the closing brace: rows and summary follow
        write(text + ",\"rows\":[");
    }
    void row(const QStringList &values) override
    {
        QJsonObject o;
        for (qsizetype i = 0; i < values.size() && i < m_columns.size(); ++i) {
            const ReportColumn &c = m_columns.at(i);
            if (c.numeric)
                o.insert(c.key, values.at(i).isEmpty() ? QJsonValue() : QJsonValue(values.at(i).toLongLong()));
            else
                o.insert(c.key, values.at(i));
        }
        write((m_rows++ > 0 ? ",\n" : "\n") + QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    void end(const QList<QPair<QString, QString>> &summary) override
    {
        QJsonObject s;
        for (const auto &[k, v] : summary)
            s.insert(k, v);
        write("\n],\"summary\":" + QJsonDocument(s).toJson(QJsonDocument::Compact) + "}\n");
    }

private:
    void write(const QByteArray &bytes)
    {
        if (m_out.write(bytes) != bytes.size() && m_error.isEmpty())
            m_error = m_out.errorString();
    }
    QIODevice &m_out;
    QList<ReportColumn> m_columns;
    qint64 m_rows = 0;
};

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// The HTML both HTML and PDF reports are made of: a title page, the table (its header repeated on every printed
// page), the summary. `Sink` receives the pieces in order.
class HtmlBuilder
{
public:
    static QString head(const ReportMeta &meta, bool forPdf)
    {
        const QString style = forPdf ? QStringLiteral("table { border-collapse: collapse; }"
                                                      " th { background-color: #dde3ea; text-align: left; }"
                                                      " td, th { padding: 2px 4px; font-size: 8pt; }"
                                                      " h1 { font-size: 20pt; } dt { font-weight: bold; }")
                                     : QStringLiteral("body { font-family: sans-serif; margin: 2em; }"
                                                      " table { border-collapse: collapse; font-size: 0.9em; }"
                                                      " th { background: #dde3ea; text-align: left; }"
                                                      " td, th { border: 1px solid #b8c2cc; padding: 3px 6px; }"
                                                      " tr.flagged td { background: #fff1e0; }"
                                                      " .title { min-height: 60vh; }"
                                                      " table { width: 100%; } tt { word-break: break-all; }"
                                                      " @page { @bottom-right { content: counter(page); } }"
                                                      " @media print { thead { display: table-header-group; } }");
        QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") %
                       escaped(meta.title) % QStringLiteral(" — ") % escaped(meta.directory) %
                       QStringLiteral("</title><style>") % style % QStringLiteral("</style></head><body>\n");
        html += QStringLiteral("<div class=\"title\">") % QStringLiteral("<p>ScimDesk</p><h1>") % escaped(meta.title) %
                QStringLiteral("</h1><table>");
        const QList<QPair<QString, QString>> facts{{ReportWriter::tr("Directory"), meta.directory},
                                                   {ReportWriter::tr("Period"), meta.period},
                                                   {ReportWriter::tr("Generated"), meta.generated},
                                                   {ReportWriter::tr("Chain head"), meta.chainHead},
                                                   {ReportWriter::tr("Verify with"), meta.verifyCommand}};
        for (qsizetype i = 0; i < facts.size(); ++i) {
            // The chain head and the command in a fixed-width font: no ligatures ("ff") when copied from a PDF.
            const bool literal = i >= 3;
            html += QStringLiteral("<tr><td><b>") % escaped(facts.at(i).first) % QStringLiteral("</b></td><td>") %
                    (literal ? QStringLiteral("<tt>") : QString()) % escaped(facts.at(i).second) %
                    (literal ? QStringLiteral("</tt>") : QString()) % QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table><p>") %
                escaped(ReportWriter::tr("Every journal and access-history entry carries the SHA-256 hash of its "
                                         "content and of the entry before it. The verify command checks that no "
                                         "entry was edited, deleted or reordered since; a chain head that matches "
                                         "the one above shows that this report was made from the same record.")) %
                QStringLiteral("</p></div>\n");
        return html;
    }
    // The table starts a new page: the title page stays alone.
    static QString tableStart(const QString &title, const QList<ReportColumn> &columns, bool forPdf)
    {
        QString html =
            QStringLiteral("<h2 style=\"page-break-before: always\">") % escaped(title) % QStringLiteral("</h2>");
        html += forPdf ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">")
                       : QStringLiteral("<table>");
        html += QStringLiteral("<thead><tr>");
        for (const ReportColumn &c : columns) {
            html += (c.widthPercent > 0 ? QStringLiteral("<th width=\"%1%\">").arg(c.widthPercent)
                                        : QStringLiteral("<th>")) %
                    escaped(c.title) % QStringLiteral("</th>");
        }
        return html + QStringLiteral("</tr></thead><tbody>\n");
    }
    static QString row(const QStringList &values)
    {
        QString html = QStringLiteral("<tr>");
        for (const QString &v : values)
            html += QStringLiteral("<td>") % escaped(v) % QStringLiteral("</td>");
        return html + QStringLiteral("</tr>\n");
    }
    static QString tail(qint64 rows, int columnCount, const QList<QPair<QString, QString>> &summary)
    {
        QString html;
        if (rows == 0) {
            html += QStringLiteral("<tr><td colspan=\"") % QString::number(columnCount) % QStringLiteral("\">") %
                    escaped(ReportWriter::tr("Nothing to report for this directory and period.")) %
                    QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</tbody></table>\n");
        if (!summary.isEmpty()) {
            html += QStringLiteral("<h2>") % escaped(ReportWriter::tr("Summary")) % QStringLiteral("</h2><table>");
            for (const auto &[k, v] : summary) {
                html += QStringLiteral("<tr><td>") % escaped(k) % QStringLiteral("</td><td>") % escaped(v) %
                        QStringLiteral("</td></tr>");
            }
            html += QStringLiteral("</table>\n");
        }
        return html + QStringLiteral("</body></html>\n");
    }
};

class HtmlWriter final : public ReportWriter
{
public:
    explicit HtmlWriter(QIODevice &out) : m_out(out) {}
    void begin(const ReportMeta &meta, const QList<ReportColumn> &columns) override
    {
        m_columnCount = int(columns.size());
        write(HtmlBuilder::head(meta, false) + HtmlBuilder::tableStart(meta.title, columns, false));
    }
    void row(const QStringList &values) override
    {
        ++m_rows;
        write(HtmlBuilder::row(values));
    }
    void end(const QList<QPair<QString, QString>> &summary) override
    {
        write(HtmlBuilder::tail(m_rows, m_columnCount, summary));
    }

private:
    void write(const QString &html)
    {
        const QByteArray bytes = html.toUtf8();
        if (m_out.write(bytes) != bytes.size() && m_error.isEmpty())
            m_error = m_out.errorString();
    }
    QIODevice &m_out;
    qint64 m_rows = 0;
    int m_columnCount = 0;
};

// QTextDocument::print() numbers the pages (bottom right) when the document has no page size of its own.
class PdfWriter final : public ReportWriter
{
public:
    explicit PdfWriter(QIODevice &out) : m_out(out) {}
    void begin(const ReportMeta &meta, const QList<ReportColumn> &columns) override
    {
        m_title = meta.title + QStringLiteral(" — ") + meta.directory;
        m_columnCount = int(columns.size());
        m_html = HtmlBuilder::head(meta, true) + HtmlBuilder::tableStart(meta.title, columns, true);
    }
    void row(const QStringList &values) override
    {
        ++m_rows;
        m_html += HtmlBuilder::row(values);
    }
    void end(const QList<QPair<QString, QString>> &summary) override
    {
        m_html += HtmlBuilder::tail(m_rows, m_columnCount, summary);
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            m_error =
                ReportWriter::tr("PDF reports need the graphical part of Qt (a QGuiApplication; offscreen is enough).");
            return;
        }
        QPdfWriter pdf(&m_out);
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("ScimDesk"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(300);
        QTextDocument doc;
        doc.setHtml(m_html);
        doc.print(&pdf);
        m_html.clear();
    }

private:
    QIODevice &m_out;
    QString m_html;
    QString m_title;
    qint64 m_rows = 0;
    int m_columnCount = 0;
};

} // namespace

std::unique_ptr<ReportWriter> ReportWriter::create(ReportFormat format, QIODevice &out)
{
    switch (format) {
    case ReportFormat::Csv:
        return std::make_unique<CsvWriter>(out);
    case ReportFormat::Json:
        return std::make_unique<JsonWriter>(out);
    case ReportFormat::Html:
        return std::make_unique<HtmlWriter>(out);
    case ReportFormat::Pdf:
        return std::make_unique<PdfWriter>(out);
    }
    return nullptr;
}

} // namespace scimdesk
