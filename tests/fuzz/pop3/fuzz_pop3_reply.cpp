// libFuzzer target for the POP3 reply parsers: the input is split into a status line and a
// multi-line body; the body is decoded whole and in pieces at fuzzer-chosen positions, and
// both decodings must agree (the streaming decoder must not depend on packet boundaries).
#include "pop3/Listing.h"
#include "pop3/MultiLineDecoder.h"
#include "pop3/StatusReply.h"

#include <cstdlib>

using namespace epistle::pop3;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the split positions.
    const size_t splitA = data[0];
    const size_t splitB = data[1];
    const QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const qsizetype lineEnd = input.indexOf('\n');
    const QByteArray firstLine = lineEnd < 0 ? input : input.left(lineEnd);
    if (const auto reply = StatusReply::parse(firstLine)) {
        if (reply->kind != StatusReply::Kind::Continuation && reply->responseCode == ResponseCode::None && !reply->code.isEmpty())
            abort();
        (void)parseStat(reply->text);
        (void)parseListLine(reply->text);
        (void)parseUidlLine(reply->text);
    }
    (void)apopTimestamp(firstLine);

    const QByteArrayView body = lineEnd < 0 ? QByteArrayView() : QByteArrayView(input).sliced(lineEnd + 1);
    MultiLineDecoder whole;
    QByteArray wholeOut;
    const qsizetype wholeConsumed = whole.feed(body, &wholeOut);
    if (wholeConsumed > body.size() || wholeOut.size() > body.size())
        abort();
    if (!whole.isFinished() && wholeConsumed != body.size())
        abort();

    MultiLineDecoder pieces;
    QByteArray piecesOut;
    qsizetype consumed = 0;
    const qsizetype a = qMin<qsizetype>(qsizetype(splitA), body.size());
    const qsizetype b = qMin<qsizetype>(a + qsizetype(splitB), body.size());
    for (const auto &[from, to] : {std::pair{qsizetype(0), a}, std::pair{a, b}, std::pair{b, body.size()}}) {
        if (pieces.isFinished())
            break;
        const qsizetype used = pieces.feed(body.sliced(from, to - from), &piecesOut);
        if (used != to - from && !pieces.isFinished())
            abort();
        consumed += used;
    }
    if (pieces.isFinished() != whole.isFinished() || consumed != wholeConsumed || piecesOut != wholeOut)
        abort();
    if (whole.contentBytes() != wholeOut.size())
        abort();

    const Capabilities caps = Capabilities::parse(splitLines(wholeOut));
    (void)caps;
    return 0;
}
