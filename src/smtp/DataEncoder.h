#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace epistle::smtp {

// Turns message bytes into what goes on the wire, chunk by chunk: line ends normalised to CRLF
// (bare CR and bare LF become CRLF) and, for DATA, lines starting with "." dot-stuffed
// (RFC 5321 4.5.2). BDAT (RFC 3030) takes the normalised bytes without stuffing.
class DataEncoder
{
public:
    enum class Mode { Data, Bdat };

    explicit DataEncoder(Mode mode = Mode::Data) : m_mode(mode) {}

    void encode(QByteArrayView input, QByteArray *out);
    // Ends the message: a final CRLF if the last line had none, and for DATA the "." line.
    void finish(QByteArray *out);
    void reset();

private:
    Mode m_mode;
    bool m_atLineStart = true;
    bool m_lastWasCr = false;
};

// What the client must know about a message before MAIL FROM, gathered in one streaming pass:
// its size on the wire (RFC 1870 counts CRLF line ends, not dot-stuffing) and whether it has
// 8-bit bytes (BODY=8BITMIME), and 8-bit bytes in the header (SMTPUTF8 when offered).
class MessageScanner
{
public:
    void feed(QByteArrayView input);
    void finish();

    qint64 wireSize() const { return m_size; }
    bool has8Bit() const { return m_has8Bit; }
    bool headerHas8Bit() const { return m_headerHas8Bit; }

private:
    void feedHeaderByte(char c);

    qint64 m_size = 0;
    bool m_has8Bit = false;
    bool m_headerHas8Bit = false;
    bool m_inHeader = true;
    bool m_atLineStart = true;
    bool m_lastWasCr = false;
};

} // namespace epistle::smtp
