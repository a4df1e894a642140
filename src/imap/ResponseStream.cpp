#include "imap/ResponseStream.h"

#include <cstring>

namespace epistle::imap {

namespace {

// If line ends with a literal announcement ({123}, {123+}, ~{123}), its size; -1 if it does
// not; -2 if the number is too large to be meant seriously.
qint64 literalSizeAtEnd(const QByteArray &line, qsizetype from)
{
    const char *begin = line.constData() + from;
    const char *p = line.constData() + line.size();
    if (p == begin || p[-1] != '}')
        return -1;
    --p;
    if (p > begin && p[-1] == '+')
        --p;
    const char *digitsEnd = p;
    while (p > begin && p[-1] >= '0' && p[-1] <= '9')
        --p;
    if (p == digitsEnd || p == begin || p[-1] != '{')
        return -1;
    if (digitsEnd - p > 18)
        return -2;
    qint64 size = 0;
    for (const char *d = p; d < digitsEnd; ++d)
        size = size * 10 + (*d - '0');
    return size;
}

} // namespace

void ResponseStream::reset()
{
    m_buffer.clear();
    m_start = 0;
    m_scanFrom = 0;
    m_current = RawResponse();
    m_inLiteral = false;
    m_literalRemaining = 0;
    m_literalTotal = 0;
    m_ready.clear();
    m_fatal.clear();
}

void ResponseStream::feed(const QByteArray &bytes)
{
    if (hasFatalError() || bytes.isEmpty())
        return;
    if (m_start == m_buffer.size()) {
        m_buffer = bytes; // implicitly shared: no copy for the common whole-chunk case
        m_start = 0;
        m_scanFrom = 0;
    } else {
        compact();
        m_buffer += bytes;
    }
    process();
}

RawResponse ResponseStream::take()
{
    RawResponse response = std::move(m_ready.front());
    m_ready.pop_front();
    return response;
}

void ResponseStream::compact()
{
    if (m_start == 0)
        return;
    // Moving the tail to the front costs at most what was consumed since the last compaction.
    if (m_start >= m_buffer.size() / 2 || m_start > 1024 * 1024) {
        m_buffer.remove(0, m_start);
        m_scanFrom -= m_start;
        m_start = 0;
    }
}

void ResponseStream::process()
{
    while (!hasFatalError()) {
        if (m_inLiteral) {
            takeLiteralBytes();
            if (m_inLiteral)
                return;
        } else if (!takeLine()) {
            return;
        }
    }
}

bool ResponseStream::takeLine()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const void *found = m_scanFrom < size ? std::memchr(data + m_scanFrom, '\n', size_t(size - m_scanFrom)) : nullptr;
    if (!found) {
        m_scanFrom = size;
        // + 1: the unfinished line may end in the CR of its CRLF, which is not counted.
        if (m_current.text.size() + (size - m_start) > m_limits.maxLineLength + 1)
            m_fatal = "response line longer than " + QByteArray::number(m_limits.maxLineLength) + " bytes";
        return false;
    }
    const qsizetype newline = static_cast<const char *>(found) - data;
    qsizetype end = newline;
    if (end > m_start && data[end - 1] == '\r')
        --end;
    const qsizetype lineStart = m_current.text.size();
    if (lineStart + (end - m_start) > m_limits.maxLineLength) {
        m_fatal = "response line longer than " + QByteArray::number(m_limits.maxLineLength) + " bytes";
        return false;
    }
    m_current.text.append(data + m_start, end - m_start);
    m_start = newline + 1;
    m_scanFrom = m_start;

    const qint64 literal = literalSizeAtEnd(m_current.text, lineStart);
    if (literal == -1) {
        finishResponse();
        return true;
    }
    if (literal == -2 || literal > m_limits.maxLiteralSize || m_literalTotal + literal > m_limits.maxResponseLiterals) {
        m_fatal = "literal too large: " + m_current.text.right(24);
        return false;
    }
    m_inLiteral = true;
    m_literalRemaining = qsizetype(literal);
    m_literalTotal += m_literalRemaining;
    RawResponse::Literal entry;
    entry.offset = m_current.text.size();
    m_current.literals.push_back(std::move(entry));
    return true;
}

void ResponseStream::takeLiteralBytes()
{
    QByteArray &target = m_current.literals.back().data;
    const qsizetype available = m_buffer.size() - m_start;
    if (target.isEmpty() && available >= m_literalRemaining) {
        target = m_buffer.mid(m_start, m_literalRemaining); // the one copy of the literal
        m_start += m_literalRemaining;
        m_literalRemaining = 0;
    } else {
        if (target.isEmpty())
            target.reserve(std::min<qsizetype>(m_literalRemaining, 64 * 1024 * 1024));
        const qsizetype count = std::min(available, m_literalRemaining);
        target.append(m_buffer.constData() + m_start, count);
        m_start += count;
        m_literalRemaining -= count;
    }
    m_scanFrom = m_start;
    if (m_literalRemaining == 0)
        m_inLiteral = false;
}

void ResponseStream::finishResponse()
{
    m_ready.push_back(std::move(m_current));
    m_current = RawResponse();
    m_literalTotal = 0;
}

} // namespace epistle::imap
