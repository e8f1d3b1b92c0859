// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalRedaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <string_view>

namespace scimdesk::JournalRedaction {

namespace {

const QString Redacted = QStringLiteral("[redacted]");

QJsonValue redact(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = isSecretKey(it.key()) ? QJsonValue(Redacted) : redact(*it);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redact(a.at(i));
        return a;
    }
    return v;
}

QByteArray truncated(QByteArray text, qsizetype maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    const qsizetype full = text.size();
    text.truncate(maxBytes);
    // Do not cut a UTF-8 sequence in half.
    while (!text.isEmpty() && (uchar(text.back()) & 0xC0) == 0x80)
        text.chop(1);
    if (!text.isEmpty() && uchar(text.back()) >= 0xC0)
        text.chop(1);
    return text + QCoreApplication::translate("JournalRedaction", "…[truncated; %1 bytes in all]").arg(full).toUtf8();
}

} // namespace

bool isSecretKey(QStringView key)
{
    static const QLatin1StringView words[] = {QLatin1StringView("password"),  QLatin1StringView("token"),
                                              QLatin1StringView("secret"),    QLatin1StringView("authorization"),
                                              QLatin1StringView("apikey"),    QLatin1StringView("api_key"),
                                              QLatin1StringView("credential")};
    for (const QLatin1StringView w : words) {
        if (key.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isSecretKey(QLatin1StringView key)
{
    char lowered[128];
    if (key.size() > qsizetype(sizeof lowered))
        return isSecretKey(QStringView(QString(key))); // long text (a whole query string): the general path
    const qsizetype n = qMin<qsizetype>(key.size(), sizeof lowered);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = key.data()[i];
        lowered[i] = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
    const std::string_view view(lowered, size_t(n));
    for (const char *word : {"password", "token", "secret", "authorization", "apikey", "api_key", "credential"}) {
        if (view.find(word) != std::string_view::npos)
            return true;
    }
    return false;
}

namespace {

// Redacts in place the string values of secret-named keys in well-formed JSON, without parsing it. Returns
// false (and leaves `text` unchanged) when a secret-named key has a value that is not a plain string, so the
// caller falls back to parsing.
bool redactStringValuesInPlace(QByteArray &text)
{
    QByteArray out;
    qsizetype copied = 0;
    const char *data = text.constData();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] != '"') {
            ++i;
            continue;
        }
        const qsizetype start = ++i;
        while (i < size && data[i] != '"')
            i += (data[i] == '\\') ? 2 : 1;
        if (i >= size)
            return false;
        const qsizetype length = i - start;
        ++i;
        if (memchr(data + start, '\\', size_t(length)))
            return false; // an escaped key ("pass\u0077ord") is only recognised by the parser
        qsizetype j = i;
        while (j < size && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r'))
            ++j;
        if (j >= size || data[j] != ':' || !isSecretKey(QLatin1StringView(data + start, length)))
            continue; // a value, or a key that names nothing secret
        ++j;
        while (j < size && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r'))
            ++j;
        if (j >= size || data[j] != '"')
            return false; // not a plain string: let the parser handle it
        const qsizetype valueStart = j;
        ++j;
        while (j < size && data[j] != '"')
            j += (data[j] == '\\') ? 2 : 1;
        if (j >= size)
            return false;
        out.append(data + copied, valueStart - copied);
        out.append("\"[redacted]\"");
        copied = j + 1;
        i = j + 1;
    }
    if (copied == 0)
        return true;
    out.append(data + copied, size - copied);
    text = out;
    return true;
}

} // namespace

QByteArray body(const QByteArray &raw, qsizetype maxBytes, QByteArrayView bearerToken)
{
    if (raw.isEmpty())
        return {};
    // Fast path for the common shape (Okta's create carries a "password" string): the body is valid JSON (the
    // check is cheap next to rebuilding it), and every secret-named key has a string value, replaced in place.
    if (QJsonDocument::fromJson(raw).isObject()) {
        QByteArray text = raw;
        if (redactStringValuesInPlace(text)) {
            if (bearerToken.size() >= 8)
                text.replace(bearerToken, Redacted.toLatin1());
            return truncated(text, maxBytes);
        }
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        return QCoreApplication::translate("JournalRedaction", "[a body of %1 bytes that is not JSON; not kept]")
            .arg(raw.size())
            .toUtf8();
    }
    QByteArray text = doc.isObject() ? QJsonDocument(redact(doc.object()).toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(redact(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    if (bearerToken.size() >= 8)
        text.replace(bearerToken, Redacted.toLatin1());
    return truncated(text, maxBytes);
}

QByteArray response(const QByteArray &raw, qsizetype maxBytes)
{
    // One pass over the object keys (strings followed by ':') of the part that will be kept: only when one of
    // them names a secret is the body parsed and redacted. What is cut off is never stored, so it need not be
    // looked at. Our own responses never hold the token or a password; this catches client attributes such as
    // "apiSecret" echoed back.
    const char *p = raw.constData();
    const char *end = p + qMin(raw.size(), maxBytes);
    while ((p = static_cast<const char *>(memchr(p, '"', size_t(end - p))))) {
        const char *start = ++p;
        while (p < end && *p != '"')
            p += (*p == '\\' && p + 1 < end) ? 2 : 1;
        if (p >= end)
            break;
        const qsizetype length = p - start;
        ++p;
        if (p < end && *p == ':' && length >= 5 && length <= 128 && isSecretKey(QLatin1StringView(start, length)))
            return body(raw, maxBytes, {});
    }
    return truncated(raw, maxBytes);
}

QString target(const QByteArray &target)
{
    const qsizetype q = target.indexOf('?');
    QString out = QString::fromUtf8(target.left(q < 0 ? target.size() : q).left(2048));
    if (q < 0)
        return out;
    const QByteArray query = target.mid(q + 1);
    // Most targets (Okta's filters and pages) name nothing secret: keep them as they are.
    if (!isSecretKey(QLatin1StringView(QByteArray::fromPercentEncoding(query))))
        return QString(out + u'?' + QString::fromUtf8(query)).left(4096);
    QStringList kept;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? pair : pair.left(eq)));
        if (eq >= 0 && isSecretKey(key))
            kept.append(QString::fromUtf8(pair.left(eq)) + u'=' + Redacted);
        else
            kept.append(QString::fromUtf8(pair));
    }
    return QString(out + u'?' + kept.join(u'&')).left(4096);
}

} // namespace scimdesk::JournalRedaction
