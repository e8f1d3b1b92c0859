// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console window with a real listener, a real database and the real keychain: widgets found and clicked by
// object name, models checked with QAbstractItemModelTester, and Okta's traffic from the simulator. With
// SCIMDESK_SCREENSHOT_DIR set, it also saves each tab as a PNG.

#include "AccessTreeModel.h"
#include "Appearance.h"
#include "DirectoryTableModels.h"
#include "MainWindow.h"
#include "OnboardingWizard.h"
#include "SimulatorTab.h"
#include "service/DirectoryAdmin.h"
#include "settings/AppSettings.h"
#include "simulator/ProvisioningEngine.h"
#include "simulator/Scenario.h"
#include "store/Database.h"
#include "store/JournalRepository.h"
#include "support/Screenshot.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QWizard>

using namespace scimdesk;
using scimdesk::test::screenshot;

namespace {

QByteArray createDirectory(const QString &path, const QString &name, const QString &profile)
{
    auto db = Database::open(path, QStringLiteral("setup-") + name);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    DirectoryAdmin::NewDirectory spec;
    spec.name = name;
    spec.profile = profile;
    spec.organization = QStringLiteral("Example Corp");
    spec.environment = QStringLiteral("production");
    auto created = DirectoryAdmin(**db).create(spec, QDateTime::currentMSecsSinceEpoch());
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return created->token;
}

quint16 portOf(const QString &listenerText)
{
    return quint16(listenerText.section(u':', 3).section(u' ', 0, 0).toUInt());
}

// Index of the top-level row named `name` in a tree view's model.
QModelIndex topLevel(QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsDirectoriesWithTheirBaseUrls();
    void saysSoWhenThePortIsTaken();
    void refusesAnInsecureNonLoopbackListener();
    void createsADirectoryAndShowsItsTokenOnce();
    void showsOktaTrafficInEveryTab();
    void warnsAboutAGroupBothAssignedAndPushed();
    void walksThroughTheSeedGuide_data();
    void walksThroughTheSeedGuide();
    void appliesTheSettingsAtStart();
};

void TestMainWindow::showsDirectoriesWithTheirBaseUrls()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    createDirectory(path, QStringLiteral("acme"), QStringLiteral("deltastream"));
    createDirectory(path, QStringLiteral("globex"), QStringLiteral("generic"));
    MainWindow window(path);
    window.resize(1180, 760);
    window.show();
    window.startListener(0);
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("directoriesTree"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->topLevelItemCount(), 1); // one environment
    QTreeWidgetItem *org = tree->topLevelItem(0)->child(0);
    QCOMPARE(org->text(0), QStringLiteral("Example Corp"));
    QCOMPARE(org->childCount(), 2);
    QCOMPARE(org->child(0)->text(1), QStringLiteral("DeltaStream"));
    QCOMPARE(org->child(0)->text(2), QStringLiteral("active"));
    // The first directory is shown at once, with its base URL on the running listener.
    auto *url = window.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    QTRY_VERIFY(url->text().startsWith(QLatin1StringView("http://127.0.0.1:")));
    QVERIFY(url->text().endsWith(QLatin1StringView("/scim/v2/acme")));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("messageLabel"))->isVisible());
    window.findChild<QToolButton *>(QStringLiteral("copyUrlButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url->text());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(u"Copied the base URL"));
    // Choosing the other directory in the toolbar shows it.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("directoryCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("globex")));
    QTRY_VERIFY(url->text().endsWith(QLatin1StringView("/scim/v2/globex")));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("listenerLabel"))->text().contains(u"127.0.0.1"));
}

void TestMainWindow::saysSoWhenThePortIsTaken()
{
    QTemporaryDir dir;
    MainWindow first(dir.filePath(QStringLiteral("a.sqlite")));
    first.startListener(0);
    const quint16 port = portOf(first.findChild<QLabel *>(QStringLiteral("listenerLabel"))->text());
    QVERIFY(port > 0);
    MainWindow second(dir.filePath(QStringLiteral("b.sqlite")));
    second.show();
    second.startListener(port);
    auto *message = second.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1StringView("already in use")), qPrintable(message->text()));
}

void TestMainWindow::refusesAnInsecureNonLoopbackListener()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("c.sqlite")));
    window.show();
    auto *address = window.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    address->setText(QStringLiteral("0.0.0.0:0"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("tlsHintLabel"))->text().contains(u"needs TLS"));
    window.findChild<QPushButton *>(QStringLiteral("startListenerButton"))->click();
    auto *message = window.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1StringView("clear text")), qPrintable(message->text()));
    QVERIFY(!window.backend().listenerStatus().running);
    // With TLS it starts, and shows the certificate's fingerprint to pin.
    auto *tls = window.findChild<QComboBox *>(QStringLiteral("tlsCombo"));
    tls->setCurrentIndex(tls->findData(QStringLiteral("self-signed")));
    address->setText(QStringLiteral("127.0.0.1:0"));
    window.findChild<QPushButton *>(QStringLiteral("startListenerButton"))->click();
    QVERIFY(window.backend().listenerStatus().running);
    QVERIFY(window.backend().listenerStatus().tls);
    auto *status = window.findChild<QLabel *>(QStringLiteral("listenerStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1StringView("HTTPS")) && status->text().contains(u"SHA-256"),
             qPrintable(status->text()));
}

void TestMainWindow::createsADirectoryAndShowsItsTokenOnce()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("d.sqlite")));
    window.show();
    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        // A bad name is refused in the dialog with a plain message.
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("bad_name"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(u"'_'"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("deltastream-prod"));
        auto *profile = dialog->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        profile->setCurrentIndex(profile->findData(QStringLiteral("deltastream")));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    window.findChild<QPushButton *>(QStringLiteral("newDirectoryButton"))->click();
    QDialog *tokenDialog = nullptr;
    QTRY_VERIFY((tokenDialog = window.findChild<QDialog *>(QStringLiteral("tokenDialog"))) != nullptr);
    const QString token = tokenDialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->text();
    QVERIFY(token.startsWith(u"scimdesk_"));
    QCOMPARE(token.size(), 9 + 43); // the prefix, then 256 bits in base64url
    QVERIFY(tokenDialog->findChild<QLabel *>(QStringLiteral("warningLabel"))->text().contains(u"not see this token"));
    QVERIFY2(tokenDialog->findChild<QLabel *>(QStringLiteral("keychainLabel"))->text().contains(u"keychain"),
             qPrintable(tokenDialog->findChild<QLabel *>(QStringLiteral("keychainLabel"))->text()));
    tokenDialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    screenshot(*tokenDialog, QStringLiteral("token-dialog"));
    tokenDialog->close();
    QGuiApplication::clipboard()->clear();
    // The copy in the keychain can be copied again.
    QTRY_COMPARE(window.currentDirectory(), QStringLiteral("deltastream-prod"));
    auto *copyAgain = window.findChild<QPushButton *>(QStringLiteral("copyTokenButton"));
    QTRY_VERIFY(copyAgain->isEnabled());
    copyAgain->click();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), token);
}

void TestMainWindow::showsOktaTrafficInEveryTab()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.sqlite"));
    const QByteArray token = createDirectory(path, QStringLiteral("deltastream"), QStringLiteral("deltastream"));
    MainWindow window(path);
    window.resize(1180, 760);
    window.show();
    window.startListener(0);
    QVERIFY(window.backend().listenerStatus().running);

    auto scenario = sim::Scenario::load(QStringLiteral(SCIMDESK_SCENARIOS "/deltastream.json"));
    QVERIFY2(scenario, qPrintable(scenario ? QString() : scenario.error()));
    sim::EngineConfig config;
    config.baseUrl = window.backend().baseUrl(QStringLiteral("deltastream"));
    config.token = token;
    sim::ProvisioningEngine engine(scenario->org, config);
    for (const sim::ActionResult &r : engine.runAll(scenario->steps))
        QVERIFY2(r.ok, qPrintable(r.step.action + QStringLiteral(": ") + r.message));

    // Security Integration: the checklist ticked itself from Okta's connection test and first requests.
    auto *checklist = window.findChild<QListWidget *>(QStringLiteral("checklistList"));
    QTRY_VERIFY(checklist->count() > 5 &&
                checklist->item(0)->data(Qt::UserRole).toInt() == int(ChecklistItem::State::Done));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabWidget"));
    // The status bar shows the tamper-evident journal's heads, and how to verify them.
    auto *chain = window.findChild<QLabel *>(QStringLiteral("chainHeadLabel"));
    QTRY_VERIFY2(chain->text().contains(u"journal #"), qPrintable(chain->text()));
    QVERIFY(chain->toolTip().contains(u"scimdesk audit verify --database"));
    screenshot(window, QStringLiteral("security-integration"));

    // Assignments: three users; ada's row says she is an admin with orgadmin.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("assignmentsTab")));
    auto *users = window.findChild<QTableView *>(QStringLiteral("usersView"));
    QTRY_COMPARE(users->model()->rowCount(), 3);
    QAbstractItemModelTester usersTester(users->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.findChild<QLineEdit *>(QStringLiteral("userSearchEdit"))->setText(QStringLiteral("ada"));
    QCOMPARE(users->model()->rowCount(), 1);
    QVERIFY(users->model()->index(0, UsersTableModel::Roles).data().toString().contains(u"orgadmin"));
    QCOMPARE(users->model()->index(0, UsersTableModel::Admin).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    users->setCurrentIndex(users->model()->index(0, 0));
    auto *journal = window.findChild<QTreeWidget *>(QStringLiteral("journalTree"));
    QTRY_VERIFY(journal->topLevelItemCount() > 0);
    screenshot(window, QStringLiteral("assignments"));

    // Push Groups: engineering (renamed from development) is a role.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("pushGroupsTab")));
    auto *groups = window.findChild<QTableView *>(QStringLiteral("groupsView"));
    QTRY_COMPARE(groups->model()->rowCount(), 1);
    QCOMPARE(groups->model()->index(0, GroupsTableModel::Role).data().toString(), QStringLiteral("engineering"));
    groups->setCurrentIndex(groups->model()->index(0, 0));
    QVERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("historyText"))->toPlainText().contains(u"renamed"));
    screenshot(window, QStringLiteral("push-groups"));

    // Role Mappings: engineering has no privileges (a warning) and two holders through its push group.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roleMappingsTab")));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("accessTree"));
    QAbstractItemModelTester treeTester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndex engineering;
    QTRY_VERIFY((engineering = topLevel(tree->model(), QStringLiteral("engineering"))).isValid());
    QCOMPARE(engineering.siblingAtColumn(1).data().toString(), QStringLiteral("no privileges"));
    QVERIFY(!engineering.data(AccessTreeModel::WarningRole).toString().isEmpty());
    const QModelIndex via = tree->model()->index(0, 0, engineering);
    QCOMPARE(via.data().toString(), QStringLiteral("push group engineering"));
    QCOMPARE(tree->model()->rowCount(via), 2);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("warningsLabel"))->text().contains(u"engineering"));

    // ada, a provisioned orgadmin, retired the bootstrap administrator: she is the operator now.
    auto *op = window.findChild<QComboBox *>(QStringLiteral("operatorCombo"));
    QTRY_COMPARE(op->currentText(), QStringLiteral("ada@deltastream.test"));
    auto *role = window.findChild<QComboBox *>(QStringLiteral("roleCombo"));
    auto *grant = window.findChild<QPushButton *>(QStringLiteral("grantButton"));
    auto *privilege = window.findChild<QComboBox *>(QStringLiteral("privilegeCombo"));
    privilege->setCurrentText(QStringLiteral("CREATE_DATABASE"));
    tree->setCurrentIndex(engineering);
    // Under the public role she may not grant: the button says why.
    role->setCurrentIndex(role->findData(QStringLiteral("public")));
    QTRY_VERIFY2(!grant->isEnabled() && grant->toolTip().contains(u"MANAGE_GRANTS"),
                 qPrintable(grant->toolTip() + QString::number(grant->isEnabled()) + role->currentText()));
    // Under orgadmin she may.
    role->setCurrentIndex(role->findData(QStringLiteral("orgadmin")));
    QTRY_VERIFY(grant->isEnabled());
    grant->click();
    QTRY_COMPARE(topLevel(tree->model(), QStringLiteral("engineering")).siblingAtColumn(1).data().toString(),
                 QStringLiteral("CREATE_DATABASE"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(u"granted CREATE_DATABASE"));
    // The reverse view: user → role → why.
    window.findChild<QRadioButton *>(QStringLiteral("byUserRadio"))->click();
    const QModelIndex ada = topLevel(tree->model(), QStringLiteral("ada@deltastream.test"));
    QVERIFY(ada.isValid());
    QCOMPARE(tree->model()->index(0, 0, ada).data().toString(), QStringLiteral("orgadmin"));
    QCOMPARE(tree->model()->index(0, 1, ada).data().toString(), QStringLiteral("admin attribute deltastreamOrgadmin"));
    window.findChild<QRadioButton *>(QStringLiteral("byRoleRadio"))->click();
    tree->expandAll();
    screenshot(window, QStringLiteral("role-mappings"));

    // The Provisioning Log lists the requests; the Simulator tab is ready for this directory.
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("provisioningLogTab")));
    auto *log = window.findChild<QWidget *>(QStringLiteral("provisioningLogTab"))->findChild<QTableView *>();
    QVERIFY(log);
    QTRY_VERIFY2(log->model()->rowCount() > 20, qPrintable(QString::number(log->model()->rowCount())));
    screenshot(window, QStringLiteral("provisioning-log"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("simulatorTab")));
    screenshot(window, QStringLiteral("simulator"));
}

void TestMainWindow::warnsAboutAGroupBothAssignedAndPushed()
{
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("warn.sqlite")));
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("warningsLabel"));
    QVERIFY(!label->text().contains(u"both assigns"));
    window.findChild<SimulatorTab *>(QStringLiteral("simulatorTab"))->session().edit([](sim::OktaOrg &org) {
        sim::Group g;
        g.name = QStringLiteral("Everyone");
        g.assign = true;
        g.push = true;
        org.groups.append(g);
    });
    QTRY_VERIFY2(label->text().contains(u"Everyone both assigns the app and is pushed"), qPrintable(label->text()));
}

void TestMainWindow::walksThroughTheSeedGuide_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("deltastream") << QStringLiteral("deltastream");
    QTest::newRow("datahub") << QStringLiteral("datahub");
    QTest::newRow("scim-setup") << QStringLiteral("scim-setup");
    QTest::newRow("rudderstack") << QStringLiteral("rudderstack");
}

void TestMainWindow::walksThroughTheSeedGuide()
{
    QFETCH(QString, profile);
    QTemporaryDir dir;
    MainWindow window(dir.filePath(QStringLiteral("walk.sqlite")));
    window.resize(1180, 760);
    window.show();
    window.startListener(0);
    OnboardingWizard *wizard = window.openWalkthrough();
    auto *combo = wizard->findChild<QComboBox *>(QStringLiteral("walkProfileCombo"));
    combo->setCurrentIndex(combo->findData(profile));
    wizard->findChild<QLineEdit *>(QStringLiteral("walkDirectoryEdit"))->setText(profile + QStringLiteral("-walk"));
    for (int step = 1; step <= 7; ++step) {
        QWizardPage *page = wizard->currentPage();
        QCOMPARE(page->objectName(), QStringLiteral("walkPage%1").arg(step));
        // Next stays disabled until the step's effect is verified in ScimDesk.
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled() || step == 7);
        page->findChild<QPushButton *>(QStringLiteral("walkDoButton"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(page->isComplete(),
                                  qPrintable(page->title() + QStringLiteral(": ") +
                                             page->findChild<QLabel *>(QStringLiteral("walkStatusLabel"))->text()),
                                  20'000);
        if (profile == QLatin1StringView("deltastream") && (step == 1 || step == 7))
            screenshot(*wizard, QStringLiteral("walkthrough-step%1").arg(step));
        if (step < 7)
            wizard->next();
    }
    QCOMPARE(window.currentDirectory(), profile + QStringLiteral("-walk"));
    // What the guide promised is in the console's data: for DeltaStream an orgadmin and a granted custom role.
    if (profile == QLatin1StringView("deltastream")) {
        window.findChild<QTabWidget *>(QStringLiteral("tabWidget"))
            ->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("roleMappingsTab")));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("accessTree"));
        QTRY_COMPARE(topLevel(tree->model(), QStringLiteral("development")).siblingAtColumn(1).data().toString(),
                     QStringLiteral("CREATE_DATABASE"));
        QVERIFY(tree->model()->rowCount(topLevel(tree->model(), QStringLiteral("orgadmin"))) > 0);
    }
    wizard->accept();
}

QTEST_MAIN(TestMainWindow)
// The settings take effect when the console starts: journal retention prunes what is older (keeping the chain
// verifiable through a checkpoint), and the appearance sets the style and palette.
void TestMainWindow::appliesTheSettingsAtStart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("retention.sqlite"));
    const qint64 day = 24 * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    {
        auto db = Database::open(path, QStringLiteral("seed-journal"));
        QVERIFY(db);
        for (const qint64 age : {90 * day, 60 * day, 2 * day}) {
            JournalEntry e;
            e.atMs = now - age;
            e.directory = QStringLiteral("kept");
            e.method = QStringLiteral("GET");
            e.path = QStringLiteral("/scim/v2/kept/Users");
            e.status = 200;
            e.meaning = QStringLiteral("listed users");
            QVERIFY((*db)->begin());
            QVERIFY(JournalRepository(**db).append(e));
            QVERIFY((*db)->commit());
        }
    }
    createDirectory(path, QStringLiteral("kept"), QStringLiteral("generic")); // journals its token now
    AppSettings settings;
    QVERIFY(settings.setJournalRetentionDays(30));
    QVERIFY(settings.setAppearance(AppSettings::Appearance::Dark));
    QVERIFY(settings.save());
    auto restore = qScopeGuard([] {
        QFile::remove(AppSettings().fileName());
        applyAppearance(AppSettings::Appearance::System);
    });

    MainWindow window(path);
    window.show();
    auto db = Database::open(path, QStringLiteral("check-journal"));
    QVERIFY(db);
    auto count = [&](const QString &where) {
        qint64 n = -1;
        (*db)->select(QStringLiteral("SELECT COUNT(*) FROM journal WHERE ") + where, {}, [&](const SqlRow &row) {
            n = row.int64(0);
            return false;
        });
        return n;
    };
    const QString old = QStringLiteral("at_ms < %1").arg(now - 30 * day);
    QTRY_COMPARE(count(old), 0);
    QCOMPARE(count(QStringLiteral("at_ms = %1").arg(now - 2 * day)), 1); // the recent entry is kept
    QCOMPARE(count(QStringLiteral("method = 'AUDIT'")), 1);              // and the checkpoint recorded
    auto *message = window.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message);
    QTRY_VERIFY2(message->text().contains(QStringLiteral("Journal retention removed 2 entries older than 30 days")),
                 qPrintable(message->text()));
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
}

#include "tst_main_window.moc"
