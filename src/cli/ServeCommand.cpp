// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "CliSupport.h"
#include "http/TlsIdentity.h"
#include "service/DirectoryAdmin.h"
#include "service/ScimServer.h"
#include "service/TokenAdmin.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QSysInfo>

#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace scimdesk::cli {

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Turns SIGTERM/SIGINT into a quit of the event loop (the handler only writes a byte: async-signal-safe).
bool installQuitOnSignals(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    return true;
}

// The certificate chosen with --tls-cert/--tls-key or --tls-self-signed; nullopt (after printing why) on error.
std::optional<TlsIdentity> loadTlsIdentity(const QString &certificate, const QString &key, bool selfSigned,
                                           const QString &database)
{
    std::expected<TlsIdentity, QString> identity;
    if (selfSigned) {
        // Next to the database, so each data directory keeps its own certificate (and its pinned fingerprint).
        const QString directory = QFileInfo(database).absolutePath();
        identity = TlsIdentity::selfSigned(directory, QSysInfo::machineHostName());
        if (identity) {
            const QString file = TlsIdentity::selfSignedCertificateFile(directory);
            out() << (identity->generated ? Tr::tr("Generated a self-signed certificate, valid for one year: %1")
                                          : Tr::tr("Using the self-signed certificate %1"))
                         .arg(file)
                  << Qt::endl;
        }
    } else {
        identity = TlsIdentity::loadPem(certificate, key);
    }
    if (!identity) {
        err() << Tr::tr("scimdesk serve: %1").arg(identity.error()) << Qt::endl;
        return std::nullopt;
    }
    for (const QString &warning : std::as_const(identity->warnings))
        err() << Tr::tr("scimdesk serve: warning: %1").arg(warning) << Qt::endl;
    return *identity;
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Run the SCIM 2.0 listener headless until SIGTERM or SIGINT."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), Tr::tr("The SQLite database file (default: %1).").arg(defaultDatabasePath()),
        Tr::tr("PATH"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        Tr::tr("The address and port to listen on (default: %1); HTTPS with a certificate option, unless "
               "--tls-listen is given.")
            .arg(defaultListen()),
        Tr::tr("HOST:PORT"), defaultListen());
    const QCommandLineOption tlsListenOption(
        QStringLiteral("tls-listen"),
        Tr::tr("Also serve HTTPS on this address and port, while --listen serves plain HTTP; needs --tls-cert with "
               "--tls-key, or --tls-self-signed."),
        Tr::tr("HOST:PORT"));
    const QCommandLineOption insecureOption(
        QStringLiteral("insecure-bind"),
        Tr::tr("Allow listening on a non-loopback address without TLS (tokens would cross the network in clear)."));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"),
                                           Tr::tr("Serve HTTPS with this PEM certificate (chain, leaf first)."),
                                           Tr::tr("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          Tr::tr("The unencrypted PEM private key of --tls-cert."), Tr::tr("FILE"));
    const QCommandLineOption tlsSelfSignedOption(
        QStringLiteral("tls-self-signed"),
        Tr::tr("Serve HTTPS with a self-signed certificate kept next to the database (created when missing or "
               "about to expire); pin the SHA-256 fingerprint it prints."));
    parser.addOptions({databaseOption, listenOption, tlsListenOption, insecureOption, tlsCertOption, tlsKeyOption,
                       tlsSelfSignedOption});
    if (!parseOrComplain(parser, args, QStringLiteral("serve")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText() << Qt::flush;
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Tr::tr("scimdesk serve: unexpected argument \"%1\".").arg(parser.positionalArguments().first())
              << Qt::endl;
        return Usage;
    }
    const std::optional<ListenAddress> listen = parseListen(parser.value(listenOption));
    if (!listen) {
        err() << Tr::tr("scimdesk serve: --listen must be HOST:PORT (for example 127.0.0.1:7643), not \"%1\".")
                     .arg(parser.value(listenOption))
              << Qt::endl;
        return Usage;
    }
    std::optional<ListenAddress> tlsListen;
    if (parser.isSet(tlsListenOption)) {
        tlsListen = parseListen(parser.value(tlsListenOption));
        if (!tlsListen) {
            err() << Tr::tr("scimdesk serve: --tls-listen must be HOST:PORT (for example 127.0.0.1:7644), not "
                            "\"%1\".")
                         .arg(parser.value(tlsListenOption))
                  << Qt::endl;
            return Usage;
        }
    }
    const bool tlsFiles = parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption);
    const bool tlsSelfSigned = parser.isSet(tlsSelfSignedOption);
    if (tlsFiles && !(parser.isSet(tlsCertOption) && parser.isSet(tlsKeyOption))) {
        err() << Tr::tr("scimdesk serve: --tls-cert and --tls-key go together: pass both.") << Qt::endl;
        return Usage;
    }
    if (tlsFiles && tlsSelfSigned) {
        err() << Tr::tr("scimdesk serve: use either --tls-cert with --tls-key, or --tls-self-signed, not both.")
              << Qt::endl;
        return Usage;
    }
    const bool tls = tlsFiles || tlsSelfSigned;
    if (tlsListen && !tls) {
        err() << Tr::tr("scimdesk serve: --tls-listen needs a certificate: pass --tls-cert FILE with --tls-key FILE, "
                        "or --tls-self-signed.")
              << Qt::endl;
        return Usage;
    }
    // The loopback rule holds per address: with --tls-listen, --listen serves plain HTTP.
    if (tlsListen && !listen->address.isLoopback() && !parser.isSet(insecureOption)) {
        err() << Tr::tr("scimdesk serve: %1 is not a loopback address, and with --tls-listen the --listen address "
                        "serves plain HTTP: bearer tokens would travel unencrypted there. Listen on a loopback "
                        "address, or pass --insecure-bind to acknowledge.")
                     .arg(listen->address.toString())
              << Qt::endl;
        return Usage;
    }
    if (!tls && !listen->address.isLoopback() && !parser.isSet(insecureOption)) {
        err() << Tr::tr("scimdesk serve: %1 is not a loopback address. Bearer tokens would travel unencrypted; "
                        "put a TLS proxy in front and pass --insecure-bind to acknowledge, or serve HTTPS with "
                        "--tls-cert FILE --tls-key FILE or --tls-self-signed.")
                     .arg(listen->address.toString())
              << Qt::endl;
        return Usage;
    }
    const QString database = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabasePath();

    std::optional<TlsIdentity> identity;
    if (tls) {
        identity = loadTlsIdentity(parser.value(tlsCertOption), parser.value(tlsKeyOption), tlsSelfSigned, database);
        if (!identity)
            return Failure;
    }

    // One listener (HTTP, or HTTPS with a certificate), or with --tls-listen two: plain HTTP on --listen and
    // HTTPS on --tls-listen, each with its own thread and database connection over the same file.
    ScimServer server(database, ServiceConfig{});
    ListenerConfig config;
    config.address = listen->address;
    config.port = listen->port;
    if (identity && !tlsListen) {
        config.tlsCertificateChain = identity->chain;
        config.tlsPrivateKey = identity->privateKey;
    }
    const std::expected<quint16, QString> port = server.start(config);
    if (!port) {
        err() << (tlsListen ? Tr::tr("scimdesk serve: --listen: %1") : Tr::tr("scimdesk serve: %1")).arg(port.error())
              << Qt::endl;
        return Failure;
    }
    std::unique_ptr<ScimServer> tlsServer;
    if (tlsListen) {
        tlsServer = std::make_unique<ScimServer>(database, ServiceConfig{});
        ListenerConfig tlsConfig;
        tlsConfig.address = tlsListen->address;
        tlsConfig.port = tlsListen->port;
        tlsConfig.tlsCertificateChain = identity->chain;
        tlsConfig.tlsPrivateKey = identity->privateKey;
        const std::expected<quint16, QString> tlsPort = tlsServer->start(tlsConfig);
        if (!tlsPort) {
            server.stop();
            err() << Tr::tr("scimdesk serve: --tls-listen: %1").arg(tlsPort.error()) << Qt::endl;
            return Failure;
        }
    }
    QList<const ScimServer *> servers{&server};
    if (tlsServer)
        servers.append(tlsServer.get());
    installQuitOnSignals(QCoreApplication::instance());

    QList<DirectoryRecord> directories;
    QStringList expiryWarnings;
    if (auto db = Database::open(database, QStringLiteral("scimdesk-serve-list"))) {
        directories = DirectoryAdmin(**db).list();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const DirectoryRecord &d : std::as_const(directories)) {
            for (const TokenAdmin::TokenStatus &t :
                 TokenAdmin(**db).show(d.name, now).value_or(QList<TokenAdmin::TokenStatus>())) {
                if (const QString w = TokenAdmin::expiryWarning(t, now); !w.isEmpty())
                    expiryWarnings.append(QStringLiteral("%1: %2").arg(d.name, w));
            }
        }
    }
    const auto origin = [](const ScimServer *s) {
        return s->baseUrl(QString()).chopped(QStringLiteral("/scim/v2/").size());
    };
    if (tlsServer) {
        out() << Tr::tr("ScimDesk %1 is listening on %2 and %3 (database %4)")
                     .arg(QStringLiteral(SCIMDESK_VERSION), origin(&server), origin(tlsServer.get()), database)
              << Qt::endl;
    } else {
        out() << Tr::tr("ScimDesk %1 is listening on %2 (database %3)")
                     .arg(QStringLiteral(SCIMDESK_VERSION), origin(&server), database)
              << Qt::endl;
    }
    if (identity) {
        out() << Tr::tr("TLS certificate SHA-256 fingerprint: %1").arg(identity->sha256Fingerprint()) << Qt::endl;
    }
    if (directories.isEmpty()) {
        out() << Tr::tr("No directories yet. Create one (its token is printed once) with:") << Qt::endl
              << QStringLiteral("  scimdesk directory add NAME --database %1 --json").arg(database) << Qt::endl;
    }
    for (const DirectoryRecord &d : std::as_const(directories)) {
        for (const ScimServer *s : std::as_const(servers))
            out() << QStringLiteral("  %1  %2  (%3)").arg(d.name, s->baseUrl(d.name), d.profile) << Qt::endl;
    }
    for (const QString &warning : std::as_const(expiryWarnings))
        err() << Tr::tr("scimdesk serve: warning: %1").arg(warning) << Qt::endl;
    out() << Tr::tr("Stop with Ctrl+C or SIGTERM.") << Qt::endl;

    const int rc = QCoreApplication::exec();
    if (tlsServer)
        tlsServer->stop();
    server.stop();
    out() << Tr::tr("ScimDesk stopped.") << Qt::endl;
    return rc == 0 ? Ok : Failure;
}

} // namespace scimdesk::cli
