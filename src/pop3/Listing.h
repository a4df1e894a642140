#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <optional>

namespace epistle::pop3 {

struct MailboxStat
{
    quint32 count = 0;
    quint64 octets = 0;
};

struct ListEntry // one line of LIST: message number and size in octets
{
    quint32 number = 0;
    quint64 octets = 0;
};

struct UidEntry // one line of UIDL: message number and unique id (RFC 1939: 1-70 chars 0x21-0x7E)
{
    quint32 number = 0;
    QByteArray uid;
};

// Parsers of the text of "+OK" lines and of multi-line listing lines. nullopt: malformed.
std::optional<MailboxStat> parseStat(QByteArrayView okText);
std::optional<ListEntry> parseListLine(QByteArrayView line);
std::optional<UidEntry> parseUidlLine(QByteArrayView line);

// Splits decoded multi-line content into lines without their line ends.
QList<QByteArray> splitLines(const QByteArray &content);

// The CAPA response (RFC 2449).
struct Capabilities
{
    bool valid = false; // CAPA answered +OK
    bool stls = false;
    bool user = false;
    bool top = false;
    bool uidl = false;
    bool pipelining = false;
    bool respCodes = false;
    bool authRespCode = false;
    QStringList saslMechanisms; // upper case
    std::optional<int> loginDelaySeconds;
    QByteArray implementation;
    QList<QByteArray> lines; // as sent

    static Capabilities parse(const QList<QByteArray> &lines);
    bool hasSasl(const QString &mechanism) const { return saslMechanisms.contains(mechanism.toUpper()); }
};

} // namespace epistle::pop3
