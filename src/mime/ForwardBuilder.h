#pragma once

#include "mime/Message.h"
#include "mime/OutgoingMessage.h"

#include <QByteArray>

namespace epistle::mime {

enum class ForwardMode { Inline, Attachment };

// A forward draft: "Fwd:" subject; either the original's text inline under a header block with
// its attachments carried over, or the whole original attached as message/rfc822.
class ForwardBuilder
{
public:
    // `source` is the original's raw bytes (needed for ForwardMode::Attachment).
    static OutgoingMessage build(const Message &original, const QByteArray &source, ForwardMode mode,
                                 const Address &identity);
    // The "-------- Forwarded Message --------" block that precedes the inline text.
    static QString headerBlock(const Message &original);
};

} // namespace epistle::mime
