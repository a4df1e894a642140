#pragma once

#include "mime/Message.h"
#include "mime/OutgoingMessage.h"

#include <QStringList>

namespace epistle::mime {

enum class ReplyMode { Sender, All };

// A reply draft from a received message: recipients (Reply-To and Mail-Followup-To honoured,
// the user's own addresses removed), "Re:" subject, In-Reply-To/References, quoted text.
class ReplyBuilder
{
public:
    // ownAddresses: every address of the user (identities and aliases), compared case-insensitively.
    static OutgoingMessage build(const Message &original, ReplyMode mode, const Address &identity,
                                 const QStringList &ownAddresses);

    static void recipients(const Message &original, ReplyMode mode, const QStringList &ownAddresses,
                           AddressList *to, AddressList *cc);
    static QStringList references(const Message &original);
    // "On <date>, <name> wrote:"
    static QString attribution(const Message &original);
    // Each line prefixed with "> " (">" before already quoted lines).
    static QString quote(const QString &text);
    // The original's text to quote: the plain part, else the HTML converted to text.
    static QString originalText(const Message &original);
    // The identity the original was sent to, else the first one.
    static Address chooseIdentity(const Message &original, const AddressList &identities);
};

} // namespace epistle::mime
