// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace scimdesk::Tokens {

// A new bearer token: "scimdesk_" followed by 256 bits from the system CSPRNG, base64url without padding.
// The prefix lets secret scanners recognise a leaked token.
QByteArray generate();
// What the database keeps: SHA-256 of the token (tokens have full entropy, so a fast hash is enough).
QByteArray hash(QByteArrayView token);
// Compares in time that depends only on the lengths, never on where the bytes differ.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
// The index of the hash in `candidates` equal to hash(token), or -1. Every candidate is compared, so the time
// does not reveal which one matched.
qsizetype match(QByteArrayView token, const QList<QByteArray> &candidateHashes);

} // namespace scimdesk::Tokens
