#pragma once

#include "mime/OutgoingMessage.h"

#include <QByteArray>
#include <QString>

namespace epistle::mime {

struct BuiltMessage
{
    QByteArray data;           // CRLF line ends, ready for SMTP DATA / IMAP APPEND
    QString messageId;         // the one written (without brackets)
    QStringList envelopeRecipients; // To, Cc and Bcc mailboxes, deduplicated
    QString envelopeSender;
};

// Builds RFC 5322 / MIME messages with GMime: non-ASCII headers as RFC 2047 encoded words,
// attachment names as RFC 2231 parameters, bodies in 7-bit transfer encodings (quoted-printable
// or base64) unless the transport accepts 8BITMIME, every line within 998 octets.
class MessageBuilder
{
public:
    struct Options
    {
        bool allow8bit = false;  // the server announced 8BITMIME
        bool includeBcc = false; // for the copy kept in Sent, never for the transmitted one
    };

    MessageBuilder() = default;
    explicit MessageBuilder(Options options) : m_options(options) {}

    // Returns false (with *error) only when an attachment file cannot be read.
    bool build(const OutgoingMessage &message, BuiltMessage *result, QString *error = nullptr) const;

    static QString generateMessageId(const QString &domainHint);

private:
    Options m_options;
};

} // namespace epistle::mime
