#include "smtp/DataEncoder.h"

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
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '\r') {
            out->append("\r\n", 2);
            m_lastWasCr = true;
            m_atLineStart = true;
            ++i;
            continue;
        }
        if (c == '\n') {
            if (!m_lastWasCr)
                out->append("\r\n", 2);
            m_lastWasCr = false;
            m_atLineStart = true;
            ++i;
            continue;
        }
        m_lastWasCr = false;
        if (m_atLineStart && c == '.' && m_mode == Mode::Data)
            out->append('.');
        m_atLineStart = false;
        // The rest of the line in one piece.
        qsizetype end = i + 1;
        while (end < size && data[end] != '\r' && data[end] != '\n')
            ++end;
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

void MessageScanner::feed(QByteArrayView input)
{
    for (const char c : input) {
        if (c == '\r') {
            m_size += 2;
            if (m_inHeader && m_atLineStart)
                m_inHeader = false;
            m_lastWasCr = true;
            m_atLineStart = true;
            continue;
        }
        if (c == '\n') {
            if (!m_lastWasCr) {
                m_size += 2;
                if (m_inHeader && m_atLineStart)
                    m_inHeader = false;
            }
            m_lastWasCr = false;
            m_atLineStart = true;
            continue;
        }
        m_lastWasCr = false;
        m_atLineStart = false;
        ++m_size;
        if (static_cast<unsigned char>(c) >= 0x80) {
            m_has8Bit = true;
            if (m_inHeader)
                m_headerHas8Bit = true;
        }
    }
}

void MessageScanner::finish()
{
    if (!m_atLineStart)
        m_size += 2;
    m_atLineStart = true;
}

} // namespace epistle::smtp
