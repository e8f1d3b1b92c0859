// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDialog.h"

#include "store/Database.h"
#include "ui_ReportDialog.h"

#include <QAtomicInteger>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent>

namespace scimdesk {

namespace {

QString describe(ReportType type)
{
    switch (type) {
    case ReportType::AccessReview:
        return ReportDialog::tr("Every active user with each role and privilege they held at that moment, and why "
                                "(admin attribute, push group, inheritance); privileged roles are flagged.");
    case ReportType::Changes:
        return ReportDialog::tr("Joiners, movers (roles gained or lost) and leavers of the period, with the time "
                                "from the deactivation to the loss of every role; grants and revocations with the "
                                "actor.");
    case ReportType::Tokens:
        return ReportDialog::tr("Tokens issued, rotated out, revoked and expired in the period, their last use, "
                                "and bad-token attempts (401 and 429) by address.");
    case ReportType::Errors:
        return ReportDialog::tr("The period's failed requests, grouped by cause, most frequent first.");
    }
    return {};
}

QString formatLabel(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return ReportDialog::tr("CSV (spreadsheets and tools)");
    case ReportFormat::Json:
        return ReportDialog::tr("JSON (tools)");
    case ReportFormat::Html:
        return ReportDialog::tr("HTML (people, in a browser)");
    case ReportFormat::Pdf:
        return ReportDialog::tr("PDF (people, to hand over)");
    }
    return {};
}

} // namespace

ReportDialog::ReportDialog(QString databasePath, QStringList directories, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_databasePath(std::move(databasePath)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    for (const ReportType t : Reports::types())
        m_ui->typeComboBox->addItem(Reports::title(t), Reports::typeName(t));
    for (const ReportFormat f : Reports::formats())
        m_ui->formatComboBox->addItem(formatLabel(f), Reports::formatName(f));
    m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(QStringLiteral("pdf")));
    m_ui->directoryComboBox->addItems(directories);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->atDateTimeEdit->setDateTime(now);
    m_ui->fromDateTimeEdit->setDateTime(now.addDays(-30));
    m_ui->toDateTimeEdit->setDateTime(now);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->setValue(0);

    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &ReportDialog::typeChanged);
    connect(m_ui->directoryComboBox, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChanged);
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChanged);
    connect(m_ui->outputLineEdit, &QLineEdit::textEdited, this, [this] { m_outputEdited = true; });
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ReportDialog::startExport);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &ReportDialog::cancelExport);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &ReportDialog::reject);
    connect(m_ui->openFilePushButton, &QPushButton::clicked, this, &ReportDialog::openFile);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ReportDialog::exportFinished);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportDialog::showProgress);
    typeChanged();
}

ReportDialog::~ReportDialog()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
}

void ReportDialog::setDirectory(const QString &name)
{
    const int index = m_ui->directoryComboBox->findText(name);
    if (index >= 0)
        m_ui->directoryComboBox->setCurrentIndex(index);
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.type = Reports::typeFromName(m_ui->typeComboBox->currentData().toString()).value_or(ReportType::AccessReview);
    r.format = Reports::formatFromName(m_ui->formatComboBox->currentData().toString()).value_or(ReportFormat::Pdf);
    r.directory = m_ui->directoryComboBox->currentText();
    r.atMs = m_ui->atDateTimeEdit->dateTime().toMSecsSinceEpoch();
    r.fromMs = m_ui->fromDateTimeEdit->dateTime().toMSecsSinceEpoch();
    // The end minute is included whole.
    r.toMs = m_ui->toDateTimeEdit->dateTime().toMSecsSinceEpoch() / 60'000 * 60'000 + 59'999;
    r.outputPath = m_ui->outputLineEdit->text().trimmed();
    r.databasePath = m_databasePath;
    return r;
}

void ReportDialog::typeChanged()
{
    const ReportRequest r = request();
    const bool pointInTime = Reports::isPointInTime(r.type);
    m_ui->formLayout->setRowVisible(m_ui->atDateTimeEdit, pointInTime);
    m_ui->formLayout->setRowVisible(m_ui->fromDateTimeEdit, !pointInTime);
    m_ui->formLayout->setRowVisible(m_ui->toDateTimeEdit, !pointInTime);
    m_ui->descriptionLabel->setText(describe(r.type));
    formatChanged();
}

void ReportDialog::formatChanged()
{
    // A file name that follows the choices, until the user types their own; then only its extension follows.
    const ReportRequest r = request();
    const QString suffix = Reports::formatName(r.format);
    if (m_outputEdited && !r.outputPath.isEmpty()) {
        const QFileInfo info(r.outputPath);
        m_ui->outputLineEdit->setText(info.dir().filePath(info.completeBaseName() + u'.' + suffix));
        return;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    m_ui->outputLineEdit->setText(QDir(folder).filePath(
        QStringLiteral("scimdesk-%1-%2-%3.%4").arg(Reports::typeName(r.type), r.directory, date, suffix)));
}

void ReportDialog::browse()
{
    const ReportRequest r = request();
    const QString suffix = Reports::formatName(r.format);
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the Report"), r.outputPath,
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty()) {
        m_ui->outputLineEdit->setText(chosen);
        m_outputEdited = true;
    }
}

void ReportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const ReportRequest r = request();
    if (const auto why = Reports::problem(r)) {
        showError(*why);
        return;
    }
    m_ui->messageLabel->hide();
    m_written.clear();
    m_ui->openFilePushButton->setEnabled(false);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_total = std::make_shared<std::atomic<qint64>>(0);
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Writing the report…"));
    setRunning(true);
    // The worker opens its own connection: Qt Sql connections belong to the thread that opened them.
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath, r, cancel = m_cancel, done = m_done,
                                           total = m_total]() -> std::expected<ReportResult, QString> {
        static QAtomicInteger<quint64> counter;
        auto db = Database::open(path, QStringLiteral("scimdesk-report-%1").arg(counter.fetchAndAddRelaxed(1)));
        if (!db)
            return std::unexpected(db.error());
        return Reports::generate(**db, r, [&](qint64 d, qint64 t) {
            done->store(d);
            total->store(t);
            return !cancel->load();
        });
    }));
    m_progressTimer.start();
}

void ReportDialog::cancelExport()
{
    if (!m_watcher.isRunning())
        return;
    m_cancel->store(true);
    m_ui->cancelPushButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling…"));
}

void ReportDialog::showProgress()
{
    const qint64 total = m_total ? m_total->load() : 0;
    const qint64 done = m_done ? m_done->load() : 0;
    if (total <= 0)
        return;
    m_ui->progressBar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    if (!m_cancel->load())
        m_ui->statusLabel->setText(tr("Read %L1 of %L2 entries…").arg(done).arg(total));
}

void ReportDialog::exportFinished()
{
    m_progressTimer.stop();
    setRunning(false);
    const std::expected<ReportResult, QString> result = m_watcher.result();
    if (!result) {
        m_ui->progressBar->setValue(0);
        m_ui->statusLabel->clear();
        showError(result.error());
        emit finished({}, result.error());
        return;
    }
    m_ui->progressBar->setValue(1000);
    m_written = result->outputPath;
    m_ui->statusLabel->setText(tr("Written to %1 (table rows: %L2).").arg(m_written).arg(result->rows));
    m_ui->openFilePushButton->setEnabled(true);
    if (m_ui->openWhenDoneCheckBox->isChecked())
        openFile();
    emit finished(m_written, {});
}

void ReportDialog::openFile()
{
    if (m_written.isEmpty())
        return;
    if (!m_openUrl(QUrl::fromLocalFile(m_written)))
        showError(tr("No application could open %1.").arg(m_written));
}

void ReportDialog::showError(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void ReportDialog::setRunning(bool running)
{
    const std::initializer_list<QWidget *> inputs{
        m_ui->typeComboBox,     m_ui->directoryComboBox, m_ui->atDateTimeEdit,
        m_ui->fromDateTimeEdit, m_ui->toDateTimeEdit,    m_ui->formatComboBox,
        m_ui->outputLineEdit,   m_ui->browsePushButton,  m_ui->exportPushButton};
    for (QWidget *w : inputs)
        w->setEnabled(!running);
    m_ui->cancelPushButton->setEnabled(running);
}

void ReportDialog::reject()
{
    // Closing while a report runs cancels it (it stops within a thousand entries) and leaves no file behind.
    if (m_watcher.isRunning()) {
        m_cancel->store(true);
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace scimdesk
