// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <expected>
#include <memory>

class QSettings;

namespace scimdesk {

// The application's preferences: typed accessors with their defaults in one place, stored by QSettings in INI
// format (~/.config/ScimDesk/scimdesk.ini, or a file given for tests). Never a secret: every write passes one guard
// that refuses keys named like secrets and values that look like bearer tokens (those live only in the keychain).
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    // Empty on success; otherwise a sentence for the user saying what is wrong.
    using Result = std::expected<void, QString>;

    enum class TlsMode { Off, SelfSigned, PemFiles };
    enum class Appearance { System, Light, Dark };

    // The file layout written by this version, stored under "version" with every save (a later layout change
    // converts files with a smaller number when it opens them).
    static constexpr int Version = 1;
    static constexpr quint16 DefaultListenPort = 7643;
    static constexpr int DefaultTokenExpiryDays = 365;
    static constexpr int MaxTokenExpiryDays = 3650;
    static constexpr int MaxJournalRetentionDays = 36500;

    // The user's settings file (organization "ScimDesk", application "scimdesk").
    AppSettings();
    // A settings file at `iniPath` (tests, or a portable setup).
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();

    QString fileName() const;

    // A locale name such as "de" or "fr_FR"; empty means the system's language.
    QString language() const;
    Result setLanguage(const QString &code);

    // The console's listener: an IP address (or "localhost") and a port.
    static QString defaultListenAddress() { return QStringLiteral("127.0.0.1"); }
    QString listenAddress() const;
    Result setListenAddress(const QString &address);
    quint16 listenPort() const;
    Result setListenPort(int port);

    TlsMode tlsMode() const;
    Result setTlsMode(TlsMode mode);
    // PEM files, used when tlsMode() is PemFiles. Paths only: the files are read when the listener starts.
    QString tlsCertificateFile() const;
    Result setTlsCertificateFile(const QString &path);
    QString tlsKeyFile() const;
    Result setTlsKeyFile(const QString &path);

    // The lifetime of newly created directory tokens.
    int tokenExpiryDays() const;
    Result setTokenExpiryDays(int days);

    // How long journal entries are kept; 0 keeps them forever.
    int journalRetentionDays() const;
    Result setJournalRetentionDays(int days);

    Appearance appearance() const;
    Result setAppearance(Appearance appearance);

    // Writes pending changes to the file.
    Result save();

    // Checks used by the setters and by forms before they write anything; empty when valid.
    static QString listenAddressProblem(const QString &address);
    static QString listenPortProblem(int port);
    // Empty when `key` may hold `value`; otherwise why not: a key named like a secret (token, password, secret,
    // bearer, API or private key) or a value that looks like a bearer token.
    static QString secretRefusal(const QString &key, const QVariant &value);
    // True for text that contains a ScimDesk bearer token or is a single long word of the base64url alphabet.
    static bool looksLikeToken(const QString &text);

private:
    Result write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace scimdesk
