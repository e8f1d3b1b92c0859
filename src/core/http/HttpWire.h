// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace scimdesk::http {

// How a response is framed on the connection.
struct WireOptions
{
    bool headRequest = false;     // HEAD: Content-Length of the body, but no body
    bool closeConnection = false; // adds "Connection: close"
    bool http10KeepAlive = false; // HTTP/1.0 client that asked for keep-alive: say "Connection: keep-alive"
};

// Serialises a response into one buffer (one socket write). The transport owns framing: the handler's
// Content-Length, Transfer-Encoding and Connection headers are replaced; header fields containing CR/LF are
// dropped. Sets *closeConnection when the connection must be closed after it (asked by options or handler).
QByteArray serializeResponse(const HttpResponse &response, const WireOptions &options, QByteArrayView date,
                             bool *closeConnection = nullptr);

QByteArrayView reasonPhrase(int status);

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray formatHttpDate(qint64 secsSinceEpoch);

// {"detail":"…","status":"413"} with Content-Type application/json.
HttpResponse defaultErrorResponse(int status, const QString &detail);

} // namespace scimdesk::http
