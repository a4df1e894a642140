#include "mime/CssSanitizer.h"

namespace epistle::mime {

namespace {

bool isHexDigit(char16_t u)
{
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

// Comments dropped, escapes decoded, backslashes and NUL gone.
QString decodeCss(QStringView css)
{
    QString out;
    out.reserve(css.size());
    const qsizetype n = css.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = css[i].unicode();
        if (u == '/' && i + 1 < n && css[i + 1] == QLatin1Char('*')) {
            const qsizetype end = css.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                break;
            i = end + 1;
            out += QLatin1Char(' ');
            continue;
        }
        if (u == '\\') {
            if (i + 1 >= n)
                break;
            const char16_t v = css[i + 1].unicode();
            if (isHexDigit(v)) {
                char32_t code = 0;
                qsizetype j = i + 1;
                while (j < n && j < i + 7 && isHexDigit(css[j].unicode())) {
                    const char16_t h = css[j].unicode();
                    code = code * 16 + char32_t(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                    ++j;
                }
                if (j < n && (css[j] == QLatin1Char(' ') || css[j] == QLatin1Char('\t') || css[j] == QLatin1Char('\n')))
                    ++j;
                if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF) || code == '\\')
                    code = 0xFFFD;
                if (code > 0xFFFF) {
                    out += QChar(char16_t(0xD800 + ((code - 0x10000) >> 10)));
                    out += QChar(char16_t(0xDC00 + ((code - 0x10000) & 0x3FF)));
                } else {
                    out += QChar(char16_t(code));
                }
                i = j - 1;
                continue;
            }
            if (v == '\n' || v == '\r' || v == '\f') {
                ++i;
                continue;
            }
            out += v == '\\' ? QChar(0xFFFD) : css[i + 1];
            ++i;
            continue;
        }
        out += u == 0 ? QChar(0xFFFD) : css[i];
    }
    return out;
}

// Lower case for ASCII only, so that indexes stay those of the original.
QString asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return out;
}

QString quoteUrl(const QString &url)
{
    // Single quotes: the result often lands in a double-quoted style attribute.
    QString quoted = QStringLiteral("url('");
    for (QChar c : url) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('<') || c == QLatin1Char(')'))
            continue;
        quoted += c;
    }
    quoted += QStringLiteral("')");
    return quoted;
}

} // namespace

UrlKind classifyUrl(QStringView url, QString *normalized)
{
    QString clean;
    clean.reserve(url.size());
    for (QChar c : url) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7F)
            continue; // browsers strip these before reading the scheme
        clean += c;
    }
    if (normalized)
        *normalized = clean;
    if (clean.startsWith(QLatin1Char('#')))
        return UrlKind::Fragment;
    if (clean.startsWith(QLatin1String("//")) || clean.startsWith(QLatin1String("\\\\")) || clean.startsWith(QLatin1String("/\\"))
        || clean.startsWith(QLatin1String("\\/")))
        return UrlKind::Remote;
    const qsizetype colon = clean.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return UrlKind::Other;
    const QString scheme = clean.left(colon).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp"))
        return UrlKind::Remote;
    if (scheme == QLatin1String("cid"))
        return UrlKind::Cid;
    if (scheme == QLatin1String("mailto") || scheme == QLatin1String("news") || scheme == QLatin1String("tel"))
        return UrlKind::Link;
    if (scheme == QLatin1String("data")) {
        static const char *const types[] = {"image/png", "image/gif", "image/jpeg", "image/jpg", "image/webp", "image/bmp"};
        const QString rest = clean.mid(colon + 1).toLower();
        for (const char *type : types) {
            const QLatin1String t(type);
            if (rest.startsWith(t) && (rest.size() == t.size() || rest.at(t.size()) == QLatin1Char(';')
                                       || rest.at(t.size()) == QLatin1Char(',')))
                return UrlKind::DataImage;
        }
    }
    return UrlKind::Other;
}

CssSanitizeResult CssSanitizer::sanitize(QStringView css, bool allowRemote)
{
    CssSanitizeResult result;
    const QString decoded = decodeCss(css);
    const QString lower = asciiLower(decoded);
    QString out;
    out.reserve(decoded.size());
    // The text outside url() arguments, for the checks below: what a url() held is either gone
    // or written back as an inert quoted string, so words inside it do not count.
    QString outside;
    outside.reserve(decoded.size());
    qsizetype last = 0;
    qsizetype search = 0;
    for (;;) {
        const qsizetype start = lower.indexOf(QLatin1String("url("), search);
        if (start < 0)
            break;
        qsizetype i = start + 4;
        const qsizetype n = decoded.size();
        while (i < n && decoded[i].isSpace())
            ++i;
        QString argument;
        if (i < n && (decoded[i] == QLatin1Char('"') || decoded[i] == QLatin1Char('\''))) {
            const QChar quote = decoded[i];
            const qsizetype close = decoded.indexOf(quote, i + 1);
            argument = decoded.mid(i + 1, (close < 0 ? n : close) - i - 1);
            i = close < 0 ? n : close + 1;
            const qsizetype paren = decoded.indexOf(QLatin1Char(')'), i);
            i = paren < 0 ? n : paren + 1;
        } else {
            const qsizetype paren = decoded.indexOf(QLatin1Char(')'), i);
            argument = decoded.mid(i, (paren < 0 ? n : paren) - i).trimmed();
            i = paren < 0 ? n : paren + 1;
        }
        out += QStringView(decoded).mid(last, start - last);
        outside += QStringView(decoded).mid(last, start - last);
        outside += QLatin1String("url()");
        QString normalized;
        const UrlKind kind = classifyUrl(argument, &normalized);
        if (kind == UrlKind::Remote) {
            ++result.remoteFound;
            if (allowRemote) {
                out += quoteUrl(normalized);
            } else {
                ++result.remoteBlocked;
                out += QLatin1String("none");
            }
        } else if (kind == UrlKind::Cid || kind == UrlKind::DataImage) {
            out += quoteUrl(normalized);
        } else {
            out += QLatin1String("none");
        }
        last = i;
        search = i;
    }
    out += QStringView(decoded).mid(last);
    outside += QStringView(decoded).mid(last);
    const QString checked = asciiLower(outside);
    static const char *const dangerous[] = {"expression", "javascript:", "vbscript:", "behavior", "behaviour",
                                            "-moz-binding", "image-set(", "-webkit-image-set(", "image(", "element("};
    for (const char *word : dangerous) {
        if (checked.contains(QLatin1String(word)))
            result.dangerous = true;
    }
    result.hasImport = checked.contains(QLatin1String("@import"));
    result.css = out;
    return result;
}

} // namespace epistle::mime
