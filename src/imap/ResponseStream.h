#pragma once

#include <QByteArray>
#include <deque>
#include <vector>

namespace epistle::imap {

// One response as it arrived, before parsing: its lines joined without their CRLFs, and the
// literals that followed lines ending in {n} / {n+} / ~{n}. offset is where the literal belongs
// in text (just after the closing brace).
struct RawResponse
{
    struct Literal
    {
        qsizetype offset = 0;
        QByteArray data;
    };
    QByteArray text;
    std::vector<Literal> literals;
};

// Cuts the byte stream from a server into complete responses. Bytes may arrive in any split;
// the work is O(n) in the bytes received (the search for a line end resumes where it stopped)
// and each literal is copied once, out of the receive buffer. Sizes are bounded: a line longer
// than maxLineLength or a literal larger than maxLiteralSize is a fatal stream error, since the
// position of the next response is then unknown.
class ResponseStream
{
public:
    struct Limits
    {
        qsizetype maxLineLength = 16 * 1024 * 1024;      // text of one response, literals excluded
        qsizetype maxLiteralSize = 256 * 1024 * 1024;    // one literal
        qsizetype maxResponseLiterals = 512 * 1024 * 1024; // all literals of one response
    };

    ResponseStream() = default;
    explicit ResponseStream(const Limits &limits) : m_limits(limits) {}

    void feed(const QByteArray &bytes);
    bool hasResponse() const { return !m_ready.empty(); }
    RawResponse take(); // precondition: hasResponse()

    bool hasFatalError() const { return !m_fatal.isEmpty(); }
    QByteArray fatalError() const { return m_fatal; }

    // Bytes of the unfinished response (for "disconnected in the middle of a literal").
    bool isInsideResponse() const { return m_inLiteral || !m_current.text.isEmpty() || m_buffer.size() > m_start; }
    bool isInsideLiteral() const { return m_inLiteral; }
    void reset();

private:
    void process();
    bool takeLine();
    void takeLiteralBytes();
    void finishResponse();
    void compact();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_start = 0;  // first unconsumed byte in m_buffer
    qsizetype m_scanFrom = 0; // no '\n' in [m_start, m_scanFrom)
    RawResponse m_current;
    bool m_inLiteral = false;
    qsizetype m_literalRemaining = 0;
    qsizetype m_literalTotal = 0;
    std::deque<RawResponse> m_ready;
    QByteArray m_fatal;
};

} // namespace epistle::imap
