#pragma once

#include <QByteArray>
#include <optional>

namespace epistle::net {

// Bytes received but not yet consumed, read as lines (CRLF, or a bare LF from sloppy servers) or
// as exact byte counts (IMAP literals). Appending and taking are amortised O(1) per byte: the
// search for a line end resumes where the previous one stopped, so a long line arriving in many
// small TLS records is not rescanned each time.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype maxLineLength = 1024 * 1024);

    void append(const QByteArray &data);
    void clear();

    qsizetype size() const { return m_data.size() - m_start; }
    bool isEmpty() const { return size() == 0; }

    // A complete line without its line end, or nullopt when no line end has arrived yet.
    std::optional<QByteArray> takeLine();
    // True when the unfinished line is longer than the limit (a hostile or broken peer).
    bool lineTooLong() const;

    QByteArray take(qsizetype count); // at most count bytes, from the front
    QByteArray takeAll();
    QByteArray peek(qsizetype count) const;

private:
    void compact();

    QByteArray m_data;
    qsizetype m_start = 0;     // first unconsumed byte
    qsizetype m_scanFrom = 0;  // no '\n' in [m_start, m_scanFrom)
    qsizetype m_maxLineLength;
};

} // namespace epistle::net
