// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWire.h"

#include "HttpLogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace scimdesk::http {

namespace {

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView lowerCaseLiteral)
{
    return a.size() == lowerCaseLiteral.size() && a.compare(lowerCaseLiteral, Qt::CaseInsensitive) == 0;
}

bool hasLineBreak(QByteArrayView s)
{
    return std::memchr(s.data(), '\r', size_t(s.size())) || std::memchr(s.data(), '\n', size_t(s.size()));
}

bool containsCloseOption(QByteArrayView value)
{
    qsizetype from = 0;
    while (from <= value.size()) {
        qsizetype comma = value.indexOf(',', from);
        if (comma < 0)
            comma = value.size();
        if (equalsIgnoreCase(value.sliced(from, comma - from).trimmed(), "close"))
            return true;
        from = comma + 1;
    }
    return false;
}

void appendDecimal(QByteArray &out, qint64 n)
{
    char digits[24];
    int i = sizeof(digits);
    do {
        digits[--i] = char('0' + n % 10);
        n /= 10;
    } while (n > 0 && i > 0);
    out.append(digits + i, qsizetype(sizeof(digits) - i));
}

} // namespace

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray serializeResponse(const HttpResponse &response, const WireOptions &options, QByteArrayView date,
                             bool *closeConnection)
{
    const int status = (response.status >= 100 && response.status <= 999) ? response.status : 500;
    const bool bodyForbidden = status < 200 || status == 204 || status == 304;
    const bool writeBody = !bodyForbidden && !options.headRequest;
    const QByteArrayView reason = reasonPhrase(status);

    qsizetype estimate = 96 + reason.size() + date.size() + (writeBody ? response.body.size() : 0);
    for (const auto &[name, value] : response.headers)
        estimate += name.size() + value.size() + 4;

    QByteArray out;
    out.reserve(estimate);
    out.append("HTTP/1.1 ");
    appendDecimal(out, status);
    out.append(' ');
    out.append(reason);
    out.append("\r\n");

    bool close = options.closeConnection;
    for (const auto &[name, value] : response.headers) {
        if (name.isEmpty() || hasLineBreak(name) || hasLineBreak(value) || name.contains(':')) {
            qCWarning(lcHttp, "dropping malformed response header field %s", name.left(64).constData());
            continue;
        }
        if (equalsIgnoreCase(name, "content-length") || equalsIgnoreCase(name, "transfer-encoding") ||
            equalsIgnoreCase(name, "date")) {
            continue;
        }
        if (equalsIgnoreCase(name, "connection")) {
            close = close || containsCloseOption(value);
            continue;
        }
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append("\r\n");
    }
    if (!bodyForbidden) {
        out.append("Content-Length: ");
        appendDecimal(out, response.body.size());
        out.append("\r\n");
    }
    if (!date.isEmpty()) {
        out.append("Date: ");
        out.append(date);
        out.append("\r\n");
    }
    if (close)
        out.append("Connection: close\r\n");
    else if (options.http10KeepAlive)
        out.append("Connection: keep-alive\r\n");
    out.append("\r\n");
    if (writeBody)
        out.append(response.body);

    if (closeConnection)
        *closeConnection = close;
    return out;
}

QByteArray formatHttpDate(qint64 secsSinceEpoch)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
    const QDate d = t.date();
    const QTime tm = t.time();
    char buf[40];
    const int n = std::snprintf(buf, sizeof(buf), "%s, %02d %s %04d %02d:%02d:%02d GMT", days[d.dayOfWeek() - 1],
                                d.day(), months[d.month() - 1], d.year(), tm.hour(), tm.minute(), tm.second());
    return QByteArray(buf, n);
}

HttpResponse defaultErrorResponse(int status, const QString &detail)
{
    HttpResponse r;
    r.status = status;
    const QJsonObject o{{u"status"_s, QString::number(status)}, {u"detail"_s, detail}};
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    r.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    return r;
}

} // namespace scimdesk::http
