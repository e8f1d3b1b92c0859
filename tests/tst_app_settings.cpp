// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The typed settings: defaults, a round trip through the INI file, refused values, and the guard that keeps
// secrets out of the file (checked with a real directory's bearer token).

#include "service/DirectoryAdmin.h"
#include "settings/AppSettings.h"
#include "store/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace scimdesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestAppSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_configHome;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_configHome.isValid());
        // QSettings reads XDG_CONFIG_HOME on first use: the user's file lands in a temporary directory.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
    }

    void theUserFileIsAnIniFileUnderTheConfigDirectory()
    {
        AppSettings settings;
        QCOMPARE(settings.fileName(), QDir(m_configHome.path()).filePath(u"ScimDesk/scimdesk.ini"_s));
        QVERIFY(settings.setListenPort(8443));
        QVERIFY(settings.save());
        QVERIFY(readFile(settings.fileName()).contains("[listener]\nport=8443"));
    }

    void defaultsWhenNothingIsStored()
    {
        QTemporaryDir dir;
        const AppSettings settings(dir.filePath(u"empty.ini"_s));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.listenAddress(), u"127.0.0.1"_s);
        QCOMPARE(settings.listenPort(), quint16(7643));
        QCOMPARE(settings.tlsMode(), AppSettings::TlsMode::Off);
        QCOMPARE(settings.tlsCertificateFile(), QString());
        QCOMPARE(settings.tlsKeyFile(), QString());
        QCOMPARE(settings.tokenExpiryDays(), 365);
        QCOMPARE(settings.journalRetentionDays(), 0);
        QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
        QVERIFY(!QFile::exists(dir.filePath(u"empty.ini"_s)));
    }

    void everyValueSurvivesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"round-trip.ini"_s);
        {
            AppSettings settings(path);
            QVERIFY(settings.setLanguage(u"de"_s));
            QVERIFY(settings.setListenAddress(u"0.0.0.0"_s));
            QVERIFY(settings.setListenPort(9443));
            QVERIFY(settings.setTlsMode(AppSettings::TlsMode::PemFiles));
            QVERIFY(settings.setTlsCertificateFile(u"/etc/scimdesk/chain.pem"_s));
            QVERIFY(settings.setTlsKeyFile(u"/etc/scimdesk/key.pem"_s));
            QVERIFY(settings.setTokenExpiryDays(90));
            QVERIFY(settings.setJournalRetentionDays(30));
            QVERIFY(settings.setAppearance(AppSettings::Appearance::Dark));
            QVERIFY(settings.save());
        }
        const AppSettings settings(path);
        QCOMPARE(settings.language(), u"de"_s);
        QCOMPARE(settings.listenAddress(), u"0.0.0.0"_s);
        QCOMPARE(settings.listenPort(), quint16(9443));
        QCOMPARE(settings.tlsMode(), AppSettings::TlsMode::PemFiles);
        QCOMPARE(settings.tlsCertificateFile(), u"/etc/scimdesk/chain.pem"_s);
        QCOMPARE(settings.tlsKeyFile(), u"/etc/scimdesk/key.pem"_s);
        QCOMPARE(settings.tokenExpiryDays(), 90);
        QCOMPARE(settings.journalRetentionDays(), 30);
        QCOMPARE(settings.appearance(), AppSettings::Appearance::Dark);

        // The file is plain INI with a version key that later layouts migrate from.
        const QByteArray text = readFile(path);
        QVERIFY2(text.contains("[interface]\nappearance=dark\nlanguage=de\n"), text.constData());
        QVERIFY2(text.contains("[listener]\n"), text.constData());
        const QSettings ini(path, QSettings::IniFormat);
        QCOMPARE(ini.value(u"version"_s).toInt(), AppSettings::Version);
        QCOMPARE(ini.value(u"listener/tls"_s).toString(), u"pem"_s);
        QCOMPARE(ini.value(u"interface/appearance"_s).toString(), u"dark"_s);
        QCOMPARE(ini.value(u"tokens/defaultExpiryDays"_s).toInt(), 90);
    }

    void selfSignedAndLightAreStoredByName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"modes.ini"_s);
        AppSettings settings(path);
        QVERIFY(settings.setTlsMode(AppSettings::TlsMode::SelfSigned));
        QVERIFY(settings.setAppearance(AppSettings::Appearance::Light));
        QVERIFY(settings.save());
        const AppSettings reread(path);
        QCOMPARE(reread.tlsMode(), AppSettings::TlsMode::SelfSigned);
        QCOMPARE(reread.appearance(), AppSettings::Appearance::Light);
    }

    void badValuesAreRefusedAndNotWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refused.ini"_s);
        AppSettings settings(path);
        for (const int port : {0, -1, 65536, 70000}) {
            const auto result = settings.setListenPort(port);
            QVERIFY(!result);
            QCOMPARE(result.error(), u"The port must be a number from 1 to 65535."_s);
        }
        QVERIFY(!settings.setListenAddress(u"scim.example.com"_s));
        QVERIFY(!settings.setListenAddress(u"  "_s));
        QVERIFY(!settings.setLanguage(u"German"_s));
        QVERIFY(!settings.setTokenExpiryDays(0));
        QVERIFY(!settings.setTokenExpiryDays(AppSettings::MaxTokenExpiryDays + 1));
        QVERIFY(!settings.setJournalRetentionDays(-1));
        QVERIFY(settings.save());
        QCOMPARE(settings.listenPort(), quint16(7643));
        QCOMPARE(settings.listenAddress(), u"127.0.0.1"_s);
        QCOMPARE(settings.language(), QString());
        QVERIFY(!QFile::exists(path) || readFile(path).trimmed().isEmpty());

        QVERIFY(settings.setListenAddress(u"localhost"_s));
        QVERIFY(settings.setListenAddress(u"::1"_s));
        QVERIFY(settings.setLanguage(u"fr_FR"_s));
        QVERIFY(settings.setLanguage(QString()));
    }

    void garbageInTheFileFallsBackToDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"garbage.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[listener]\nport=http\naddress=nowhere\ntls=maybe\n[tokens]\ndefaultExpiryDays=-4\n"
                   "[journal]\nretentionDays=often\n[interface]\nappearance=purple\n");
        file.close();
        const AppSettings settings(path);
        QCOMPARE(settings.listenPort(), quint16(7643));
        QCOMPARE(settings.listenAddress(), u"127.0.0.1"_s);
        QCOMPARE(settings.tlsMode(), AppSettings::TlsMode::Off);
        QCOMPARE(settings.tokenExpiryDays(), 365);
        QCOMPARE(settings.journalRetentionDays(), 0);
        QCOMPARE(settings.appearance(), AppSettings::Appearance::System);
    }

    void keysNamedLikeSecretsAreRefused()
    {
        for (const QString &key : {u"directory/acme/token"_s, u"password"_s, u"listener/tlsPrivateKey"_s,
                                   u"okta/apiKey"_s, u"general/clientSecret"_s, u"auth/bearer"_s})
            QVERIFY2(!AppSettings::secretRefusal(key, 1).isEmpty(), qPrintable(key));
        for (const QString &key : {u"tokens/defaultExpiryDays"_s, u"listener/tlsKeyFile"_s, u"interface/language"_s})
            QVERIFY2(AppSettings::secretRefusal(key, 1).isEmpty(), qPrintable(key));
    }

    void aDirectoryTokenNeverReachesTheFile()
    {
        QTemporaryDir dir;
        QByteArray token;
        {
            auto db = Database::open(dir.filePath(u"scimdesk.sqlite"_s), u"settings-test"_s);
            QVERIFY(db.has_value());
            DirectoryAdmin::NewDirectory spec;
            spec.name = u"acme"_s;
            const auto created = DirectoryAdmin(**db).create(spec, QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error()));
            token = created->token;
        }
        QVERIFY(token.startsWith("scimdesk_"));
        const QString tokenText = QString::fromLatin1(token);
        const QString bare = tokenText.mid(int(qstrlen("scimdesk_")));

        const QString path = dir.filePath(u"settings.ini"_s);
        {
            AppSettings settings(path);
            // Every string setter is a way in; each must refuse the token, with or without prefix or scheme.
            for (const QString &value : QStringList{tokenText, bare, u"Bearer "_s + tokenText, u"Bearer "_s + bare}) {
                QVERIFY(!settings.setLanguage(value));
                QVERIFY(!settings.setListenAddress(value));
                const auto certificate = settings.setTlsCertificateFile(value);
                QVERIFY(!certificate);
                QVERIFY2(certificate.error().contains(u"keychain"_s), qPrintable(certificate.error()));
                QVERIFY(!settings.setTlsKeyFile(value));
            }
            QVERIFY(!settings.setTlsCertificateFile(u"/etc/ssl/"_s + tokenText + u".pem"_s));
            // The legitimate settings are written, so the file exists and is not empty.
            QVERIFY(settings.setLanguage(u"fr"_s));
            QVERIFY(settings.setTlsCertificateFile(dir.filePath(u"chain.pem"_s)));
            QVERIFY(settings.setTlsKeyFile(dir.filePath(u"key.pem"_s)));
            QVERIFY(settings.setTokenExpiryDays(30));
            QVERIFY(settings.save());
        }
        const QByteArray written = readFile(path);
        QVERIFY(written.contains("language=fr"));
        QVERIFY(written.contains("defaultExpiryDays=30"));
        QVERIFY(!written.contains(token));
        QVERIFY(!written.contains(bare.toLatin1()));
        QVERIFY(!written.contains(bare.left(16).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
