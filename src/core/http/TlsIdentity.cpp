// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TlsIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <memory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace scimdesk {

namespace {

template <auto Free>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

constexpr qint64 kValiditySecs = 365LL * 24 * 3600;
constexpr qint64 kRenewBeforeSecs = 24 * 3600;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

int refusePassphrase(char *, int, int, void *)
{
    return 0; // no prompts: an encrypted key is reported as such
}

std::expected<QByteArray, QString> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.exists())
        return std::unexpected(u"%1 file %2 does not exist"_s.arg(what, path));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot read %1 file %2: %3"_s.arg(what, path, file.errorString()));
    return file.readAll();
}

QSsl::KeyAlgorithm qtAlgorithm(EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        return QSsl::Rsa;
    case EVP_PKEY_EC:
        return QSsl::Ec;
    case EVP_PKEY_DSA:
        return QSsl::Dsa;
    case EVP_PKEY_DH:
        return QSsl::Dh;
    default:
        return QSsl::Opaque;
    }
}

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Checks that the key belongs to the leaf and converts both for Qt. `certPem` holds the leaf first.
std::expected<TlsIdentity, QString> identityFromPem(const QByteArray &certPem, const QByteArray &keyPem,
                                                    const QString &certificateFile, const QString &keyFile,
                                                    const QDateTime &now)
{
    TlsIdentity identity;
    identity.chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.first().isNull()) {
        return std::unexpected(
            u"%1 is not a PEM certificate (expected a \"-----BEGIN CERTIFICATE-----\" block)"_s.arg(certificateFile));
    }
    if (!keyPem.contains("-----BEGIN ")) {
        return std::unexpected(
            u"%1 is not a PEM private key (expected a \"-----BEGIN PRIVATE KEY-----\" block)"_s.arg(keyFile));
    }
    if (keyPem.contains("ENCRYPTED")) {
        return std::unexpected(
            u"%1 is an encrypted private key; ScimDesk needs it unencrypted (protect the file with mode 0600)"_s.arg(
                keyFile));
    }

    BioPtr certBio = memoryBio(certPem);
    X509Ptr leaf(PEM_read_bio_X509(certBio.get(), nullptr, refusePassphrase, nullptr));
    BioPtr keyBio = memoryBio(keyPem);
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassphrase, nullptr));
    if (!leaf) {
        return std::unexpected(u"%1 is not a PEM certificate: %2"_s.arg(certificateFile, openSslError()));
    }
    if (!key)
        return std::unexpected(u"%1 is not a PEM private key: %2"_s.arg(keyFile, openSslError()));
    if (X509_check_private_key(leaf.get(), key.get()) != 1) {
        ERR_clear_error();
        return std::unexpected(
            u"the private key in %1 does not match the certificate in %2"_s.arg(keyFile, certificateFile));
    }
    const QSsl::KeyAlgorithm algorithm = qtAlgorithm(key.get());
    identity.privateKey = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (identity.privateKey.isNull()) {
        // Qt's decoder wants the traditional form for some algorithms: hand it the PKCS#8 re-encoding.
        BioPtr out(BIO_new(BIO_s_mem()));
        if (PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1)
            identity.privateKey = QSslKey(bioBytes(out.get()), algorithm, QSsl::Pem, QSsl::PrivateKey);
    }
    if (identity.privateKey.isNull())
        return std::unexpected(u"%1: this kind of private key is not supported"_s.arg(keyFile));

    const QSslCertificate &cert = identity.chain.first();
    if (cert.expiryDate() <= now) {
        identity.warnings.append(u"the certificate in %1 expired on %2; clients will refuse it"_s.arg(
            certificateFile, utc(cert.expiryDate())));
    } else if (cert.effectiveDate() > now) {
        identity.warnings.append(
            u"the certificate in %1 is not valid before %2; clients will refuse it until then"_s.arg(
                certificateFile, utc(cert.effectiveDate())));
    }
    return identity;
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

struct GeneratedPem
{
    QByteArray certificate;
    QByteArray key;
};

std::expected<GeneratedPem, QString> generateSelfSigned(const QString &hostName, const QDateTime &now)
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return std::unexpected(u"cannot generate an EC P-256 key: %1"_s.arg(openSslError()));
    X509Ptr cert(X509_new());
    BnPtr serial(BN_new());
    if (!cert || !serial)
        return std::unexpected(u"out of memory creating a certificate"_s);
    X509_set_version(cert.get(), X509_VERSION_3);
    if (BN_rand(serial.get(), 127, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        return std::unexpected(u"cannot create a serial number: %1"_s.arg(openSslError()));
    }
    const time_t start = time_t(now.toSecsSinceEpoch());
    // Backdated by a minute so a client whose clock is slightly behind still accepts it.
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), start - 60);
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(start + kValiditySecs));
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray commonName = hostName.isEmpty() ? QByteArrayLiteral("localhost") : hostName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("ScimDesk"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.data()),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QByteArray san = "DNS:localhost,IP:127.0.0.1";
    if (!hostName.isEmpty() && hostName != "localhost"_L1)
        san += ",DNS:" + hostName.toLatin1();
    // No keyUsage: limiting it to digitalSignature would make the certificate fail OpenSSL's own
    // "issued by itself" check, which some clients use to recognise a self-signed certificate.
    if (!addExtension(cert.get(), NID_subject_alt_name, san) ||
        !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash")) {
        return std::unexpected(u"cannot add certificate extensions: %1"_s.arg(openSslError()));
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return std::unexpected(u"cannot sign the certificate: %1"_s.arg(openSslError()));

    BioPtr certOut(BIO_new(BIO_s_mem()));
    BioPtr keyOut(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certOut.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return std::unexpected(u"cannot encode the certificate: %1"_s.arg(openSslError()));
    }
    return GeneratedPem{bioBytes(certOut.get()), bioBytes(keyOut.get())};
}

std::expected<void, QString> writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions mode)
{
    // Removed first so the new file is created with `mode` and never briefly has looser permissions.
    QFile::remove(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode))
        return std::unexpected(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.flush())
        return std::unexpected(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    file.close();
    return {};
}

} // namespace

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsIdentity::sha256Fingerprint() const
{
    return chain.isEmpty() ? QString() : scimdesk::sha256Fingerprint(chain.first());
}

std::expected<TlsIdentity, QString> TlsIdentity::loadPem(const QString &certificateFile, const QString &keyFile,
                                                         const QDateTime &now)
{
    const auto certPem = readFile(certificateFile, u"certificate"_s);
    if (!certPem)
        return std::unexpected(certPem.error());
    const auto keyPem = readFile(keyFile, u"private key"_s);
    if (!keyPem)
        return std::unexpected(keyPem.error());
    return identityFromPem(*certPem, *keyPem, certificateFile, keyFile, now);
}

QString TlsIdentity::selfSignedCertificateFile(const QString &directory)
{
    return QDir(directory).filePath(u"tls-self-signed.crt"_s);
}

QString TlsIdentity::selfSignedKeyFile(const QString &directory)
{
    return QDir(directory).filePath(u"tls-self-signed.key"_s);
}

std::expected<TlsIdentity, QString> TlsIdentity::selfSigned(const QString &directory, const QString &hostName,
                                                            const QDateTime &now)
{
    const QString certFile = selfSignedCertificateFile(directory);
    const QString keyFile = selfSignedKeyFile(directory);
    // Only names that are valid in a DNS SAN; anything else is left out rather than failing.
    static const QRegularExpression validHost(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"_s);
    const QString host = validHost.match(hostName).hasMatch() ? hostName.toLower() : QString();

    if (QFileInfo::exists(certFile) && QFileInfo::exists(keyFile)) {
        auto existing = loadPem(certFile, keyFile, now);
        if (existing && existing->warnings.isEmpty() &&
            existing->chain.first().expiryDate() > now.addSecs(kRenewBeforeSecs)) {
            QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return existing;
        }
    }

    if (!QDir().mkpath(directory))
        return std::unexpected(u"cannot create the directory %1"_s.arg(directory));
    const auto pem = generateSelfSigned(host, now);
    if (!pem)
        return std::unexpected(pem.error());
    if (auto written = writeFile(keyFile, pem->key, QFileDevice::ReadOwner | QFileDevice::WriteOwner); !written)
        return std::unexpected(written.error());
    if (auto written = writeFile(certFile, pem->certificate,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                     QFileDevice::ReadOther);
        !written) {
        return std::unexpected(written.error());
    }
    auto identity = identityFromPem(pem->certificate, pem->key, certFile, keyFile, now);
    if (identity)
        identity->generated = true;
    return identity;
}

} // namespace scimdesk
