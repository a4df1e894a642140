#pragma once

#include "imap/Capabilities.h"
#include "imap/Response.h"

#include <QByteArray>

namespace epistle::imap {

// Everything the engine does differently for particular servers, decided in one place from what
// the server tells about itself: its greeting, its capabilities and its ID response. The rest of
// the engine asks these flags and never looks at server names.
class ServerQuirks
{
public:
    enum class Product { Unknown, Dovecot, Cyrus, Courier, Exchange, Gmail, Yahoo, Zimbra };

    static ServerQuirks detect(const QByteArray &greeting, const Capabilities &capabilities, const Parameters &id = {});

    Product product = Product::Unknown;

    // Command lines longer than this are split (UID sets in several commands). RFC 7162 asks
    // servers to accept 8192 octets; some accept less.
    qsizetype maxCommandLength = 8000;
    // IDLE is re-issued after this long: RFC 2177 says servers may drop an IDLE after 30 minutes.
    int idleRefreshMs = 28 * 60 * 1000;
    // Exchange computes BODYSTRUCTURE from a converted message and is known to get parts and
    // sizes wrong; fetch BODY[] and parse locally instead.
    bool trustBodyStructure = true;
};

QByteArray productName(ServerQuirks::Product product);

} // namespace epistle::imap
