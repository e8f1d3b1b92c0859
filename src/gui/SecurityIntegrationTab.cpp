// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecurityIntegrationTab.h"

#include "DirectoryTableModels.h"
#include "access/Profile.h"
#include "http/TlsIdentity.h"
#include "settings/AppSettings.h"
#include "ui_NewDirectoryDialog.h"
#include "ui_SecurityIntegrationTab.h"
#include "ui_TokenDialog.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHostAddress>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidgetItemIterator>
#include <QUrl>

namespace scimdesk {

namespace {

QString profileHelp(const QString &name)
{
    const Profile &p = Profile::byName(name);
    switch (p.groups) {
    case Profile::GroupPolicy::CustomRole:
        return NewDirectoryDialog::tr("Each pushed group becomes a custom role; the user attribute %1 makes a user "
                                      "orgadmin. Deactivated users leave the org and keep their record.")
            .arg(p.defaultAdminAttribute);
    case Profile::GroupPolicy::AssignRoles:
        return NewDirectoryDialog::tr("Pushed groups are groups; you assign roles to them here and members inherit "
                                      "them. Deactivation suspends a user; nothing is deleted.");
    case Profile::GroupPolicy::Refused:
        return NewDirectoryDialog::tr("Users only: no groups and no imports. Okta may change only the display name; "
                                      "deactivation revokes the workspace role and keeps the account.");
    case Profile::GroupPolicy::Plain:
        break;
    }
    if (p.userNameMustBeEmail)
        return NewDirectoryDialog::tr("userName must be an email; Import Groups must stay off in Okta; one primary "
                                      "directory per organization.");
    return NewDirectoryDialog::tr("Plain SCIM 2.0 with Okta's request shapes.");
}

bool isLoopback(const QHostAddress &a)
{
    return a.isLoopback();
}

} // namespace

NewDirectoryDialog::NewDirectoryDialog(int tokenDays, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewDirectoryDialog>())
{
    m_ui->setupUi(this);
    m_ui->expirySpin->setValue(tokenDays);
    for (const QString &name : Profile::names())
        m_ui->profileCombo->addItem(Profile::byName(name).title, name);
    auto help = [this] { m_ui->profileHelp->setText(profileHelp(m_ui->profileCombo->currentData().toString())); };
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, help);
    help();
    m_ui->errorLabel->setVisible(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewDirectoryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewDirectoryDialog::~NewDirectoryDialog() = default;

DirectoryAdmin::NewDirectory NewDirectoryDialog::spec() const
{
    DirectoryAdmin::NewDirectory s;
    s.name = m_ui->nameEdit->text().trimmed();
    s.profile = m_ui->profileCombo->currentData().toString();
    s.environment = m_ui->environmentEdit->text().trimmed();
    s.organization = m_ui->organizationEdit->text().trimmed();
    s.primary = m_ui->primaryCheck->isChecked();
    s.expiresInMs = qint64(m_ui->expirySpin->value()) * 24 * 3600 * 1000;
    return s;
}

void NewDirectoryDialog::accept()
{
    const QString error = DirectoryAdmin::validateName(spec().name);
    if (!error.isEmpty()) {
        m_ui->errorLabel->setText(error);
        m_ui->errorLabel->setVisible(true);
        m_ui->nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}

TokenDialog::TokenDialog(const QString &directory, const QByteArray &token, const QString &keychainNote,
                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TokenDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->introLabel->setText(tr("The bearer token of <b>%1</b>. In Okta, open the app's Provisioning &gt; "
                                 "Integration, choose HTTP Header authentication and paste it as the token.")
                                  .arg(directory.toHtmlEscaped()));
    m_ui->tokenEdit->setText(QString::fromLatin1(token));
    m_ui->tokenEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->warningLabel->setText(
        tr("<b>You will not see this token again here:</b> ScimDesk stores only its hash in the database."));
    m_ui->keychainLabel->setText(keychainNote);
    m_ui->copyButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->tokenEdit->text());
        m_ui->copyButton->setText(tr("Copied"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TokenDialog::~TokenDialog() = default;

SecurityIntegrationTab::SecurityIntegrationTab(ConsoleBackend &backend, QWidget *parent)
    : QWidget(parent), m_backend(backend), m_ui(std::make_unique<Ui::SecurityIntegrationTab>())
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({360, 820});
    m_ui->directoriesTree->setIndentation(14);
    QHeaderView *header = m_ui->directoriesTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->copyUrlButton->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_ui->newDirectoryButton->setIcon(QIcon(QStringLiteral(":/icons/directory.svg")));
    m_ui->copyTokenButton->setIcon(QIcon(QStringLiteral(":/icons/key.svg")));
    m_ui->startListenerButton->setIcon(QIcon(QStringLiteral(":/icons/start.svg")));
    m_ui->stopListenerButton->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_ui->overlapCombo->addItem(tr("Old token stops at once"), 0);
    m_ui->overlapCombo->addItem(tr("Old token works 10 more minutes"), 10 * 60'000);
    m_ui->overlapCombo->addItem(tr("Old token works 1 more hour"), 3600'000);
    m_ui->overlapCombo->addItem(tr("Old token works 1 more day"), 24 * 3600'000);
    m_ui->tlsCombo->addItem(tr("Off (HTTP)"), QStringLiteral("off"));
    m_ui->tlsCombo->addItem(tr("Self-signed certificate (HTTPS)"), QStringLiteral("self-signed"));
    m_ui->tlsCombo->addItem(tr("Certificate and key from the settings (HTTPS)"), QStringLiteral("pem"));
    m_ui->addressEdit->setText(QStringLiteral("127.0.0.1:7643"));
    m_ui->checklistHint->setText(tr("What to enter in Okta for this directory's profile. Items tick themselves as "
                                    "Okta's requests arrive."));
    for (QWidget *w : {static_cast<QWidget *>(m_ui->integrationGroup), static_cast<QWidget *>(m_ui->checklistGroup)})
        w->setEnabled(false);

    connect(m_ui->directoriesTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString name = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (!name.isEmpty() && name != m_current) {
            m_current = name;
            emit directorySelected(name);
        }
    });
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->baseUrlEdit->text());
        emit message(tr("Copied the base URL: paste it as the SCIM connector base URL in Okta."), false);
    });
    connect(m_ui->newDirectoryButton, &QPushButton::clicked, this, [this] {
        NewDirectoryDialog dialog(m_tokenDays, this);
        if (dialog.exec() == QDialog::Accepted)
            m_backend.createDirectory(dialog.spec());
    });
    connect(&m_backend, &ConsoleBackend::tokenIssued, this,
            [this](const QString &directory, const QByteArray &token, const QString &note) {
                auto *dialog = new TokenDialog(directory, token, note, this);
                dialog->setObjectName(QStringLiteral("tokenDialog"));
                dialog->open();
                selectDirectory(directory);
            });
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this] {
        const qint64 overlap = m_ui->overlapCombo->currentData().toLongLong();
        QString question =
            overlap == 0 ? tr("Issue a new token for %1 and revoke the current one at once? Okta fails until you "
                              "enter the new token.")
                               .arg(m_current)
                         : tr("Issue a new token for %1? The current one keeps working for the overlap you chose, "
                              "then retires by itself.")
                               .arg(m_current);
        const QString owner = m_tokenOwnedByAdmin ? m_operatorName : QString();
        if (!owner.isEmpty()) {
            question += u'\n' + tr("The token will belong to %1, the operator, and work only while they hold "
                                   "orgadmin.")
                                    .arg(owner);
        }
        if (QMessageBox::question(this, tr("Rotate the token"), question) == QMessageBox::Yes)
            m_backend.rotateToken(m_current, overlap, owner);
    });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::warning(
            this, tr("Revoke the token"),
            tr("Revoke every token of %1? Okta's requests will fail with 401 until a new token is issued and "
               "entered.")
                .arg(m_current),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_backend.revokeTokens(m_current);
    });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, [this] { m_backend.readToken(m_current); });
    connect(&m_backend, &ConsoleBackend::tokenRead, this,
            [this](const QString &directory, bool ok, const QByteArray &token, const QString &error) {
                if (directory != m_current)
                    return;
                if (ok) {
                    QGuiApplication::clipboard()->setText(QString::fromLatin1(token));
                    emit message(tr("Copied the token of %1 from the system keychain.").arg(directory), false);
                } else {
                    emit message(tr("The token of %1 is not in the keychain (%2). Rotate it to issue a new one.")
                                     .arg(directory, error),
                                 true);
                }
            });
    connect(m_ui->startListenerButton, &QPushButton::clicked, this, &SecurityIntegrationTab::startListener);
    connect(m_ui->stopListenerButton, &QPushButton::clicked, &m_backend, &ConsoleBackend::stopListener);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &SecurityIntegrationTab::updateTlsHint);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &SecurityIntegrationTab::updateTlsHint);
    updateTlsHint();
}

SecurityIntegrationTab::~SecurityIntegrationTab() = default;

void SecurityIntegrationTab::setDefaults(const AppSettings &settings)
{
    m_tokenDays = settings.tokenExpiryDays();
    m_certificateFile = settings.tlsCertificateFile();
    m_keyFile = settings.tlsKeyFile();
    if (m_ui->addressEdit->isEnabled()) {
        m_ui->addressEdit->setText(settings.listenAddress() + u':' + QString::number(settings.listenPort()));
        const AppSettings::TlsMode mode = settings.tlsMode();
        m_ui->tlsCombo->setCurrentIndex(
            m_ui->tlsCombo->findData(mode == AppSettings::TlsMode::SelfSigned ? QStringLiteral("self-signed")
                                     : mode == AppSettings::TlsMode::PemFiles ? QStringLiteral("pem")
                                                                              : QStringLiteral("off")));
    }
}

std::expected<ListenerConfig, QString> SecurityIntegrationTab::listenerConfig() const
{
    const QUrl url = QUrl::fromUserInput(QStringLiteral("http://") + m_ui->addressEdit->text().trimmed());
    const QHostAddress address(url.host());
    if (!url.isValid() || address.isNull() || url.port() < 0 || url.port() > 65535) {
        return std::unexpected(tr("Enter the address as IP:PORT, e.g. 127.0.0.1:7643 (port 0 picks a free one)."));
    }
    ListenerConfig config;
    config.address = address;
    config.port = quint16(url.port());
    const QString mode = m_ui->tlsCombo->currentData().toString();
    const bool tls = mode != QLatin1StringView("off");
    if (!isLoopback(address) && !tls) {
        return std::unexpected(tr("%1 is reachable from the network: Okta's bearer token would cross it in clear text. "
                                  "Choose TLS, or listen on 127.0.0.1 behind your own HTTPS proxy.")
                                   .arg(address.toString()));
    }
    if (tls) {
        const QString directory = QFileInfo(m_backend.databasePath()).absolutePath();
        auto identity = mode == QLatin1StringView("pem")
                            ? TlsIdentity::loadPem(m_certificateFile, m_keyFile)
                            : TlsIdentity::selfSigned(directory, QSysInfo::machineHostName());
        if (!identity)
            return std::unexpected(identity.error());
        config.tlsCertificateChain = identity->chain;
        config.tlsPrivateKey = identity->privateKey;
    }
    return config;
}

void SecurityIntegrationTab::updateTlsHint()
{
    const QUrl url = QUrl::fromUserInput(QStringLiteral("http://") + m_ui->addressEdit->text().trimmed());
    const QHostAddress address(url.host());
    const QString mode = m_ui->tlsCombo->currentData().toString();
    const bool tls = mode != QLatin1StringView("off");
    QString hint;
    if (!address.isNull() && !isLoopback(address) && !tls)
        hint = tr("Anything but loopback needs TLS: the bearer token is in every request, and on the network it "
                  "must be encrypted.");
    else if (mode == QLatin1StringView("pem"))
        hint = m_certificateFile.isEmpty()
                   ? tr("Choose the PEM certificate and key in File > Settings first.")
                   : tr("HTTPS with %1 (fingerprint shown once the listener runs).").arg(m_certificateFile);
    else if (tls)
        hint = tr("HTTPS with a certificate ScimDesk generates and keeps next to its database; pin its fingerprint "
                  "(shown once the listener runs).");
    else
        hint = tr("Loopback only: reachable from this machine (use a tunnel or proxy with HTTPS for Okta's cloud).");
    m_ui->tlsHintLabel->setText(hint);
}

void SecurityIntegrationTab::startListener()
{
    const auto config = listenerConfig();
    if (!config) {
        emit message(config.error(), true);
        return;
    }
    m_backend.startListener(*config);
}

void SecurityIntegrationTab::setListenerStatus(const ListenerStatus &status)
{
    QString text;
    if (status.running) {
        text = tr("Listening on %1 (%2), %3 requests/s")
                   .arg(status.address, status.tls ? tr("HTTPS") : tr("HTTP"))
                   .arg(status.requestsPerSecond, 0, 'f', 1);
        if (status.tls && !status.fingerprint.isEmpty())
            text += QStringLiteral("\n") + tr("Certificate SHA-256: %1").arg(status.fingerprint);
    } else {
        text = status.error.isEmpty() ? tr("Stopped.") : tr("Stopped: %1").arg(status.error);
    }
    m_ui->listenerStatusLabel->setText(text);
    m_ui->startListenerButton->setEnabled(!status.running);
    m_ui->stopListenerButton->setEnabled(status.running);
    m_ui->addressEdit->setEnabled(!status.running);
    m_ui->tlsCombo->setEnabled(!status.running);
    if (!m_current.isEmpty())
        m_ui->baseUrlEdit->setText(m_backend.baseUrl(m_current));
}

void SecurityIntegrationTab::setDirectories(const QList<DirectorySummary> &directories)
{
    QTreeWidget *tree = m_ui->directoriesTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    QHash<QString, QTreeWidgetItem *> parents;
    QTreeWidgetItem *select = nullptr;
    for (const DirectorySummary &d : directories) {
        const QString env = d.record.environment.isEmpty() ? tr("(no environment)") : d.record.environment;
        const QString org = d.record.organization.isEmpty() ? tr("(no organization)") : d.record.organization;
        QTreeWidgetItem *envItem = parents.value(env);
        if (!envItem) {
            envItem = new QTreeWidgetItem(tree, {env});
            parents.insert(env, envItem);
        }
        QTreeWidgetItem *orgItem = parents.value(env + u'\n' + org);
        if (!orgItem) {
            orgItem = new QTreeWidgetItem(envItem, {org});
            parents.insert(env + u'\n' + org, orgItem);
        }
        auto *item =
            new QTreeWidgetItem(orgItem, {d.record.primary ? tr("%1 (primary)").arg(d.record.name) : d.record.name,
                                          Profile::byName(d.record.profile).title, d.tokenStatus});
        item->setData(0, Qt::UserRole, d.record.name);
        item->setIcon(0, QIcon(QStringLiteral(":/icons/directory.svg")));
        if (!d.warning.isEmpty()) {
            item->setIcon(2, QIcon(QStringLiteral(":/icons/warning.svg")));
            item->setToolTip(2, d.warning);
        }
        if (d.record.name == m_current)
            select = item;
    }
    tree->expandAll();
    if (!select && !directories.isEmpty() && m_current.isEmpty()) {
        // The first directory is selected, so the tabs show something at once.
        select = tree->topLevelItem(0)->child(0)->child(0);
        m_current = select->data(0, Qt::UserRole).toString();
        tree->setCurrentItem(select);
        emit directorySelected(m_current);
        return;
    }
    if (select)
        tree->setCurrentItem(select);
}

void SecurityIntegrationTab::selectDirectory(const QString &name)
{
    if (name == m_current)
        return;
    m_current = name;
    QTreeWidgetItemIterator it(m_ui->directoriesTree);
    for (; *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == name) {
            const QSignalBlocker blocker(m_ui->directoriesTree);
            m_ui->directoriesTree->setCurrentItem(*it);
        }
    }
}

void SecurityIntegrationTab::setDetail(const DirectoryDetail &detail)
{
    const DirectorySummary &s = detail.summary;
    if (s.record.name != m_current)
        return;
    m_ui->integrationGroup->setEnabled(true);
    m_ui->checklistGroup->setEnabled(true);
    m_ui->integrationGroup->setTitle(tr("Security integration: %1").arg(s.record.name));
    m_ui->baseUrlEdit->setText(m_backend.baseUrl(s.record.name));
    m_tokenOwnedByAdmin = Profile::byName(s.record.profile).tokenOwnedByAdmin;
    m_ui->profileLabel->setText(
        Profile::byName(s.record.profile).title +
        (s.record.adminAttribute.isEmpty() ? QString() : tr(" — admin attribute %1").arg(s.record.adminAttribute)));
    QString token;
    if (s.tokenStatus == QLatin1StringView("none"))
        token = tr("none issued");
    else if (s.expiresMs)
        token = tr("%1, expires %2").arg(s.tokenStatus, displayTime(*s.expiresMs));
    else
        token = tr("%1, never expires").arg(s.tokenStatus);
    if (!s.tokens.isEmpty() && !s.tokens.last().owner.isEmpty())
        token += tr(", belongs to %1").arg(s.tokens.last().owner);
    if (!s.warning.isEmpty())
        token += QStringLiteral("\n⚠ ") + s.warning;
    m_ui->tokenStatusLabel->setText(token);
    m_ui->lastUsedLabel->setText(s.lastUsedMs ? tr("%1 by %2").arg(displayTime(*s.lastUsedMs), s.lastUsedBy)
                                              : tr("never — Okta has not connected yet"));
    m_ui->revokeButton->setEnabled(s.tokenStatus == QLatin1StringView("active"));

    QListWidget *list = m_ui->checklistList;
    list->clear();
    for (const ChecklistItem &c : detail.checklist) {
        auto *item = new QListWidgetItem(list);
        item->setText(c.detail.isEmpty() ? c.text : c.text + u'\n' + c.detail);
        item->setIcon(QIcon(c.state == ChecklistItem::State::Done      ? QStringLiteral(":/icons/done.svg")
                            : c.state == ChecklistItem::State::Warning ? QStringLiteral(":/icons/warning.svg")
                                                                       : QStringLiteral(":/icons/pending.svg")));
        item->setData(Qt::UserRole, int(c.state));
        item->setData(Qt::AccessibleDescriptionRole, c.state == ChecklistItem::State::Done      ? tr("done")
                                                     : c.state == ChecklistItem::State::Warning ? tr("needs attention")
                                                                                                : tr("not yet seen"));
    }
}

} // namespace scimdesk
