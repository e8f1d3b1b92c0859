// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tokens.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace scimdesk::Tokens {

QByteArray generate()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QByteArrayLiteral("scimdesk_") +
           raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray hash(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

qsizetype match(QByteArrayView token, const QList<QByteArray> &candidateHashes)
{
    const QByteArray h = hash(token);
    qsizetype found = -1;
    for (qsizetype i = 0; i < candidateHashes.size(); ++i) {
        const bool equal = constantTimeEquals(h, candidateHashes.at(i));
        found = equal ? i : found;
    }
    return found;
}

} // namespace scimdesk::Tokens
