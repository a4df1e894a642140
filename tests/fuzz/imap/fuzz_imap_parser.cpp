// libFuzzer target for the IMAP response framing and parser. The first byte of the input picks
// how the rest is cut into chunks; the responses framed from the chunks must be the same as
// those framed from the whole input (split invariance), and parsing must never crash, hang or
// leak whatever the bytes. Mailbox names, UID sets and dates go through their codecs too.
#include "imap/MailboxName.h"
#include "imap/Parser.h"
#include "imap/ResponseStream.h"

#include <cstdlib>
#include <vector>

using namespace epistle::imap;

namespace {

ResponseStream::Limits limits()
{
    ResponseStream::Limits l;
    l.maxLineLength = 256 * 1024;
    l.maxLiteralSize = 256 * 1024;
    l.maxResponseLiterals = 512 * 1024;
    return l;
}

std::vector<RawResponse> frame(const QByteArray &data, int chunk, QByteArray *fatal)
{
    ResponseStream stream(limits());
    std::vector<RawResponse> out;
    for (qsizetype at = 0; at < data.size(); at += chunk) {
        stream.feed(data.mid(at, chunk));
        while (stream.hasResponse())
            out.push_back(stream.take());
    }
    *fatal = stream.fatalError();
    return out;
}

bool same(const std::vector<RawResponse> &a, const std::vector<RawResponse> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].text != b[i].text || a[i].literals.size() != b[i].literals.size())
            return false;
        for (size_t j = 0; j < a[i].literals.size(); ++j) {
            if (a[i].literals[j].data != b[i].literals[j].data || a[i].literals[j].offset != b[i].literals[j].offset)
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size == 0)
        return 0;
    const int chunk = 1 + bytes[0] % 17;
    const QByteArray data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));

    QByteArray fatalWhole, fatalSplit;
    const std::vector<RawResponse> whole = frame(data, int(data.size()) + 1, &fatalWhole);
    const std::vector<RawResponse> split = frame(data, chunk, &fatalSplit);
    // A fatal error may stop the split stream at a different response only if the whole stream
    // also failed; otherwise both must agree exactly.
    if (fatalWhole.isEmpty() != fatalSplit.isEmpty() || (fatalWhole.isEmpty() && !same(whole, split)))
        std::abort();

    Parser parser;
    Parser utf8;
    utf8.setUtf8Mailboxes(true);
    for (const RawResponse &raw : whole) {
        const ParseResult a = parser.parse(raw);
        const ParseResult b = utf8.parse(raw);
        if (a.ok != b.ok)
            std::abort(); // the mailbox encoding never decides whether a response parses
        if (!a.ok && a.error.message.isEmpty())
            std::abort();
    }

    (void)MailboxName::decodeUtf7(data);
    if (const auto decoded = MailboxName::decodeUtf7(data.left(256))) {
        if (MailboxName::encodeUtf7(*decoded) != data.left(256))
            std::abort(); // canonical modified UTF-7 round-trips exactly
    }
    (void)UidSet::parse(data.left(256));
    (void)Parser::parseInternalDate(data.left(64));
    return 0;
}
