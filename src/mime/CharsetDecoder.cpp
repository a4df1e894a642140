#include "mime/CharsetDecoder.h"

#include "mime/GMimeSupport_p.h"

#include <iconv.h>

#include <cerrno>

namespace epistle::mime {

namespace {

// windows-1252 0x80..0x9F; the five undefined bytes map to the C1 control of the same value so
// that nothing is lost.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

char16_t windows1252(unsigned char byte)
{
    return byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte);
}

// Length of the valid UTF-8 sequence starting at p (0 if invalid), per RFC 3629.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int length;
    unsigned char min2 = 0x80, max2 = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            min2 = 0xA0;
        else if (c == 0xED)
            max2 = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            min2 = 0x90;
        else if (c == 0xF4)
            max2 = 0x8F;
    } else
        return 0;
    if (end - p < length)
        return 0;
    if (p[1] < min2 || p[1] > max2)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    }
    return length;
}

bool isLatinFamily(const QString &charset)
{
    static const char *const names[] = {"us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
                                        "l1", "windows-1252", "cp1252", "iso-8859-15", "ansi_x3.4-1968"};
    for (const char *name : names) {
        if (charset == QLatin1String(name))
            return true;
    }
    return false;
}

} // namespace

bool CharsetDecoder::isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool CharsetDecoder::isValidUtf8(const QByteArray &bytes)
{
    auto p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto end = p + bytes.size();
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

QString CharsetDecoder::decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (char c : bytes)
        *out++ = QChar(windows1252(static_cast<unsigned char>(c)));
    return text;
}

QString CharsetDecoder::decodeUtf8OrWindows1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    auto p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto end = p + bytes.size();
    const unsigned char *runStart = p;
    auto flushRun = [&](const unsigned char *runEnd) {
        if (runEnd > runStart)
            text += QString::fromUtf8(reinterpret_cast<const char *>(runStart), runEnd - runStart);
    };
    while (p < end) {
        const int length = *p < 0x80 ? 1 : utf8SequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        flushRun(p);
        text += QChar(windows1252(*p));
        ++p;
        runStart = p;
    }
    flushRun(p);
    return text;
}

bool CharsetDecoder::convert(const QByteArray &bytes, const QString &charset, QString *text)
{
    detail::ensureGMimeInitialized();
    const QByteArray name = charset.toLatin1();
    const char *iconvName = g_mime_charset_iconv_name(name.constData());
    iconv_t cd = iconv_open("UTF-8", iconvName ? iconvName : name.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    QByteArray out;
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = static_cast<size_t>(bytes.size());
    size_t written = 0;
    bool ok = true;
    while (inLeft > 0) {
        char *outPtr = out.data() + written;
        size_t outLeft = static_cast<size_t>(out.size()) - written;
        const size_t result = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        written = static_cast<size_t>(outPtr - out.data());
        if (result != static_cast<size_t>(-1))
            break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        ok = false; // EILSEQ or EINVAL (truncated sequence at the end)
        break;
    }
    if (ok) {
        // Flush any shift state (ISO-2022-JP returns to ASCII).
        for (;;) {
            char *outPtr = out.data() + written;
            size_t outLeft = static_cast<size_t>(out.size()) - written;
            if (iconv(cd, nullptr, nullptr, &outPtr, &outLeft) != static_cast<size_t>(-1)) {
                written = static_cast<size_t>(outPtr - out.data());
                break;
            }
            if (errno != E2BIG) {
                ok = false;
                break;
            }
            out.resize(out.size() * 2);
        }
    }
    iconv_close(cd);
    if (ok)
        *text = QString::fromUtf8(out.constData(), static_cast<qsizetype>(written));
    return ok;
}

DecodedText CharsetDecoder::decode(const QByteArray &bytes, const QString &declaredCharset)
{
    const QString declared = declaredCharset.trimmed().toLower();
    if (isAscii(bytes)) {
        // Pure ASCII reads the same in every charset we would pick, except the 7-bit stateful
        // ones (UTF-7, ISO-2022-*), which must go through iconv.
        const bool stateful = declared.startsWith(QLatin1String("iso-2022")) || declared.startsWith(QLatin1String("utf-7"))
                              || declared == QLatin1String("hz-gb-2312");
        if (!stateful)
            return {QString::fromLatin1(bytes), declared.isEmpty() ? QStringLiteral("us-ascii") : declared, false};
    }
    const bool utf8Declared = declared == QLatin1String("utf-8") || declared == QLatin1String("utf8");
    if (utf8Declared || declared.isEmpty() || isLatinFamily(declared)) {
        if (isValidUtf8(bytes))
            return {QString::fromUtf8(bytes), QStringLiteral("utf-8"), !utf8Declared};
        if (!utf8Declared && !declared.isEmpty() && declared != QLatin1String("us-ascii")
            && declared != QLatin1String("ascii") && declared != QLatin1String("ansi_x3.4-1968")) {
            QString text;
            if (convert(bytes, declared == QLatin1String("iso-8859-1") ? QStringLiteral("windows-1252") : declared, &text))
                return {text, declared, false};
        }
    } else {
        QString text;
        if (convert(bytes, declared, &text))
            return {text, declared, false};
        if (isValidUtf8(bytes))
            return {QString::fromUtf8(bytes), QStringLiteral("utf-8"), true};
    }
    // Say "utf-8+windows-1252" when valid UTF-8 sequences were kept among the stray bytes.
    const QString text = decodeUtf8OrWindows1252(bytes);
    const bool mixed = text.size() < bytes.size();
    return {text, mixed ? QStringLiteral("utf-8+windows-1252") : QStringLiteral("windows-1252"), true};
}

} // namespace epistle::mime
