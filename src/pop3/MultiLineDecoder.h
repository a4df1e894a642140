#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace epistle::pop3 {

// The body of a POP3 multi-line response (RFC 1939 section 3), after its status line: decoded
// incrementally from bytes as they arrive, dot-unstuffed, and stopped exactly after the
// terminating "." line so that bytes belonging to the next response are left alone. Content is
// passed on as it is decoded, so a large RETR never has to be held whole.
//
// Line ends are kept as the server sent them (CRLF; a bare LF from a sloppy server is also
// accepted as a line end, for the terminator too).
class MultiLineDecoder
{
public:
    // Decodes from data, appending content to *out. Returns how many bytes of data were consumed:
    // all of them, or fewer when the terminator was reached (then isFinished()).
    qsizetype feed(QByteArrayView data, QByteArray *out);

    bool isFinished() const { return m_state == State::Finished; }
    qint64 contentBytes() const { return m_contentBytes; }
    void reset();

private:
    enum class State { LineStart, Dot, DotCr, InLine, Finished };

    State m_state = State::LineStart;
    qint64 m_contentBytes = 0;
};

} // namespace epistle::pop3
