// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings dialog with real widgets found by object name, offscreen, writing a real INI file. With
// SCIMDESK_SCREENSHOT_DIR set, it also saves what it shows.

#include "SettingsDialog.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace scimdesk;
using namespace Qt::StringLiterals;

namespace {

template <typename W>
W *child(QWidget &dialog, const QString &name)
{
    auto *widget = dialog.findChild<W *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

void choose(QWidget &dialog, const QString &comboName, const QVariant &data)
{
    auto *box = child<QComboBox>(dialog, comboName);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(comboName));
    box->setCurrentIndex(index);
}

void type(QWidget &dialog, const QString &lineEditName, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, lineEditName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget &dialog, QDialogButtonBox::StandardButton which)
{
    QPushButton *button = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

QString message(QWidget &dialog)
{
    auto *label = child<QLabel>(dialog, u"messageLabel"_s);
    return label->isVisible() ? label->text() : QString();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okWritesEveryFieldToTheIniFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scimdesk.ini"_s);
        const QString certificate = dir.filePath(u"chain.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QVERIFY(writeFile(certificate, "-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(writeFile(key, "-----BEGIN PRIVATE KEY-----\n"));

        AppSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(dialog, u"languageComboBox"_s, u"de"_s);
        choose(dialog, u"appearanceComboBox"_s, int(AppSettings::Appearance::Dark));
        type(dialog, u"listenAddressLineEdit"_s, u"0.0.0.0"_s);
        type(dialog, u"listenPortLineEdit"_s, u"9443"_s);
        choose(dialog, u"tlsModeComboBox"_s, int(AppSettings::TlsMode::PemFiles));
        QVERIFY(child<QLineEdit>(dialog, u"tlsCertificateLineEdit"_s)->isEnabled());
        type(dialog, u"tlsCertificateLineEdit"_s, certificate);
        type(dialog, u"tlsKeyLineEdit"_s, key);
        child<QSpinBox>(dialog, u"tokenExpirySpinBox"_s)->setValue(90);
        child<QSpinBox>(dialog, u"journalRetentionSpinBox"_s)->setValue(30);
        QSignalSpy applied(&dialog, &SettingsDialog::applied);

        if (const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(u"settings-dialog.png"_s)));
        }

        click(dialog, QDialogButtonBox::Ok);
        QCOMPARE(message(dialog), QString());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(applied.count(), 1);

        // Read back by a QSettings of its own: the values are in the file, not only in memory.
        const QSettings ini(path, QSettings::IniFormat);
        QCOMPARE(ini.value(u"interface/language"_s).toString(), u"de"_s);
        QCOMPARE(ini.value(u"interface/appearance"_s).toString(), u"dark"_s);
        QCOMPARE(ini.value(u"listener/address"_s).toString(), u"0.0.0.0"_s);
        QCOMPARE(ini.value(u"listener/port"_s).toInt(), 9443);
        QCOMPARE(ini.value(u"listener/tls"_s).toString(), u"pem"_s);
        QCOMPARE(ini.value(u"listener/tlsCertificateFile"_s).toString(), certificate);
        QCOMPARE(ini.value(u"listener/tlsKeyFile"_s).toString(), key);
        QCOMPARE(ini.value(u"tokens/defaultExpiryDays"_s).toInt(), 90);
        QCOMPARE(ini.value(u"journal/retentionDays"_s).toInt(), 30);
        const AppSettings reread(path);
        QCOMPARE(reread.listenPort(), quint16(9443));
        QCOMPARE(reread.tlsMode(), AppSettings::TlsMode::PemFiles);
    }

    void opensWithTheStoredValues()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scimdesk.ini"_s);
        QVERIFY(writeFile(path, "[interface]\nlanguage=fr\nappearance=light\n[listener]\naddress=::1\nport=8000\n"
                                "tls=self-signed\n[tokens]\ndefaultExpiryDays=30\n[journal]\nretentionDays=7\n"));
        AppSettings settings(path);
        SettingsDialog dialog(settings);
        QCOMPARE(child<QComboBox>(dialog, u"languageComboBox"_s)->currentData().toString(), u"fr"_s);
        QCOMPARE(child<QComboBox>(dialog, u"appearanceComboBox"_s)->currentData().toInt(),
                 int(AppSettings::Appearance::Light));
        QCOMPARE(child<QLineEdit>(dialog, u"listenAddressLineEdit"_s)->text(), u"::1"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"listenPortLineEdit"_s)->text(), u"8000"_s);
        QCOMPARE(child<QComboBox>(dialog, u"tlsModeComboBox"_s)->currentData().toInt(),
                 int(AppSettings::TlsMode::SelfSigned));
        QVERIFY(!child<QLineEdit>(dialog, u"tlsCertificateLineEdit"_s)->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, u"tokenExpirySpinBox"_s)->value(), 30);
        QCOMPARE(child<QSpinBox>(dialog, u"journalRetentionSpinBox"_s)->value(), 7);
        QVERIFY(child<QLabel>(dialog, u"fileLabel"_s)->text().contains(path));
    }

    void defaultsOnAFreshFile()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"scimdesk.ini"_s));
        SettingsDialog dialog(settings);
        QCOMPARE(child<QComboBox>(dialog, u"languageComboBox"_s)->currentData().toString(), QString());
        QCOMPARE(child<QLineEdit>(dialog, u"listenAddressLineEdit"_s)->text(), u"127.0.0.1"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"listenPortLineEdit"_s)->text(), u"7643"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"tokenExpirySpinBox"_s)->value(), 365);
        QCOMPARE(child<QSpinBox>(dialog, u"journalRetentionSpinBox"_s)->value(), 0);
        QCOMPARE(child<QSpinBox>(dialog, u"journalRetentionSpinBox"_s)->text(), u"For ever"_s);
    }

    void refusesBadInputWithPlainMessages_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("port");
        QTest::addColumn<int>("tls");
        QTest::addColumn<QString>("certificate"); // relative names are made absolute in the test's directory
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("focus");
        const int off = int(AppSettings::TlsMode::Off);
        const int pem = int(AppSettings::TlsMode::PemFiles);
        const QString badPort = u"The port must be a number from 1 to 65535."_s;
        QTest::newRow("port too big") << u"127.0.0.1"_s << u"70000"_s << off << QString() << QString() << badPort
                                      << u"listenPortLineEdit"_s;
        QTest::newRow("port zero") << u"127.0.0.1"_s << u"0"_s << off << QString() << QString() << badPort
                                   << u"listenPortLineEdit"_s;
        QTest::newRow("port not a number")
            << u"127.0.0.1"_s << u"http"_s << off << QString() << QString() << badPort << u"listenPortLineEdit"_s;
        QTest::newRow("port empty") << u"127.0.0.1"_s << QString() << off << QString() << QString() << badPort
                                    << u"listenPortLineEdit"_s;
        QTest::newRow("host name") << u"scim.example.com"_s << u"7643"_s << off << QString() << QString()
                                   << u"\"scim.example.com\" is not an IP address (such as 127.0.0.1 or ::1)."_s
                                   << u"listenAddressLineEdit"_s;
        QTest::newRow("open address without TLS")
            << u"0.0.0.0"_s << u"7643"_s << off << QString() << QString()
            << u"Without HTTPS the listener only accepts 127.0.0.1, ::1 or localhost: on 0.0.0.0, bearer tokens "
               "would cross the network in clear. Turn on HTTPS or use a loopback address."_s
            << u"tlsModeComboBox"_s;
        QTest::newRow("no certificate") << u"127.0.0.1"_s << u"7643"_s << pem << QString() << u"key.pem"_s
                                        << u"Choose the certificate file (PEM)."_s << u"tlsCertificateLineEdit"_s;
        QTest::newRow("missing certificate")
            << u"127.0.0.1"_s << u"7643"_s << pem << u"missing-chain.pem"_s << u"key.pem"_s
            << u"The certificate file %1/missing-chain.pem does not exist."_s << u"tlsCertificateLineEdit"_s;
        QTest::newRow("missing key") << u"127.0.0.1"_s << u"7643"_s << pem << u"chain.pem"_s << u"missing-key.pem"_s
                                     << u"The key file %1/missing-key.pem does not exist."_s << u"tlsKeyLineEdit"_s;
        QTest::newRow("token as a path")
            << u"127.0.0.1"_s << u"7643"_s << pem << u"scimdesk_q2b3XkPz0yQ7m1rT9sVw4nL8cJ5hG6dF2aE0uI3oY7x"_s
            << QString()
            << u"\"Certificate file\" holds what looks like a bearer token. Tokens belong in the keychain, never in "
               "the settings."_s
            << u"tlsCertificateLineEdit"_s;
    }

    void refusesBadInputWithPlainMessages()
    {
        QFETCH(QString, address);
        QFETCH(QString, port);
        QFETCH(int, tls);
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(QString, focus);

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"chain.pem"_s), "-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(writeFile(dir.filePath(u"key.pem"_s), "-----BEGIN PRIVATE KEY-----\n"));
        const auto inDir = [&dir](const QString &name) {
            return name.isEmpty() || name.startsWith(u"scimdesk_"_s) ? name : dir.filePath(name);
        };
        const QString path = dir.filePath(u"scimdesk.ini"_s);
        AppSettings settings(path);
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        type(dialog, u"listenAddressLineEdit"_s, address);
        type(dialog, u"listenPortLineEdit"_s, port);
        choose(dialog, u"tlsModeComboBox"_s, tls);
        type(dialog, u"tlsCertificateLineEdit"_s, inDir(certificate));
        type(dialog, u"tlsKeyLineEdit"_s, inDir(key));

        click(dialog, QDialogButtonBox::Ok);
        QCOMPARE(message(dialog), expected.contains(u"%1"_s) ? expected.arg(dir.path()) : expected);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        if (const QString shots = qEnvironmentVariable("SCIMDESK_SCREENSHOT_DIR");
            !shots.isEmpty() && qstrcmp(QTest::currentDataTag(), "missing certificate") == 0) {
            QDir().mkpath(shots);
            QVERIFY(dialog.grab().save(QDir(shots).filePath(u"settings-dialog-problem.png"_s)));
        }
        QCOMPARE(dialog.focusWidget() ? dialog.focusWidget()->objectName() : QString(), focus);
        QCOMPARE(applied.count(), 0);
        click(dialog, QDialogButtonBox::Apply);
        QVERIFY(!message(dialog).isEmpty());
        QCOMPARE(applied.count(), 0);
        QVERIFY2(!QFile::exists(path), "nothing may be written while the form has a problem");
    }

    void applyWritesAndStaysOpenCancelWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scimdesk.ini"_s);
        AppSettings settings(path);
        {
            SettingsDialog dialog(settings);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            type(dialog, u"listenPortLineEdit"_s, u"9000"_s);
            click(dialog, QDialogButtonBox::Cancel);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.isVisible());
        }
        QVERIFY(!QFile::exists(path));
        QCOMPARE(settings.listenPort(), quint16(7643));

        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &SettingsDialog::applied);
        type(dialog, u"listenPortLineEdit"_s, u"9001"_s);
        click(dialog, QDialogButtonBox::Apply);
        QCOMPARE(message(dialog), QString());
        QVERIFY(dialog.isVisible());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(QSettings(path, QSettings::IniFormat).value(u"listener/port"_s).toInt(), 9001);
    }

    void everyControlHasAnAccessibleName()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"scimdesk.ini"_s));
        SettingsDialog dialog(settings);
        auto *buttonBox = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
        int checked = 0;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                                 qobject_cast<QSpinBox *>(widget) || qobject_cast<QPushButton *>(widget);
            // The combo boxes' and spin boxes' inner line edits, and the standard buttons, are named by Qt.
            if (!control || widget->parentWidget() == buttonBox || qobject_cast<QComboBox *>(widget->parentWidget()) ||
                qobject_cast<QSpinBox *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QCOMPARE(checked, 11);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings.moc"
