// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace scimdesk::JournalRedaction {

// A body as the journal keeps it: JSON with the values of secret-bearing keys (password, token, secret,
// authorization, …, at any depth) replaced by "[redacted]"; the request's own bearer token removed wherever it
// appears; bodies that are not JSON are not kept (they could hold anything), only their size; and anything over
// `maxBytes` cut with a note of the full size.
QByteArray body(const QByteArray &raw, qsizetype maxBytes, QByteArrayView bearerToken);

// A response body ScimDesk produced: never holds the bearer token or a password, but can echo client
// attributes whose names look secret. Parsed and redacted only when such a name occurs in it; otherwise kept as
// is (cut at `maxBytes`), which keeps journaling reads cheap.
QByteArray response(const QByteArray &raw, qsizetype maxBytes);

// A request target with the values of token-like query parameters replaced by "[redacted]".
QString target(const QByteArray &target);

// True when a JSON key names a secret.
bool isSecretKey(QStringView key);
bool isSecretKey(QLatin1StringView key);

} // namespace scimdesk::JournalRedaction
