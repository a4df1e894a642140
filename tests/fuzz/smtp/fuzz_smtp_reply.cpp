// libFuzzer target for the SMTP reply parser, the EHLO capability parser and the DATA encoder:
// the input is cut into lines for the reply parser, and also encoded for DATA whole and in
// pieces at fuzzer-chosen positions; both encodings must agree and be properly dot-stuffed.
#include "smtp/Capabilities.h"
#include "smtp/DataEncoder.h"
#include "smtp/Reply.h"

#include <cstdlib>

using namespace epistle::smtp;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const size_t splitA = data[0];
    const size_t splitB = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    ReplyParser parser(50);
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView line = QByteArrayView(input).sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        const ReplyParser::Result result = parser.addLine(line);
        if (result == ReplyParser::Result::Complete) {
            const Reply reply = parser.takeReply();
            if (reply.code < 200 || reply.code > 559 || reply.lines.isEmpty() || reply.lines.size() > 50)
                abort();
            if (reply.enhanced.isValid() && reply.enhanced.statusClass != reply.code / 100)
                abort();
            (void)reply.summary();
            Capabilities caps = Capabilities::fromEhlo(reply);
            if (caps.authMechanisms.removeDuplicates() != 0)
                abort();
        }
        start = end + 1;
    }

    QByteArray whole;
    DataEncoder encoder;
    encoder.encode(input, &whole);
    encoder.finish(&whole);
    QByteArray pieces;
    DataEncoder pieceEncoder;
    const qsizetype a = qMin<qsizetype>(qsizetype(splitA), input.size());
    const qsizetype b = qMin<qsizetype>(a + qsizetype(splitB), input.size());
    pieceEncoder.encode(QByteArrayView(input).first(a), &pieces);
    pieceEncoder.encode(QByteArrayView(input).sliced(a, b - a), &pieces);
    pieceEncoder.encode(QByteArrayView(input).sliced(b), &pieces);
    pieceEncoder.finish(&pieces);
    if (whole != pieces || !whole.endsWith(".\r\n"))
        abort();
    // Only CRLF line ends, and the only line that is exactly "." is the terminator.
    const QByteArray body = whole.chopped(3);
    if (body.contains("\r\n.\r\n") || body.startsWith(".\r\n"))
        abort();
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == '\n' && (i == 0 || body[i - 1] != '\r'))
            abort();
        if (body[i] == '\r' && (i + 1 >= body.size() || body[i + 1] != '\n'))
            abort();
    }
    MessageScanner scanner;
    scanner.feed(input);
    scanner.finish();
    QByteArray bdat;
    DataEncoder bdatEncoder(DataEncoder::Mode::Bdat);
    bdatEncoder.encode(input, &bdat);
    bdatEncoder.finish(&bdat);
    if (scanner.wireSize() != bdat.size())
        abort();
    return 0;
}
