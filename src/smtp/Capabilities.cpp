#include "smtp/Capabilities.h"

namespace epistle::smtp {

Capabilities Capabilities::fromEhlo(const Reply &reply)
{
    Capabilities caps;
    caps.esmtp = true;
    if (reply.lines.isEmpty())
        return caps;
    caps.serverName = reply.lines.first().simplified().split(' ').value(0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).simplified();
        if (line.isEmpty())
            continue;
        caps.keywords.append(line);
        const QList<QByteArray> parts = line.split(' ');
        QByteArray keyword = parts.first().toUpper();
        QList<QByteArray> params = parts.mid(1);
        if (keyword.startsWith("AUTH=")) { // pre-RFC 4954 form, still sent by some servers
            params.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (keyword == "SIZE") {
            caps.sizeAnnounced = true;
            bool ok = false;
            const quint64 size = params.value(0).toULongLong(&ok);
            caps.maxSize = ok ? size : 0;
        } else if (keyword == "AUTH") {
            for (const QByteArray &mechanism : std::as_const(params)) {
                const QString name = QString::fromLatin1(mechanism.toUpper());
                if (!name.isEmpty() && !caps.authMechanisms.contains(name))
                    caps.authMechanisms.append(name);
            }
        } else if (keyword == "PIPELINING") {
            caps.pipelining = true;
        } else if (keyword == "8BITMIME") {
            caps.eightBitMime = true;
        } else if (keyword == "SMTPUTF8") {
            caps.smtpUtf8 = true;
        } else if (keyword == "CHUNKING") {
            caps.chunking = true;
        } else if (keyword == "BINARYMIME") {
            caps.binaryMime = true;
        } else if (keyword == "DSN") {
            caps.dsn = true;
        } else if (keyword == "STARTTLS") {
            caps.startTls = true;
        } else if (keyword == "ENHANCEDSTATUSCODES") {
            caps.enhancedStatusCodes = true;
        }
    }
    return caps;
}

} // namespace epistle::smtp
