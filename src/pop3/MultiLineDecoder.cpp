#include "pop3/MultiLineDecoder.h"

#include <cstring>

namespace epistle::pop3 {

void MultiLineDecoder::reset()
{
    m_state = State::LineStart;
    m_contentBytes = 0;
}

qsizetype MultiLineDecoder::feed(QByteArrayView data, QByteArray *out)
{
    const qsizetype before = out->size();
    qsizetype i = 0;
    const qsizetype size = data.size();
    while (i < size && m_state != State::Finished) {
        switch (m_state) {
        case State::LineStart:
            if (data[i] == '.') {
                m_state = State::Dot;
                ++i;
            } else {
                m_state = State::InLine;
            }
            break;
        case State::Dot:
            if (data[i] == '\r') {
                m_state = State::DotCr;
                ++i;
            } else if (data[i] == '\n') {
                m_state = State::Finished;
                ++i;
            } else {
                m_state = State::InLine; // the leading dot was stuffing
            }
            break;
        case State::DotCr:
            if (data[i] == '\n') {
                m_state = State::Finished;
                ++i;
            } else {
                out->append('\r'); // "." CR without LF: a stuffed line whose content starts with CR
                m_state = State::InLine;
            }
            break;
        case State::InLine: {
            const void *found = std::memchr(data.data() + i, '\n', size_t(size - i));
            const qsizetype end = found ? static_cast<const char *>(found) - data.data() + 1 : size;
            out->append(data.data() + i, end - i);
            i = end;
            if (found)
                m_state = State::LineStart;
            break;
        }
        case State::Finished:
            break;
        }
    }
    m_contentBytes += out->size() - before;
    return i;
}

} // namespace epistle::pop3
