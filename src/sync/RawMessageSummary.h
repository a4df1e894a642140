#pragma once

#include "storage/MessageTypes.h"

#include <QByteArray>
#include <QDateTime>

namespace epistle::mime {
class Message;
}

namespace epistle::sync {

// The list summary of a message Epistle holds as raw bytes (downloaded by POP3, or a copy it
// sent itself), built with src/mime: what an IMAP server would give in ENVELOPE,
// BODYSTRUCTURE and PREVIEW. The uid and flags are left to the caller.
class RawMessageSummary
{
public:
    static constexpr int PreviewLength = 200;

    // internalDate: when the message arrived here (POP3: the download time).
    static storage::MessageSummary fromBytes(const QByteArray &raw, const QDateTime &internalDate);
    static storage::MessageSummary fromMessage(const mime::Message &message, qint64 size, const QDateTime &internalDate);

    // The first PreviewLength characters of the message's text, quoted lines and line breaks
    // left out; from the HTML body when there is no plain one.
    static QString preview(const mime::Message &message);
};

} // namespace epistle::sync
