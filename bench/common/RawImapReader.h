#pragma once

// A minimal IMAP client for benchmarks: what the engine is compared with. Plain TCP on loopback,
// blocking, one buffer; it looks for the tagged reply only in the bytes that just arrived.

#include <QByteArray>

#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace epistle::bench {

// The minimal reader: a blocking socket, one buffer, and a search for the tagged reply that
// only looks at the bytes that just arrived.
class RawReader
{
public:
    RawReader(quint16 port, QByteArray login, QByteArray password)
        : m_port(port)
        , m_login(std::move(login))
        , m_password(std::move(password))
    {
    }
    ~RawReader()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        return !command("", false).isEmpty() // greeting
               && !command("r1 LOGIN " + m_login + ' ' + m_password).isEmpty()
               && !command("r2 SELECT INBOX").isEmpty();
    }

    // Sends the command (if any) and reads up to its tagged reply; "" on failure.
    QByteArray command(const QByteArray &line, bool tagged = true)
    {
        if (!line.isEmpty()) {
            const QByteArray out = line + "\r\n";
            if (::send(m_fd, out.constData(), size_t(out.size()), 0) != out.size())
                return {};
        }
        const QByteArray tag = tagged ? line.left(line.indexOf(' ')) + ' ' : QByteArray();
        const QByteArray needle = tagged ? "\r\n" + tag : QByteArray("\r\n");
        QByteArray buffer;
        buffer.reserve(64 * 1024 * 1024);
        char chunk[256 * 1024];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            const qsizetype before = buffer.size();
            buffer.append(chunk, n);
            const qsizetype from = std::max<qsizetype>(0, before - needle.size());
            if (!tagged) {
                if (buffer.indexOf(needle, from) >= 0)
                    return buffer;
                continue;
            }
            if (buffer.startsWith(tag) || buffer.indexOf(needle, from) >= 0) {
                if (buffer.endsWith("\r\n"))
                    return buffer;
            }
        }
    }

private:
    quint16 m_port;
    QByteArray m_login;
    QByteArray m_password;
    int m_fd = -1;
};

} // namespace epistle::bench
