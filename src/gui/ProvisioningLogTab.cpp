// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisioningLogTab.h"

#include "JournalTableModel.h"
#include "console/LogWorker.h"
#include "ui_ProvisioningLogTab.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QProgressDialog>
#include <QStandardPaths>

namespace scimdesk {

namespace {

enum TimeRange { AnyTime = 0, CustomRange = -1 }; // otherwise the last N minutes

// A body as the user wants to read it: JSON indented, anything else as it was sent.
QString prettyBody(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace

ProvisioningLogTab::ProvisioningLogTab(QString databasePath, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ProvisioningLogTab>()), m_workerThread(databasePath),
      m_worker(m_workerThread.worker())
{
    m_ui->setupUi(this);

    m_ui->timeRangeComboBox->addItem(tr("Any time"), int(AnyTime));
    m_ui->timeRangeComboBox->addItem(tr("Last 15 minutes"), 15);
    m_ui->timeRangeComboBox->addItem(tr("Last hour"), 60);
    m_ui->timeRangeComboBox->addItem(tr("Last 24 hours"), 24 * 60);
    m_ui->timeRangeComboBox->addItem(tr("Last 7 days"), 7 * 24 * 60);
    m_ui->timeRangeComboBox->addItem(tr("Custom range"), int(CustomRange));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromDateTimeEdit->setDateTime(now.addDays(-1));
    m_ui->toDateTimeEdit->setDateTime(now.addSecs(3600));
    m_ui->fromDateTimeEdit->setVisible(false);
    m_ui->toDateTimeEdit->setVisible(false);

    m_ui->statusComboBox->addItem(tr("Any status"), int(StatusClass::Any));
    m_ui->statusComboBox->addItem(tr("Success (2xx)"), int(StatusClass::Success));
    m_ui->statusComboBox->addItem(tr("Redirects (3xx)"), int(StatusClass::Redirect));
    m_ui->statusComboBox->addItem(tr("Client errors (4xx)"), int(StatusClass::ClientError));
    m_ui->statusComboBox->addItem(tr("Server errors (5xx)"), int(StatusClass::ServerError));
    m_ui->statusComboBox->addItem(tr("All errors (4xx, 5xx)"), int(StatusClass::Error));

    m_ui->methodComboBox->addItem(tr("Any method"), QString());
    // TOKEN and ACCESS are the journal's operator actions (token rotation, grants), beside the HTTP methods.
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE", "TOKEN", "ACCESS"})
        m_ui->methodComboBox->addItem(QLatin1StringView(method), QLatin1StringView(method).toString());

    m_ui->messageLabel->setVisible(false);
    // The empty state sits where the table would, framed like it.
    m_ui->emptyStateLabel->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); background: palette(base); padding: 24px; }"));
    m_ui->countLabel->setText(tr("Loading…"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->requestBodyPlainTextEdit->setFont(fixed);
    m_ui->responseBodyPlainTextEdit->setFont(fixed);
    clearBodies(tr("Select a request to see its bodies."));

    m_model = new JournalTableModel(m_worker, this);
    QTableView *table = m_ui->journalTableView;
    table->setModel(m_model);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    // Widths from the font, not from the rows: the rows arrive a page at a time.
    const QFontMetrics fm(table->font());
    const int pad = 2 * fm.averageCharWidth() + 8;
    header->resizeSection(JournalTableModel::Time,
                          fm.horizontalAdvance(QStringLiteral("2026-11-22 22:22:22.222")) + pad);
    header->resizeSection(JournalTableModel::Directory, fm.averageCharWidth() * 12 + pad);
    header->resizeSection(JournalTableModel::Client, fm.horizontalAdvance(QStringLiteral("255.255.255.255")) + pad);
    header->resizeSection(JournalTableModel::Method, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    header->resizeSection(JournalTableModel::Path, fm.averageCharWidth() * 34 + pad);
    header->resizeSection(JournalTableModel::Status, fm.horizontalAdvance(tr("Status")) + pad);
    header->resizeSection(JournalTableModel::Latency, fm.horizontalAdvance(QStringLiteral("1,234.5 ms")) + pad);
    table->verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    // The table gets most of the height; the bodies and the chart share the rest. Sizes are proportions here.
    m_ui->mainSplitter->setSizes({650, 350});
    m_ui->detailSplitter->setSizes({550, 450});

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &ProvisioningLogTab::applyFilters);
    auto later = [this] { m_filterTimer.start(); };
    connect(m_ui->timeRangeComboBox, &QComboBox::currentIndexChanged, this, [this, later] {
        const bool custom = m_ui->timeRangeComboBox->currentData().toInt() == CustomRange;
        m_ui->fromDateTimeEdit->setVisible(custom);
        m_ui->toDateTimeEdit->setVisible(custom);
        later();
    });
    connect(m_ui->fromDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->toDateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_ui->statusComboBox, &QComboBox::currentTextChanged, this, later);
    connect(m_ui->methodComboBox, &QComboBox::currentIndexChanged, this, later);
    for (QLineEdit *edit : {m_ui->userLineEdit, m_ui->groupLineEdit, m_ui->searchLineEdit})
        connect(edit, &QLineEdit::textChanged, this, later);

    connect(m_ui->liveTailCheckBox, &QCheckBox::toggled, m_model, &JournalTableModel::setLiveTail);
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this, &ProvisioningLogTab::chooseAndExport);

    connect(m_model, &JournalTableModel::firstPageLoaded, this, [this](qint64 head) {
        const quint64 generation = m_model->generation();
        const LogFilter f = m_model->filter();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, generation, f, head] { worker->fetchCount(generation, f, head); },
            Qt::QueuedConnection);
        requestActivity();
        updateEmptyState();
    });
    connect(m_model, &JournalTableModel::modelReset, this, &ProvisioningLogTab::updateEmptyState);
    connect(m_model, &JournalTableModel::rowsInserted, this, &ProvisioningLogTab::updateEmptyState);
    connect(m_model, &JournalTableModel::rowsPrepended, this, [this](int n) {
        m_tailAdded += n;
        showCount();
        if (!m_chartTimer.isActive())
            m_chartTimer.start();
    });
    // The chart follows the live tail, redrawn at most every few seconds.
    m_chartTimer.setSingleShot(true);
    m_chartTimer.setInterval(3000);
    connect(&m_chartTimer, &QTimer::timeout, this, &ProvisioningLogTab::requestActivity);

    connect(m_worker, &LogWorker::countReady, this, [this](quint64 generation, qint64 n) {
        if (generation != m_model->generation())
            return;
        m_count = n;
        showCount();
    });
    connect(m_worker, &LogWorker::activityReady, this, [this](quint64 generation, const LogActivity &a) {
        if (generation == m_model->generation())
            m_ui->activityChartView->setActivity(a);
    });
    connect(m_worker, &LogWorker::entryReady, this, &ProvisioningLogTab::showEntry);
    connect(m_worker, &LogWorker::failed, this, [this](const QString &message) { showMessage(message, true); });

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid()) {
            m_selectedSeq = 0;
            clearBodies(tr("Select a request to see its bodies."));
            return;
        }
        m_selectedSeq = current.data(JournalTableModel::SeqRole).toLongLong();
        clearBodies(tr("Loading…"));
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, seq = m_selectedSeq] { worker->fetchEntry(seq); }, Qt::QueuedConnection);
    });

    m_chooseExportFile = [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("provisioning-log-%1.csv")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
        return QFileDialog::getSaveFileName(this, tr("Export the filtered requests"), suggested,
                                            tr("CSV files (*.csv);;All files (*)"));
    };

    setFilter(LogFilter{});
}

// The worker thread stops first (members are destroyed in reverse order after this body): it drops queued
// requests, cancels a running export and joins.
ProvisioningLogTab::~ProvisioningLogTab() = default;

LogFilter ProvisioningLogTab::filter() const
{
    return m_model->filter();
}

void ProvisioningLogTab::setDirectory(const QString &name)
{
    if (m_directory == name)
        return;
    m_directory = name;
    applyFilters();
}

std::expected<LogFilter, QString> ProvisioningLogTab::filterFromControls() const
{
    LogFilter f;
    f.directory = m_directory;
    const int range = m_ui->timeRangeComboBox->currentData().toInt();
    if (range == CustomRange) {
        f.fromMs = m_ui->fromDateTimeEdit->dateTime().toMSecsSinceEpoch();
        f.toMs = m_ui->toDateTimeEdit->dateTime().toMSecsSinceEpoch();
    } else if (range > 0) {
        f.fromMs = QDateTime::currentMSecsSinceEpoch() - qint64(range) * 60'000;
    }
    const QString status = m_ui->statusComboBox->currentText().trimmed();
    if (const int item = m_ui->statusComboBox->findText(status, Qt::MatchFixedString); item >= 0) {
        f.statusClass = StatusClass(m_ui->statusComboBox->itemData(item).toInt());
    } else if (!status.isEmpty()) {
        bool ok = false;
        const int code = status.toInt(&ok);
        if (!ok || code < 100 || code > 599)
            return std::unexpected(
                tr("Status: choose a class from the list or type a status from 100 to 599 (not “%1”).").arg(status));
        f.status = code;
    }
    f.method = m_ui->methodComboBox->currentData().toString();
    f.user = m_ui->userLineEdit->text().trimmed();
    f.group = m_ui->groupLineEdit->text().trimmed();
    f.text = m_ui->searchLineEdit->text().trimmed();
    if (const auto invalid = JournalQuery::validate(f))
        return std::unexpected(*invalid);
    return f;
}

void ProvisioningLogTab::applyFilters()
{
    m_filterTimer.stop();
    const auto f = filterFromControls();
    if (!f) {
        showMessage(f.error(), true);
        return;
    }
    showMessage({}, false);
    setFilter(*f);
}

void ProvisioningLogTab::setFilter(const LogFilter &filter)
{
    m_count.reset();
    m_tailAdded = 0;
    m_chartTimer.stop();
    // A reset model clears the selection without a signal: the bodies go with it.
    m_selectedSeq = 0;
    clearBodies(tr("Select a request to see its bodies."));
    m_ui->countLabel->setText(tr("Loading…"));
    m_model->setFilter(filter);
}

void ProvisioningLogTab::requestActivity()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation = m_model->generation(), f = m_model->filter()] {
            worker->fetchActivity(generation, f);
        },
        Qt::QueuedConnection);
}

void ProvisioningLogTab::showCount()
{
    if (!m_count)
        return;
    const qint64 n = *m_count + m_tailAdded;
    m_ui->countLabel->setText(n == 1 ? tr("1 request") : tr("%L1 requests").arg(n));
}

void ProvisioningLogTab::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty && !m_model->isLoading()) {
        LogFilter unfiltered;
        unfiltered.directory = m_model->filter().directory;
        if (m_model->filter() != unfiltered)
            m_ui->emptyStateLabel->setText(tr("No requests match these filters."));
        else if (!unfiltered.directory.isEmpty())
            m_ui->emptyStateLabel->setText(
                tr("No requests to %1 yet — Okta's first request will appear here.").arg(unfiltered.directory));
        else
            m_ui->emptyStateLabel->setText(tr("No requests yet — Okta's first request will appear here."));
    }
    m_ui->resultsStackedWidget->setCurrentWidget(
        empty && !m_model->isLoading() ? static_cast<QWidget *>(m_ui->emptyStateLabel) : m_ui->journalTableView);
}

void ProvisioningLogTab::clearBodies(const QString &placeholder)
{
    for (QPlainTextEdit *edit : {m_ui->requestBodyPlainTextEdit, m_ui->responseBodyPlainTextEdit}) {
        edit->clear();
        edit->setPlaceholderText(placeholder);
    }
}

void ProvisioningLogTab::showEntry(const JournalEntry &entry)
{
    if (entry.seq != m_selectedSeq)
        return; // the selection moved on
    clearBodies(tr("No body."));
    m_ui->requestBodyPlainTextEdit->setPlainText(prettyBody(entry.requestBody));
    m_ui->responseBodyPlainTextEdit->setPlainText(prettyBody(entry.responseBody));
}

void ProvisioningLogTab::showMessage(const QString &text, bool error)
{
    // Errors in the palette's own contrast pair would not stand out; a fixed red reads on light and dark alike.
    m_ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { padding: 6px; border-radius: 4px; background: #b3261e; color: white; }")
              : QStringLiteral("QLabel { padding: 6px; border-radius: 4px;"
                               " background: palette(highlight); color: palette(highlighted-text); }"));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ProvisioningLogTab::chooseAndExport()
{
    const QString path = m_chooseExportFile ? m_chooseExportFile() : QString();
    if (!path.isEmpty())
        exportCsv(path);
}

void ProvisioningLogTab::exportCsv(const QString &filePath)
{
    const quint64 id = ++m_exportId;
    if (m_progress)
        m_progress->close();
    auto *progress = new QProgressDialog(tr("Exporting requests to %1…").arg(QDir::toNativeSeparators(filePath)),
                                         tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    m_ui->exportCsvPushButton->setEnabled(false);
    connect(progress, &QProgressDialog::canceled, this, [this, id] { m_worker->cancelExport(id); });

    for (const QMetaObject::Connection &c : std::as_const(m_exportConnections))
        disconnect(c);
    m_exportConnections.clear();
    auto finish = [this, id](quint64 exportId) {
        if (exportId != id)
            return false;
        for (const QMetaObject::Connection &c : std::as_const(m_exportConnections))
            disconnect(c);
        m_exportConnections.clear();
        m_ui->exportCsvPushButton->setEnabled(true);
        if (m_progress)
            m_progress->close();
        return true;
    };
    m_exportConnections.append(
        connect(m_worker, &LogWorker::exportProgress, this, [this, id](quint64 exportId, qint64 done, qint64 total) {
            if (exportId != id || !m_progress)
                return;
            // QProgressDialog counts in int: large exports in thousandths.
            const bool scaled = total > 1'000'000;
            m_progress->setMaximum(int(scaled ? 1000 : qMax<qint64>(total, 1)));
            m_progress->setValue(int(scaled ? done * 1000 / qMax<qint64>(total, 1) : done));
            m_progress->setLabelText(tr("Exported %L1 of %L2 requests…").arg(done).arg(total));
        }));
    m_exportConnections.append(connect(
        m_worker, &LogWorker::exportFinished, this, [this, finish](quint64 exportId, const QString &path, qint64 rows) {
            if (!finish(exportId))
                return;
            showMessage((rows == 1 ? tr("Exported 1 request to %1.") : tr("Exported %L1 requests to %2.").arg(rows))
                            .arg(QDir::toNativeSeparators(path)),
                        false);
            Q_EMIT exportFinished(path, rows);
        }));
    m_exportConnections.append(connect(m_worker, &LogWorker::exportFailed, this,
                                       [this, finish](quint64 exportId, const QString &message, bool cancelled) {
                                           if (finish(exportId))
                                               showMessage(message, !cancelled);
                                       }));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, f = m_model->filter(), filePath] { worker->exportCsv(id, f, filePath); },
        Qt::QueuedConnection);
}

void ProvisioningLogTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_ui->journalTableView->viewport()->update(); // status colours follow the palette
}

} // namespace scimdesk
