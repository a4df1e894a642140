#pragma once

#include "smtp/Reply.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace epistle::smtp {

// The EHLO reply's service extensions (RFC 5321 4.1.1.1: the first line is the server's
// greeting, each further line a keyword with optional parameters).
struct Capabilities
{
    bool esmtp = false;              // the server answered EHLO (not just HELO)
    QByteArray serverName;           // the first word of the first line
    bool sizeAnnounced = false;      // SIZE keyword present
    quint64 maxSize = 0;             // SIZE n; 0 = no fixed limit (RFC 1870)
    QStringList authMechanisms;      // upper case, in the order offered ("AUTH=" old style merged)
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool chunking = false;
    bool binaryMime = false;
    bool dsn = false;
    bool startTls = false;
    bool enhancedStatusCodes = false;
    QList<QByteArray> keywords;      // every keyword line as sent, for diagnostics

    static Capabilities fromEhlo(const Reply &reply);
    bool hasAuth(const QString &mechanism) const { return authMechanisms.contains(mechanism); }
};

} // namespace epistle::smtp
