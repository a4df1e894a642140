#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace epistle::imap {

// Mailbox names on the wire: modified UTF-7 (RFC 3501 5.1.3), or UTF-8 once UTF8=ACCEPT is
// enabled (RFC 6855).
namespace MailboxName {

QByteArray encodeUtf7(const QString &name);
// nullopt for text that is not canonical modified UTF-7: raw 8-bit or control bytes, an
// unterminated or malformed base64 run, leftover bits, a lone surrogate, or printable ASCII
// encoded in base64.
std::optional<QString> decodeUtf7(const QByteArray &encoded);

QByteArray encode(const QString &name, bool utf8);
// Decodes what a server sent. A server that sends raw UTF-8 without UTF8=ACCEPT is read as
// UTF-8 rather than losing the mailbox. "INBOX" is case-insensitive and normalised.
QString decode(const QByteArray &raw, bool utf8);

} // namespace MailboxName

} // namespace epistle::imap
