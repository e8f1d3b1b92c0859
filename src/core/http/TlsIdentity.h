// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <expected>

namespace scimdesk {

// The certificate chain and private key the listener presents for HTTPS: loaded from PEM files an
// administrator provides, or a self-signed certificate ScimDesk generates and keeps next to its database.
struct TlsIdentity
{
    QList<QSslCertificate> chain; // leaf first
    QSslKey privateKey;
    QStringList warnings;   // e.g. an expired certificate: usable, but clients will refuse it
    bool generated = false; // true when the self-signed certificate was created by this call (not reused)

    // SHA-256 of the leaf certificate as browsers show it: "AB:CD:…" (32 upper-case hex pairs).
    QString sha256Fingerprint() const;

    // Loads a PEM certificate (chain, leaf first) and an unencrypted PEM private key. Errors name the file and
    // say what is wrong: missing or unreadable, not PEM, an encrypted key, or a key that does not belong to
    // the certificate.
    static std::expected<TlsIdentity, QString> loadPem(const QString &certificateFile, const QString &keyFile,
                                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Reuses the self-signed certificate stored in `directory` (tls-self-signed.crt / tls-self-signed.key)
    // while it is valid for at least another day and matches its key; otherwise generates a new one: EC P-256,
    // valid for one year, SAN localhost, 127.0.0.1 and `hostName`. The key file is written with mode 0600.
    static std::expected<TlsIdentity, QString> selfSigned(const QString &directory, const QString &hostName,
                                                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QString selfSignedCertificateFile(const QString &directory);
    static QString selfSignedKeyFile(const QString &directory);
};

QString sha256Fingerprint(const QSslCertificate &certificate);

} // namespace scimdesk
