// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "settings/AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace scimdesk {

namespace {

// Languages offered besides the system's; each is named in its own language, as language menus do.
const QStringList offeredLanguages{u"en"_s, u"de"_s, u"fr"_s};

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);

    m_ui->languageComboBox->addItem(tr("Same as the system"), QString());
    for (const QString &code : offeredLanguages) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->languageComboBox->addItem(name, code);
    }
    m_ui->appearanceComboBox->addItem(tr("Same as the system"), int(AppSettings::Appearance::System));
    m_ui->appearanceComboBox->addItem(tr("Light"), int(AppSettings::Appearance::Light));
    m_ui->appearanceComboBox->addItem(tr("Dark"), int(AppSettings::Appearance::Dark));
    m_ui->tlsModeComboBox->addItem(tr("Off (plain HTTP, for loopback or behind a TLS proxy)"),
                                   int(AppSettings::TlsMode::Off));
    m_ui->tlsModeComboBox->addItem(tr("Self-signed certificate, kept next to the database"),
                                   int(AppSettings::TlsMode::SelfSigned));
    m_ui->tlsModeComboBox->addItem(tr("Certificate and key files (PEM)"), int(AppSettings::TlsMode::PemFiles));

    m_ui->fileLabel->setText(tr("Stored in %1. Bearer tokens are never stored here: they stay in the keychain.")
                                 .arg(QDir::toNativeSeparators(m_settings.fileName())));
    m_ui->messageLabel->setStyleSheet(
        u"QLabel { padding: 6px; border-radius: 4px; background: #fbe3e4; color: #8a1f11; border: 1px solid #e6a1a6; }"_s);

    connect(m_ui->tlsModeComboBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTlsFields);
    connect(m_ui->tlsCertificateBrowsePushButton, &QPushButton::clicked, this,
            [this] { chooseFile(m_ui->tlsCertificateLineEdit, tr("Choose the certificate file")); });
    connect(m_ui->tlsKeyBrowsePushButton, &QPushButton::clicked, this,
            [this] { chooseFile(m_ui->tlsKeyLineEdit, tr("Choose the private key file")); });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const auto select = [](QComboBox *box, const QVariant &value) {
        const int index = box->findData(value);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    select(m_ui->languageComboBox, m_settings.language());
    select(m_ui->appearanceComboBox, int(m_settings.appearance()));
    select(m_ui->tlsModeComboBox, int(m_settings.tlsMode()));
    m_ui->listenAddressLineEdit->setText(m_settings.listenAddress());
    m_ui->listenPortLineEdit->setText(QString::number(m_settings.listenPort()));
    m_ui->tlsCertificateLineEdit->setText(m_settings.tlsCertificateFile());
    m_ui->tlsKeyLineEdit->setText(m_settings.tlsKeyFile());
    m_ui->tokenExpirySpinBox->setRange(1, AppSettings::MaxTokenExpiryDays);
    m_ui->tokenExpirySpinBox->setValue(m_settings.tokenExpiryDays());
    m_ui->journalRetentionSpinBox->setRange(0, AppSettings::MaxJournalRetentionDays);
    m_ui->journalRetentionSpinBox->setValue(m_settings.journalRetentionDays());
    updateTlsFields();
    showMessage({});
}

void SettingsDialog::updateTlsFields()
{
    const bool files =
        AppSettings::TlsMode(m_ui->tlsModeComboBox->currentData().toInt()) == AppSettings::TlsMode::PemFiles;
    const QList<QWidget *> fileFields{
        m_ui->tlsCertificateLabel, m_ui->tlsCertificateLineEdit, m_ui->tlsCertificateBrowsePushButton,
        m_ui->tlsKeyLabel,         m_ui->tlsKeyLineEdit,         m_ui->tlsKeyBrowsePushButton};
    for (QWidget *widget : fileFields)
        widget->setEnabled(files);
}

void SettingsDialog::chooseFile(QLineEdit *target, const QString &caption)
{
    const QString chosen = QFileDialog::getOpenFileName(this, caption, QFileInfo(target->text()).absolutePath(),
                                                        tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!chosen.isEmpty())
        target->setText(chosen);
}

QString SettingsDialog::problem(QWidget **where) const
{
    const QString address = m_ui->listenAddressLineEdit->text().trimmed();
    if (QString p = AppSettings::listenAddressProblem(address); !p.isEmpty()) {
        *where = m_ui->listenAddressLineEdit;
        return p;
    }
    bool isNumber = false;
    const int port = m_ui->listenPortLineEdit->text().trimmed().toInt(&isNumber);
    if (QString p = AppSettings::listenPortProblem(isNumber ? port : 0); !p.isEmpty()) {
        *where = m_ui->listenPortLineEdit;
        return p;
    }
    const auto mode = AppSettings::TlsMode(m_ui->tlsModeComboBox->currentData().toInt());
    const bool loopback = address == u"localhost"_s || QHostAddress(address).isLoopback();
    if (mode == AppSettings::TlsMode::Off && !loopback) {
        *where = m_ui->tlsModeComboBox;
        return tr("Without HTTPS the listener only accepts 127.0.0.1, ::1 or localhost: on %1, bearer tokens would "
                  "cross the network in clear. Turn on HTTPS or use a loopback address.")
            .arg(address);
    }
    // Paths are kept even while HTTPS is off, so a token pasted into one is caught here, before anything is written.
    for (QLineEdit *edit : {m_ui->tlsCertificateLineEdit, m_ui->tlsKeyLineEdit}) {
        if (AppSettings::looksLikeToken(edit->text())) {
            *where = edit;
            return tr("\"%1\" holds what looks like a bearer token. Tokens belong in the keychain, never in the "
                      "settings.")
                .arg(edit->accessibleName());
        }
    }
    if (mode == AppSettings::TlsMode::PemFiles) {
        const struct
        {
            QLineEdit *edit;
            QString missing;
            QString absent;
            QString unreadable;
        } files[] = {
            {m_ui->tlsCertificateLineEdit, tr("Choose the certificate file (PEM)."),
             tr("The certificate file %1 does not exist."), tr("The certificate file %1 cannot be read.")},
            {m_ui->tlsKeyLineEdit, tr("Choose the private key file (PEM)."), tr("The key file %1 does not exist."),
             tr("The key file %1 cannot be read.")},
        };
        for (const auto &file : files) {
            const QString path = file.edit->text().trimmed();
            const QFileInfo info(path);
            QString p;
            if (path.isEmpty())
                p = file.missing;
            else if (!info.exists() || info.isDir())
                p = file.absent.arg(path);
            else if (!info.isReadable())
                p = file.unreadable.arg(path);
            if (!p.isEmpty()) {
                *where = file.edit;
                return p;
            }
        }
    }
    return {};
}

bool SettingsDialog::apply()
{
    QWidget *where = nullptr;
    if (const QString p = problem(&where); !p.isEmpty()) {
        showMessage(p);
        if (where)
            where->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // The form was checked above with the same rules the setters apply, so they accept every value; a refusal
    // here would still be shown rather than lost.
    const AppSettings::Result results[] = {
        m_settings.setLanguage(m_ui->languageComboBox->currentData().toString()),
        m_settings.setAppearance(AppSettings::Appearance(m_ui->appearanceComboBox->currentData().toInt())),
        m_settings.setListenAddress(m_ui->listenAddressLineEdit->text().trimmed()),
        m_settings.setListenPort(m_ui->listenPortLineEdit->text().trimmed().toInt()),
        m_settings.setTlsMode(AppSettings::TlsMode(m_ui->tlsModeComboBox->currentData().toInt())),
        m_settings.setTlsCertificateFile(m_ui->tlsCertificateLineEdit->text().trimmed()),
        m_settings.setTlsKeyFile(m_ui->tlsKeyLineEdit->text().trimmed()),
        m_settings.setTokenExpiryDays(m_ui->tokenExpirySpinBox->value()),
        m_settings.setJournalRetentionDays(m_ui->journalRetentionSpinBox->value()),
    };
    for (const AppSettings::Result &result : results) {
        if (!result) {
            showMessage(result.error());
            return false;
        }
    }
    if (const AppSettings::Result saved = m_settings.save(); !saved) {
        showMessage(saved.error());
        return false;
    }
    showMessage({});
    Q_EMIT applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace scimdesk
