#include "smtp/DataEncoder.h"

#include <cstring>

namespace epistle::smtp {

void DataEncoder::reset()
{
    m_atLineStart = true;
    m_lastWasCr = false;
}

void DataEncoder::encode(QByteArrayView input, QByteArray *out)
{
    const char *data = input.data();
    const qsizetype size = input.size();
    out->reserve(out->size() + size + size / 32 + 16);
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (m_lastWasCr) {
            m_lastWasCr = false;
            if (c == '\n') { // the LF of a CRLF whose CR was already written as CRLF
                ++i;
                continue;
            }
        }
        if (c == '\r' || c == '\n') {
            out->append("\r\n", 2);
            m_lastWasCr = c == '\r';
            m_atLineStart = true;
            ++i;
            continue;
        }
        if (m_atLineStart && c == '.' && m_mode == Mode::Data)
            out->append('.');
        m_atLineStart = false;
        // The rest of the line in one piece, up to the next CR or LF.
        const void *lf = std::memchr(data + i, '\n', size_t(size - i));
        qsizetype end = lf ? static_cast<const char *>(lf) - data : size;
        if (const void *cr = std::memchr(data + i, '\r', size_t(end - i)))
            end = static_cast<const char *>(cr) - data;
        out->append(data + i, end - i);
        i = end;
    }
}

void DataEncoder::finish(QByteArray *out)
{
    if (!m_atLineStart)
        out->append("\r\n", 2);
    if (m_mode == Mode::Data)
        out->append(".\r\n", 3);
    m_atLineStart = true;
    m_lastWasCr = false;
}

void MessageScanner::feedHeaderByte(char c)
{
    // Sizes: every byte counts one; a bare CR or bare LF one more (it becomes CRLF).
    if (c == '\r') {
        if (m_lastWasCr)
            ++m_size; // the previous CR was bare
        ++m_size;
        if (m_atLineStart)
            m_inHeader = false; // an empty line ends the header
        m_lastWasCr = true;
        m_atLineStart = true;
        return;
    }
    if (c == '\n') {
        m_size += m_lastWasCr ? 1 : 2;
        if (!m_lastWasCr && m_atLineStart)
            m_inHeader = false;
        m_lastWasCr = false;
        m_atLineStart = true;
        return;
    }
    if (m_lastWasCr)
        ++m_size;
    ++m_size;
    m_lastWasCr = false;
    m_atLineStart = false;
    if (static_cast<unsigned char>(c) >= 0x80) {
        m_has8Bit = true;
        m_headerHas8Bit = true;
    }
}

void MessageScanner::feed(QByteArrayView input)
{
    const char *p = input.data();
    const qsizetype n = input.size();
    qsizetype i = 0;
    for (; i < n && m_inHeader; ++i)
        feedHeaderByte(p[i]);
    if (i == n)
        return;
    // The body in bulk: line ends found with memchr, 8-bit bytes eight at a time.
    const char *b = p + i;
    const qsizetype len = n - i;
    qint64 extra = 0;
    if (m_lastWasCr && b[0] != '\n')
        ++extra;
    const char *end = b + len;
    for (const char *cr = static_cast<const char *>(std::memchr(b, '\r', size_t(len))); cr;
         cr = static_cast<const char *>(std::memchr(cr + 1, '\r', size_t(end - cr - 1)))) {
        if (cr + 1 < end && cr[1] != '\n')
            ++extra;
        if (cr + 1 >= end)
            break;
    }
    for (const char *lf = static_cast<const char *>(std::memchr(b, '\n', size_t(len))); lf;
         lf = static_cast<const char *>(std::memchr(lf + 1, '\n', size_t(end - lf - 1)))) {
        const bool afterCr = lf > b ? lf[-1] == '\r' : m_lastWasCr;
        if (!afterCr)
            ++extra;
        if (lf + 1 >= end)
            break;
    }
    m_size += len + extra;
    if (!m_has8Bit) {
        qsizetype k = 0;
        for (; k + 8 <= len; k += 8) {
            quint64 word;
            std::memcpy(&word, b + k, 8);
            if (word & 0x8080808080808080ULL) {
                m_has8Bit = true;
                break;
            }
        }
        for (; k < len && !m_has8Bit; ++k)
            m_has8Bit = static_cast<unsigned char>(b[k]) >= 0x80;
    }
    m_lastWasCr = b[len - 1] == '\r';
    m_atLineStart = m_lastWasCr || b[len - 1] == '\n';
}

void MessageScanner::finish()
{
    if (m_lastWasCr)
        ++m_size; // a bare CR at the very end
    else if (!m_atLineStart)
        m_size += 2;
    m_lastWasCr = false;
    m_atLineStart = true;
}

} // namespace epistle::smtp
