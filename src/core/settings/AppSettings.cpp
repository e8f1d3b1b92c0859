// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace scimdesk {

namespace {

// Every key in one place; the guard in write() sees each of them.
namespace Key {
const auto version = u"version"_s;
const auto language = u"interface/language"_s;
const auto appearance = u"interface/appearance"_s;
const auto listenAddress = u"listener/address"_s;
const auto listenPort = u"listener/port"_s;
const auto tlsMode = u"listener/tls"_s;
const auto tlsCertificateFile = u"listener/tlsCertificateFile"_s;
const auto tlsKeyFile = u"listener/tlsKeyFile"_s;
const auto tokenExpiryDays = u"tokens/defaultExpiryDays"_s;
const auto journalRetentionDays = u"journal/retentionDays"_s;
} // namespace Key

QString tlsModeName(AppSettings::TlsMode mode)
{
    switch (mode) {
    case AppSettings::TlsMode::SelfSigned:
        return u"self-signed"_s;
    case AppSettings::TlsMode::PemFiles:
        return u"pem"_s;
    case AppSettings::TlsMode::Off:
        break;
    }
    return u"off"_s;
}

QString appearanceName(AppSettings::Appearance appearance)
{
    switch (appearance) {
    case AppSettings::Appearance::Light:
        return u"light"_s;
    case AppSettings::Appearance::Dark:
        return u"dark"_s;
    case AppSettings::Appearance::System:
        break;
    }
    return u"system"_s;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"ScimDesk"_s, u"scimdesk"_s))
{}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

AppSettings::Result AppSettings::setLanguage(const QString &code)
{
    static const QRegularExpression localeName(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    if (!code.isEmpty() && !localeName.match(code).hasMatch())
        return std::unexpected(tr("\"%1\" is not a language code such as \"de\" or \"fr_FR\".").arg(code));
    return write(Key::language, code);
}

QString AppSettings::listenAddress() const
{
    const QString stored = m_settings->value(Key::listenAddress).toString();
    return stored.isEmpty() || !listenAddressProblem(stored).isEmpty() ? defaultListenAddress() : stored;
}

AppSettings::Result AppSettings::setListenAddress(const QString &address)
{
    if (const QString problem = listenAddressProblem(address); !problem.isEmpty())
        return std::unexpected(problem);
    return write(Key::listenAddress, address.trimmed());
}

quint16 AppSettings::listenPort() const
{
    bool ok = false;
    const int port = m_settings->value(Key::listenPort).toInt(&ok);
    return ok && listenPortProblem(port).isEmpty() ? quint16(port) : DefaultListenPort;
}

AppSettings::Result AppSettings::setListenPort(int port)
{
    if (const QString problem = listenPortProblem(port); !problem.isEmpty())
        return std::unexpected(problem);
    return write(Key::listenPort, port);
}

AppSettings::TlsMode AppSettings::tlsMode() const
{
    const QString stored = m_settings->value(Key::tlsMode).toString();
    for (const TlsMode mode : {TlsMode::SelfSigned, TlsMode::PemFiles})
        if (stored == tlsModeName(mode))
            return mode;
    return TlsMode::Off;
}

AppSettings::Result AppSettings::setTlsMode(TlsMode mode)
{
    return write(Key::tlsMode, tlsModeName(mode));
}

QString AppSettings::tlsCertificateFile() const
{
    return m_settings->value(Key::tlsCertificateFile).toString();
}

AppSettings::Result AppSettings::setTlsCertificateFile(const QString &path)
{
    return write(Key::tlsCertificateFile, path);
}

QString AppSettings::tlsKeyFile() const
{
    return m_settings->value(Key::tlsKeyFile).toString();
}

AppSettings::Result AppSettings::setTlsKeyFile(const QString &path)
{
    return write(Key::tlsKeyFile, path);
}

int AppSettings::tokenExpiryDays() const
{
    bool ok = false;
    const int days = m_settings->value(Key::tokenExpiryDays).toInt(&ok);
    return ok && days >= 1 && days <= MaxTokenExpiryDays ? days : DefaultTokenExpiryDays;
}

AppSettings::Result AppSettings::setTokenExpiryDays(int days)
{
    if (days < 1 || days > MaxTokenExpiryDays)
        return std::unexpected(tr("A token's lifetime must be from 1 to %1 days.").arg(MaxTokenExpiryDays));
    return write(Key::tokenExpiryDays, days);
}

int AppSettings::journalRetentionDays() const
{
    bool ok = false;
    const int days = m_settings->value(Key::journalRetentionDays).toInt(&ok);
    return ok && days >= 0 && days <= MaxJournalRetentionDays ? days : 0;
}

AppSettings::Result AppSettings::setJournalRetentionDays(int days)
{
    if (days < 0 || days > MaxJournalRetentionDays)
        return std::unexpected(
            tr("Journal entries can be kept from 1 to %1 days, or 0 for ever.").arg(MaxJournalRetentionDays));
    return write(Key::journalRetentionDays, days);
}

AppSettings::Appearance AppSettings::appearance() const
{
    const QString stored = m_settings->value(Key::appearance).toString();
    for (const Appearance appearance : {Appearance::Light, Appearance::Dark})
        if (stored == appearanceName(appearance))
            return appearance;
    return Appearance::System;
}

AppSettings::Result AppSettings::setAppearance(Appearance appearance)
{
    return write(Key::appearance, appearanceName(appearance));
}

AppSettings::Result AppSettings::save()
{
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return std::unexpected(tr("The settings could not be saved: %1 is not writable.").arg(fileName()));
    case QSettings::FormatError:
        break;
    }
    return std::unexpected(tr("The settings could not be saved: %1 is not a valid settings file.").arg(fileName()));
}

QString AppSettings::listenAddressProblem(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the address to listen on, such as 127.0.0.1.");
    if (trimmed == u"localhost"_s)
        return {};
    if (QHostAddress host; !host.setAddress(trimmed))
        return tr("\"%1\" is not an IP address (such as 127.0.0.1 or ::1).").arg(trimmed);
    return {};
}

QString AppSettings::listenPortProblem(int port)
{
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    return {};
}

QString AppSettings::secretRefusal(const QString &key, const QVariant &value)
{
    // The last segment names what is stored: "tokens/defaultExpiryDays" is a number of days, "directory/token" is not.
    static const QRegularExpression secretName(u"token|passw(or)?d|secret|bearer|api_?key|private_?key|credential"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QString name = key.section(u'/', -1);
    if (secretName.match(name).hasMatch())
        return tr("\"%1\" looks like the name of a secret; secrets belong in the keychain, not in the settings.")
            .arg(key);
    if (value.typeId() != QMetaType::QString && value.typeId() != QMetaType::QByteArray)
        return {};
    if (looksLikeToken(value.toString()))
        return tr("The value for \"%1\" looks like a bearer token; tokens belong in the keychain, not in the settings.")
            .arg(key);
    return {};
}

bool AppSettings::looksLikeToken(const QString &text)
{
    // Bearer tokens are "scimdesk_" and 43 base64url characters; other services' tokens are long single words of
    // the same alphabet. No language code, address or file path looks like either.
    static const QRegularExpression tokenLike(
        u"scimdesk_[A-Za-z0-9_-]{16,}|^\\s*(Bearer\\s+)?[A-Za-z0-9_-]{32,}\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return tokenLike.match(text).hasMatch();
}

AppSettings::Result AppSettings::write(const QString &key, const QVariant &value)
{
    if (const QString refusal = secretRefusal(key, value); !refusal.isEmpty())
        return std::unexpected(refusal);
    m_settings->setValue(Key::version, Version);
    m_settings->setValue(key, value);
    return {};
}

} // namespace scimdesk
