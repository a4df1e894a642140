#include "pop3/Listing.h"

#include <limits>

namespace epistle::pop3 {

namespace {

// Splits at runs of blanks; leading and trailing blanks ignored.
QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            result.append(line.sliced(start, i - start));
    }
    return result;
}

template<typename T> std::optional<T> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const quint64 next = value * 10 + quint64(c - '0');
        if (next / 10 != value) // overflow
            return std::nullopt;
        value = next;
    }
    if (value > quint64(std::numeric_limits<T>::max()))
        return std::nullopt;
    return T(value);
}

} // namespace

std::optional<MailboxStat> parseStat(QByteArrayView okText)
{
    const auto parts = words(okText);
    if (parts.size() < 2) // RFC 1939 allows text after the two numbers
        return std::nullopt;
    const auto count = number<quint32>(parts[0]);
    const auto octets = number<quint64>(parts[1]);
    if (!count || !octets)
        return std::nullopt;
    return MailboxStat{*count, *octets};
}

std::optional<ListEntry> parseListLine(QByteArrayView line)
{
    const auto parts = words(line);
    if (parts.size() < 2)
        return std::nullopt;
    const auto n = number<quint32>(parts[0]);
    const auto octets = number<quint64>(parts[1]);
    if (!n || *n == 0 || !octets)
        return std::nullopt;
    return ListEntry{*n, *octets};
}

std::optional<UidEntry> parseUidlLine(QByteArrayView line)
{
    const auto parts = words(line);
    if (parts.size() != 2)
        return std::nullopt;
    const auto n = number<quint32>(parts[0]);
    if (!n || *n == 0 || parts[1].size() > 70)
        return std::nullopt;
    for (char c : parts[1]) {
        if (c < 0x21 || c > 0x7e)
            return std::nullopt;
    }
    return UidEntry{*n, parts[1].toByteArray()};
}

QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        const qsizetype next = end < 0 ? content.size() : end + 1;
        if (end < 0)
            end = content.size();
        qsizetype stop = end;
        if (stop > start && content[stop - 1] == '\r')
            --stop;
        lines.append(content.sliced(start, stop - start));
        start = next;
    }
    return lines;
}

Capabilities Capabilities::parse(const QList<QByteArray> &lines)
{
    Capabilities caps;
    caps.valid = true;
    caps.lines = lines;
    for (const QByteArray &line : lines) {
        const auto parts = words(line);
        if (parts.isEmpty())
            continue;
        const QByteArray name = parts[0].toByteArray().toUpper();
        if (name == "STLS") {
            caps.stls = true;
        } else if (name == "USER") {
            caps.user = true;
        } else if (name == "TOP") {
            caps.top = true;
        } else if (name == "UIDL") {
            caps.uidl = true;
        } else if (name == "PIPELINING") {
            caps.pipelining = true;
        } else if (name == "RESP-CODES") {
            caps.respCodes = true;
        } else if (name == "AUTH-RESP-CODE") {
            caps.authRespCode = true;
        } else if (name == "SASL") {
            for (qsizetype i = 1; i < parts.size(); ++i)
                caps.saslMechanisms.append(QString::fromLatin1(parts[i].toByteArray().toUpper()));
        } else if (name == "LOGIN-DELAY" && parts.size() >= 2) {
            if (const auto seconds = number<quint32>(parts[1]); seconds && *seconds <= quint32(std::numeric_limits<int>::max()))
                caps.loginDelaySeconds = int(*seconds);
        } else if (name == "IMPLEMENTATION") {
            caps.implementation = line.mid(line.toUpper().indexOf("IMPLEMENTATION") + 14).trimmed();
        }
    }
    return caps;
}

} // namespace epistle::pop3
