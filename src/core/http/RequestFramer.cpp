// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestFramer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace scimdesk::http {

namespace {

// RFC 9110 token characters.
constexpr std::array<bool, 256> makeTokenTable()
{
    std::array<bool, 256> table{};
    for (int c = '0'; c <= '9'; ++c)
        table[c] = true;
    for (int c = 'a'; c <= 'z'; ++c)
        table[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c)
        table[c] = true;
    for (const char c : std::string_view("!#$%&'*+-.^_`|~"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}
constexpr std::array<bool, 256> kTokenChar = makeTokenTable();

bool isTokenChar(char c)
{
    return kTokenChar[static_cast<unsigned char>(c)];
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView lowerCaseLiteral)
{
    return a.size() == lowerCaseLiteral.size() && a.compare(lowerCaseLiteral, Qt::CaseInsensitive) == 0;
}

QByteArrayView trimmedOws(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t'))
        s.chop(1);
    return s;
}

// Known methods share static data instead of allocating per request.
QByteArray methodBytes(QByteArrayView m)
{
    switch (m.size()) {
    case 3:
        if (m == "GET")
            return QByteArrayLiteral("GET");
        if (m == "PUT")
            return QByteArrayLiteral("PUT");
        break;
    case 4:
        if (m == "POST")
            return QByteArrayLiteral("POST");
        if (m == "HEAD")
            return QByteArrayLiteral("HEAD");
        break;
    case 5:
        if (m == "PATCH")
            return QByteArrayLiteral("PATCH");
        break;
    case 6:
        if (m == "DELETE")
            return QByteArrayLiteral("DELETE");
        break;
    case 7:
        if (m == "OPTIONS")
            return QByteArrayLiteral("OPTIONS");
        break;
    default:
        break;
    }
    return m.toByteArray();
}

// A request line still being received: reject at once when it cannot start with "METHOD SP", so binary junk
// (a TLS ClientHello, a stray protocol) gets its 400 without waiting for a line end that may never come.
bool plausibleRequestLinePrefix(QByteArrayView partial)
{
    constexpr qsizetype maxMethodLength = 32;
    const qsizetype n = std::min(partial.size(), maxMethodLength + 1);
    for (qsizetype i = 0; i < n; ++i) {
        if (partial[i] == ' ')
            return i > 0;
        if (!isTokenChar(partial[i]))
            return false;
    }
    return partial.size() <= maxMethodLength;
}

// RFC 9112 3.2.2: a server must accept the absolute form ("http://host/path?q"); hand on the origin form.
QByteArray originForm(QByteArrayView target)
{
    if (target.startsWith('/') || target == "*")
        return target.toByteArray();
    const qsizetype scheme = target.indexOf("://");
    if (scheme <= 0 || !isToken(target.first(scheme)))
        return target.toByteArray(); // authority form (CONNECT) or something the handler will refuse
    qsizetype path = scheme + 3;
    while (path < target.size() && target[path] != '/' && target[path] != '?')
        ++path;
    if (path < target.size() && target[path] == '/')
        return target.sliced(path).toByteArray();
    return '/' + target.sliced(path).toByteArray(); // "http://host" or "http://host?q"
}

// Decimal digits only (no sign, no spaces inside); -2 when not a number, -3 when too large to represent.
qint64 parseContentLength(QByteArrayView v)
{
    if (v.isEmpty())
        return -2;
    qint64 n = 0;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return -2;
        if (n > (std::numeric_limits<qint64>::max() - 9) / 10)
            return -3;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

QString RequestFramer::describeSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = 1024 * 1024;
    if (bytes >= mib && bytes % mib == 0)
        return u"%1 MiB"_s.arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return u"%1 KiB"_s.arg(bytes / kib);
    return u"%1 bytes"_s.arg(bytes);
}

bool RequestFramer::fail(int status, const QString &detail)
{
    m_state = State::Failed;
    m_failureStatus = status;
    m_failureDetail = detail;
    m_wantsContinue = false;
    return false;
}

bool RequestFramer::feed(const char *data, qsizetype size, qint64 nowMs)
{
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Closing:
            return true;
        case State::Idle:
            // Like QHttpServerRequest, tolerate blank lines left over from a previous request.
            while (p < end && (*p == '\r' || *p == '\n' || *p == ' ' || *p == '\t' || *p == '\v'))
                ++p;
            if (p == end)
                return true;
            m_state = State::Head;
            m_startedMs = nowMs;
            break;
        case State::Head:
            if (!feedHead(p, end, nowMs))
                return false;
            break;
        case State::Body:
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_left, end - p);
            p += n;
            skipOpaque(n);
            break;
        }
        case State::ChunkSize:
            m_wantsContinue = false;
            if (!feedChunkSizeLine(p, end))
                return false;
            break;
        case State::ChunkDataEnd:
            if (!feedCrlf(p, end, State::ChunkSize))
                return false;
            break;
        case State::LastChunkEnd:
            if (!feedCrlf(p, end, State::Idle))
                return false;
            break;
        }
    }
    return !failed();
}

void RequestFramer::skipOpaque(qint64 n)
{
    Q_ASSERT(n >= 0 && n <= opaqueBytes());
    if (n == 0)
        return;
    m_wantsContinue = false;
    m_left -= n;
    if (m_left > 0)
        return;
    if (m_state == State::Body) {
        finishRequest();
    } else {
        m_state = State::ChunkDataEnd;
        m_sawCr = false;
    }
}

bool RequestFramer::feedHead(const char *&p, const char *end, qint64 nowMs)
{
    Q_UNUSED(nowMs);
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const qsizetype take = nl ? (nl - p + 1) : (end - p);
        m_headBytes += take;
        if (m_headBytes > m_limits.maxHeaderBytes) {
            return fail(431,
                        u"request header section exceeds the %1 limit"_s.arg(describeSize(m_limits.maxHeaderBytes)));
        }
        if (!nl) {
            m_line.append(p, take);
            p = end;
            if (!m_requestLineDone && !plausibleRequestLinePrefix(m_line))
                return fail(400, u"malformed request line"_s);
            return true;
        }
        QByteArrayView line;
        if (m_line.isEmpty()) {
            line = QByteArrayView(p, nl - p);
        } else {
            m_line.append(p, nl - p);
            line = m_line;
        }
        p = nl + 1;
        if (line.endsWith('\r'))
            line.chop(1);

        bool ok = true;
        bool headDone = false;
        if (!m_requestLineDone)
            ok = processRequestLine(line);
        else if (line.isEmpty())
            headDone = true;
        else
            ok = processHeaderLine(line);
        m_line.resize(0); // keeps the capacity for the next line
        if (!ok)
            return false;
        if (headDone)
            return finishHead();
    }
    return true;
}

bool RequestFramer::processRequestLine(QByteArrayView line)
{
    // request-line = method SP request-target SP HTTP-version
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 > 0 ? line.indexOf(' ', sp1 + 1) : -1;
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return fail(400, u"malformed request line"_s);
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, u"malformed request method"_s);
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400, u"malformed request target"_s);
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || version[5] < '0' ||
        version[5] > '9' || version[7] < '0' || version[7] > '9') {
        return fail(400, u"malformed HTTP version"_s);
    }
    if (version[5] != '1')
        return fail(505, u"only HTTP/1.0 and HTTP/1.1 are supported"_s);
    m_http10 = version[7] == '0';
    m_method = methodBytes(method);
    m_target = originForm(target);
    m_requestLineDone = true;
    return true;
}

bool RequestFramer::processHeaderLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, u"obsolete header line folding is not supported"_s);
    if (++m_fields > m_limits.maxHeaderFields)
        return fail(431, u"request has more than %1 header fields"_s.arg(m_limits.maxHeaderFields));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, u"malformed header field"_s);
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));

    switch (name.size()) {
    case 14:
        if (equalsIgnoreCase(name, "content-length")) {
            qint64 n = parseContentLength(value);
            if (n == -2)
                return fail(400, u"invalid Content-Length"_s);
            if (n == -3)
                n = std::numeric_limits<qint64>::max();
            if (m_contentLength >= 0 && m_contentLength != n)
                return fail(400, u"conflicting Content-Length fields"_s);
            m_contentLength = n;
        }
        break;
    case 17:
        if (equalsIgnoreCase(name, "transfer-encoding")) {
            m_hasTransferEncoding = true;
            if (!equalsIgnoreCase(value, "chunked"))
                return fail(501, u"only the chunked transfer coding is supported"_s);
            m_chunked = true;
        }
        break;
    case 10:
        if (equalsIgnoreCase(name, "connection")) {
            qsizetype from = 0;
            while (from <= value.size()) {
                qsizetype comma = value.indexOf(',', from);
                if (comma < 0)
                    comma = value.size();
                const QByteArrayView option = trimmedOws(value.sliced(from, comma - from));
                if (equalsIgnoreCase(option, "close"))
                    m_connectionClose = true;
                else if (equalsIgnoreCase(option, "keep-alive"))
                    m_connectionKeepAlive = true;
                from = comma + 1;
            }
        }
        break;
    case 6:
        if (equalsIgnoreCase(name, "expect") && equalsIgnoreCase(value, "100-continue"))
            m_expectContinue = true;
        break;
    default:
        break;
    }
    return true;
}

bool RequestFramer::finishHead()
{
    if (m_hasTransferEncoding && m_contentLength >= 0)
        return fail(400, u"request has both Content-Length and Transfer-Encoding"_s);
    if (m_chunked) {
        m_state = State::ChunkSize;
        m_bodyTotal = 0;
        m_wantsContinue = m_expectContinue;
        return true;
    }
    if (m_contentLength > m_limits.maxBodyBytes)
        return fail(413, u"request body exceeds the %1 limit"_s.arg(describeSize(m_limits.maxBodyBytes)));
    if (m_contentLength > 0) {
        m_state = State::Body;
        m_left = m_contentLength;
        m_wantsContinue = m_expectContinue;
        return true;
    }
    finishRequest();
    return true;
}

bool RequestFramer::feedChunkSizeLine(const char *&p, const char *end)
{
    constexpr qsizetype maxChunkLine = 1024;
    const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
    const qsizetype take = nl ? (nl - p + 1) : (end - p);
    if (m_line.size() + take > maxChunkLine)
        return fail(400, u"malformed chunked body"_s);
    if (!nl) {
        m_line.append(p, take);
        p = end;
        return true;
    }
    QByteArrayView line;
    if (m_line.isEmpty()) {
        line = QByteArrayView(p, nl - p);
    } else {
        m_line.append(p, nl - p);
        line = m_line;
    }
    p = nl + 1;
    // QHttpServerRequest 6.4 only finds the end of a chunk-size line at CRLF: insist on it to stay in step.
    if (!line.endsWith('\r')) {
        m_line.resize(0);
        return fail(400, u"malformed chunked body"_s);
    }
    line.chop(1);
    const qsizetype semicolon = line.indexOf(';');
    if (semicolon >= 0)
        line = line.first(semicolon);
    line = trimmedOws(line);
    qint64 size = 0;
    bool ok = !line.isEmpty() && line.size() <= 15;
    for (qsizetype i = 0; ok && i < line.size(); ++i) {
        const char c = line[i];
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        ok = digit >= 0;
        size = size * 16 + digit;
    }
    m_line.resize(0);
    if (!ok)
        return fail(400, u"malformed chunked body"_s);
    if (size == 0) {
        m_state = State::LastChunkEnd;
        m_sawCr = false;
        return true;
    }
    m_bodyTotal += size;
    if (m_bodyTotal > m_limits.maxBodyBytes)
        return fail(413, u"request body exceeds the %1 limit"_s.arg(describeSize(m_limits.maxBodyBytes)));
    m_left = size;
    m_state = State::ChunkData;
    return true;
}

bool RequestFramer::feedCrlf(const char *&p, const char *end, State next)
{
    while (p < end) {
        const char c = *p++;
        if (c == '\r' && !m_sawCr) {
            m_sawCr = true;
            continue;
        }
        // QHttpServerRequest 6.4 reads exactly two bytes after chunk data, so there CR is required; the
        // last chunk may end with a bare LF as it accepts that.
        if (c == '\n' && (m_sawCr || next == State::Idle)) {
            m_sawCr = false;
            if (next == State::Idle)
                finishRequest();
            else
                m_state = next;
            return true;
        }
        return fail(400,
                    next == State::Idle ? u"chunked trailer fields are not supported"_s : u"malformed chunked body"_s);
    }
    return true;
}

void RequestFramer::finishRequest()
{
    const bool keepAlive = m_http10 ? (m_connectionKeepAlive && !m_connectionClose) : !m_connectionClose;
    m_framed.append(Framed{std::move(m_method), std::move(m_target), keepAlive, m_http10, m_startedMs});
    m_method = QByteArray();
    m_target = QByteArray();
    m_headBytes = 0;
    m_contentLength = -1;
    m_left = 0;
    m_bodyTotal = 0;
    m_fields = 0;
    m_requestLineDone = false;
    m_http10 = false;
    m_chunked = false;
    m_hasTransferEncoding = false;
    m_connectionClose = false;
    m_connectionKeepAlive = false;
    m_expectContinue = false;
    m_wantsContinue = false;
    m_sawCr = false;
    m_state = keepAlive ? State::Idle : State::Closing;
}

} // namespace scimdesk::http
