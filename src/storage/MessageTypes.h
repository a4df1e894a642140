#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace epistle::storage {

// The IMAP system flags as bits (stored in messages.flags); any other flag is a keyword.
enum class MessageFlag : quint32 {
    Seen = 0x01,
    Answered = 0x02,
    Flagged = 0x04,
    Deleted = 0x08,
    Draft = 0x10,
    Recent = 0x20,
};
Q_DECLARE_FLAGS(MessageFlags, MessageFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(MessageFlags)

struct Address
{
    QString name;
    QString address;
    bool operator==(const Address &) const = default;
};

// Stored form of an address list: name U+001F address, entries separated by U+001E. The
// control characters cannot occur in decoded header text and are word separators for FTS.
QString encodeAddresses(const QList<Address> &addresses);
QList<Address> decodeAddresses(const QString &encoded);

// One message's summary as the sync engine hands it over: every value already decoded.
struct MessageSummary
{
    quint32 uid = 0;
    quint64 modSeq = 0;
    MessageFlags flags;
    QStringList keywords;
    QDateTime internalDate;
    qint64 size = 0;
    QString subject;
    Address from;
    QList<Address> to;
    QList<Address> cc;
    QDateTime date; // the Date header, keeping the sender's UTC offset
    QByteArray messageId; // with angle brackets, as in the header
    QByteArray inReplyTo;
    QByteArrayList references;
    bool hasAttachments = false;
    QString preview;

    bool operator==(const MessageSummary &) const = default;
};

// A stored message: its summary plus where it lives.
struct StoredMessage
{
    qint64 key = 0; // messages.id, stable for the life of the message in this folder
    qint64 folderId = 0;
    qint64 threadId = 0;
    MessageSummary summary;
};

// A flag change reported by the server (FETCH FLAGS, CONDSTORE) or made locally.
struct FlagUpdate
{
    quint32 uid = 0;
    MessageFlags flags;
    QStringList keywords;
    quint64 modSeq = 0; // 0 keeps the stored value
};

} // namespace epistle::storage
