#include "net/LineBuffer.h"

#include <algorithm>

namespace epistle::net {

LineBuffer::LineBuffer(qsizetype maxLineLength)
    : m_maxLineLength(maxLineLength)
{
}

void LineBuffer::append(const QByteArray &data)
{
    if (isEmpty())
        clear();
    if (m_data.isEmpty())
        m_data = data; // implicitly shared: no copy
    else
        m_data.append(data);
}

void LineBuffer::clear()
{
    m_data.clear();
    m_start = 0;
    m_scanFrom = 0;
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    const qsizetype from = std::max(m_scanFrom, m_start);
    const qsizetype newline = m_data.indexOf('\n', from);
    if (newline < 0) {
        m_scanFrom = m_data.size();
        return std::nullopt;
    }
    qsizetype end = newline;
    if (end > m_start && m_data.at(end - 1) == '\r')
        --end;
    QByteArray line = m_data.mid(m_start, end - m_start);
    m_start = newline + 1;
    m_scanFrom = m_start;
    compact();
    return line;
}

bool LineBuffer::lineTooLong() const
{
    // Only meaningful after takeLine() found no line end: then everything buffered is one line.
    return m_scanFrom >= m_data.size() && size() > m_maxLineLength;
}

QByteArray LineBuffer::take(qsizetype count)
{
    count = std::clamp<qsizetype>(count, 0, size());
    if (m_start == 0 && count == m_data.size())
        return takeAll();
    QByteArray bytes = m_data.mid(m_start, count);
    m_start += count;
    m_scanFrom = std::max(m_scanFrom, m_start);
    compact();
    return bytes;
}

QByteArray LineBuffer::takeAll()
{
    QByteArray bytes = m_start == 0 ? std::exchange(m_data, QByteArray()) : m_data.mid(m_start);
    clear();
    return bytes;
}

QByteArray LineBuffer::peek(qsizetype count) const
{
    return m_data.mid(m_start, std::clamp<qsizetype>(count, 0, size()));
}

void LineBuffer::compact()
{
    if (m_start == m_data.size()) {
        clear();
        return;
    }
    // Dropping the consumed front costs O(remaining); doing it only once half the buffer is
    // consumed keeps every byte's share of that cost constant.
    if (m_start > 64 * 1024 && m_start * 2 > m_data.size()) {
        m_data.remove(0, m_start);
        m_scanFrom -= m_start;
        m_start = 0;
    }
}

} // namespace epistle::net
