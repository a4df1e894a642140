#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QString>

namespace epistle::mime {

// Single header values as a server hands them over outside a whole message (IMAP ENVELOPE and
// the like), decoded with the same lenient rules as MessageParser.

// RFC 2047 encoded words decoded; raw 8-bit text read as UTF-8, else windows-1252.
QString decodeHeaderText(const QByteArray &raw);
// An RFC 5322 date (lenient: obsolete zones, missing seconds); the sender's offset kept.
// Invalid when unreadable.
QDateTime parseHeaderDate(const QByteArray &raw);
// Message ids of a References / In-Reply-To value, with their angle brackets.
QByteArrayList parseMessageIds(const QByteArray &raw);

} // namespace epistle::mime
