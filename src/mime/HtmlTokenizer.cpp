#include "mime/HtmlTokenizer.h"

#include <QHash>

namespace epistle::mime {

namespace {

constexpr char16_t replacementCharacter = 0xFFFD;

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

QChar lowerAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return QChar(char16_t(u + 32));
    if (u == 0)
        return QChar(replacementCharacter);
    return c;
}

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> t;
        const struct { const char *name; char32_t code; } entries[] = {
            {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
            {"colon", ':'}, {"semi", ';'}, {"comma", ','}, {"period", '.'}, {"sol", '/'}, {"bsol", '\\'},
            {"lpar", '('}, {"rpar", ')'}, {"lsqb", '['}, {"rsqb", ']'}, {"lcub", '{'}, {"rcub", '}'},
            {"excl", '!'}, {"num", '#'}, {"dollar", '$'}, {"percnt", '%'}, {"ast", '*'}, {"plus", '+'},
            {"equals", '='}, {"quest", '?'}, {"commat", '@'}, {"Tab", '\t'}, {"NewLine", '\n'},
            {"iexcl", 0xA1}, {"cent", 0xA2}, {"pound", 0xA3}, {"curren", 0xA4}, {"yen", 0xA5},
            {"brvbar", 0xA6}, {"sect", 0xA7}, {"uml", 0xA8}, {"copy", 0xA9}, {"ordf", 0xAA},
            {"laquo", 0xAB}, {"not", 0xAC}, {"shy", 0xAD}, {"reg", 0xAE}, {"macr", 0xAF}, {"deg", 0xB0},
            {"plusmn", 0xB1}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"acute", 0xB4}, {"micro", 0xB5},
            {"para", 0xB6}, {"middot", 0xB7}, {"cedil", 0xB8}, {"sup1", 0xB9}, {"ordm", 0xBA},
            {"raquo", 0xBB}, {"frac14", 0xBC}, {"frac12", 0xBD}, {"frac34", 0xBE}, {"iquest", 0xBF},
            {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4},
            {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
            {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
            {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
            {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"times", 0xD7}, {"Oslash", 0xD8},
            {"Ugrave", 0xD9}, {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD},
            {"THORN", 0xDE}, {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2},
            {"atilde", 0xE3}, {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7},
            {"egrave", 0xE8}, {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC},
            {"iacute", 0xED}, {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1},
            {"ograve", 0xF2}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6},
            {"divide", 0xF7}, {"oslash", 0xF8}, {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB},
            {"uuml", 0xFC}, {"yacute", 0xFD}, {"thorn", 0xFE}, {"yuml", 0xFF}, {"OElig", 0x152},
            {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178}, {"fnof", 0x192},
            {"circ", 0x2C6}, {"tilde", 0x2DC}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
            {"zwnj", 0x200C}, {"zwj", 0x200D}, {"lrm", 0x200E}, {"rlm", 0x200F}, {"ndash", 0x2013},
            {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C},
            {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},
            {"hellip", 0x2026}, {"permil", 0x2030}, {"prime", 0x2032}, {"lsaquo", 0x2039},
            {"rsaquo", 0x203A}, {"euro", 0x20AC}, {"trade", 0x2122}, {"larr", 0x2190}, {"rarr", 0x2192},
            {"uarr", 0x2191}, {"darr", 0x2193}, {"hearts", 0x2665}};
        for (const auto &e : entries)
            t.insert(QString::fromLatin1(e.name), e.code);
        return t;
    }();
    return table;
}

// Entities a browser decodes even without the ';' (the legacy ones); enough for the checks.
bool isLegacyEntity(const QString &name)
{
    return name == QLatin1String("amp") || name == QLatin1String("lt") || name == QLatin1String("gt")
           || name == QLatin1String("quot") || name == QLatin1String("nbsp") || name == QLatin1String("copy");
}

void appendCodePoint(QString &out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = replacementCharacter;
    if (code >= 0x80 && code < 0xA0) {
        // Numeric references in 0x80..0x9F mean windows-1252 (HTML5).
        static constexpr char16_t c1[32] = {0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
                                            0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
                                            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                            0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178};
        code = c1[code - 0x80];
    }
    if (code > 0xFFFF) {
        const char32_t v = code - 0x10000;
        out += QChar(char16_t(0xD800 + (v >> 10)));
        out += QChar(char16_t(0xDC00 + (v & 0x3FF)));
    } else {
        out += QChar(char16_t(code));
    }
}

} // namespace

const HtmlAttribute *HtmlToken::attribute(QStringView attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

bool HtmlTokenizer::isRawTextElement(const QString &name)
{
    static const char *const names[] = {"script", "style", "textarea", "title", "xmp", "iframe",
                                        "noembed", "noframes", "plaintext"};
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

bool HtmlTokenizer::isVoidElement(const QString &name)
{
    static const char *const names[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "frame", "keygen", "basefont"};
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

QString HtmlTokenizer::decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('&') || i + 1 >= n) {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        if (text[j] == QLatin1Char('#')) {
            ++j;
            bool hex = false;
            if (j < n && (text[j] == QLatin1Char('x') || text[j] == QLatin1Char('X'))) {
                hex = true;
                ++j;
            }
            const qsizetype digitsStart = j;
            char32_t value = 0;
            bool overflow = false;
            while (j < n) {
                const char16_t u = text[j].unicode();
                int digit;
                if (u >= '0' && u <= '9')
                    digit = u - '0';
                else if (hex && u >= 'a' && u <= 'f')
                    digit = u - 'a' + 10;
                else if (hex && u >= 'A' && u <= 'F')
                    digit = u - 'A' + 10;
                else
                    break;
                if (value > 0x10FFFF)
                    overflow = true;
                else
                    value = value * (hex ? 16 : 10) + char32_t(digit);
                ++j;
            }
            if (j == digitsStart) {
                out += c; // "&#" without digits stays as written
                continue;
            }
            appendCodePoint(out, overflow ? char32_t(0x110000) : value);
            if (j < n && text[j] == QLatin1Char(';'))
                ++j;
            i = j - 1;
            continue;
        }
        qsizetype k = j;
        while (k < n && k - j < 32 && (text[k].isLetterOrNumber() && text[k].unicode() < 0x80))
            ++k;
        const QString name = text.mid(j, k - j).toString();
        const bool semicolon = k < n && text[k] == QLatin1Char(';');
        const auto found = namedEntities().constFind(name);
        if (found != namedEntities().constEnd() && (semicolon || isLegacyEntity(name))) {
            appendCodePoint(out, found.value());
            i = semicolon ? k : k - 1;
            continue;
        }
        out += c;
    }
    return out;
}

QString HtmlTokenizer::skipBogusComment()
{
    const qsizetype end = m_input.indexOf(QLatin1Char('>'), m_pos);
    const qsizetype stop = end < 0 ? m_input.size() : end;
    QString text = m_input.mid(m_pos, stop - m_pos).toString();
    m_pos = end < 0 ? m_input.size() : end + 1;
    return text;
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    const qsizetype n = m_input.size();
    while (m_pos < n) {
        QChar c = m_input[m_pos];
        if (isSpace(c)) {
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('>'))
            return;
        if (c == QLatin1Char('/')) {
            if (m_pos + 1 < n && m_input[m_pos + 1] == QLatin1Char('>'))
                token.selfClosing = true;
            ++m_pos;
            continue;
        }
        // Attribute name: the first character may be '=' (HTML5 keeps it in the name).
        QString name;
        name += lowerAscii(c);
        ++m_pos;
        while (m_pos < n) {
            c = m_input[m_pos];
            if (isSpace(c) || c == QLatin1Char('/') || c == QLatin1Char('>') || c == QLatin1Char('='))
                break;
            name += lowerAscii(c);
            ++m_pos;
        }
        qsizetype look = m_pos;
        while (look < n && isSpace(m_input[look]))
            ++look;
        QString value;
        if (look < n && m_input[look] == QLatin1Char('=')) {
            m_pos = look + 1;
            while (m_pos < n && isSpace(m_input[m_pos]))
                ++m_pos;
            if (m_pos < n && (m_input[m_pos] == QLatin1Char('"') || m_input[m_pos] == QLatin1Char('\''))) {
                const QChar quote = m_input[m_pos];
                const qsizetype close = m_input.indexOf(quote, m_pos + 1);
                if (close < 0) {
                    m_pos = n; // unterminated: the tag runs to the end and is dropped
                    return;
                }
                value = decodeEntities(m_input.mid(m_pos + 1, close - m_pos - 1));
                m_pos = close + 1;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < n && !isSpace(m_input[m_pos]) && m_input[m_pos] != QLatin1Char('>'))
                    ++m_pos;
                value = decodeEntities(m_input.mid(start, m_pos - start));
            }
        }
        value.replace(QChar(0), QChar(replacementCharacter));
        bool duplicate = false;
        for (const HtmlAttribute &a : std::as_const(token.attributes))
            duplicate = duplicate || a.name == name;
        if (!duplicate && token.attributes.size() < 256)
            token.attributes.append(HtmlAttribute{name, value});
    }
}

bool HtmlTokenizer::readTag(HtmlToken &token, bool endTag)
{
    const qsizetype n = m_input.size();
    token.type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    while (m_pos < n) {
        const QChar c = m_input[m_pos];
        if (isSpace(c) || c == QLatin1Char('/') || c == QLatin1Char('>'))
            break;
        token.name += lowerAscii(c);
        ++m_pos;
    }
    readAttributes(token);
    if (m_pos >= n)
        return false; // cut off by the end of input
    ++m_pos; // '>'
    if (endTag) {
        token.attributes.clear();
        token.selfClosing = false;
    }
    return true;
}

HtmlToken HtmlTokenizer::next()
{
    HtmlToken token;
    const qsizetype n = m_input.size();
    while (m_pos < n) {
        if (m_input[m_pos] != QLatin1Char('<')) {
            qsizetype end = m_input.indexOf(QLatin1Char('<'), m_pos);
            if (end < 0)
                end = n;
            token.type = HtmlToken::Type::Text;
            token.text = m_input.mid(m_pos, end - m_pos).toString();
            m_pos = end;
            return token;
        }
        const QChar next = m_pos + 1 < n ? m_input[m_pos + 1] : QChar();
        if (isAsciiAlpha(next)) {
            m_pos += 1;
            if (readTag(token, false))
                return token;
            return HtmlToken{};
        }
        if (next == QLatin1Char('/')) {
            const QChar after = m_pos + 2 < n ? m_input[m_pos + 2] : QChar();
            if (isAsciiAlpha(after)) {
                m_pos += 2;
                if (readTag(token, true))
                    return token;
                return HtmlToken{};
            }
            if (after == QLatin1Char('>')) {
                m_pos += 3; // "</>" is ignored
                continue;
            }
            if (m_pos + 2 >= n) {
                token.type = HtmlToken::Type::Text;
                token.text = QStringLiteral("</");
                m_pos = n;
                return token;
            }
            m_pos += 2;
            token.type = HtmlToken::Type::Comment;
            token.text = skipBogusComment();
            return token;
        }
        if (next == QLatin1Char('!')) {
            if (m_input.mid(m_pos + 2, 2) == QLatin1String("--")) {
                const qsizetype start = m_pos + 4;
                // "<!-->" and "<!--->" close at once.
                if (m_input.mid(start, 1) == QLatin1String(">")) {
                    m_pos = start + 1;
                } else if (m_input.mid(start, 2) == QLatin1String("->")) {
                    m_pos = start + 2;
                } else {
                    qsizetype end = start;
                    qsizetype closeLength = 3;
                    for (;;) {
                        end = m_input.indexOf(QLatin1String("--"), end);
                        if (end < 0)
                            break;
                        if (m_input.mid(end + 2, 1) == QLatin1String(">"))
                            break;
                        if (m_input.mid(end + 2, 2) == QLatin1String("!>")) {
                            closeLength = 4;
                            break;
                        }
                        ++end;
                    }
                    token.text = m_input.mid(start, (end < 0 ? n : end) - start).toString();
                    m_pos = end < 0 ? n : end + closeLength;
                }
                token.type = HtmlToken::Type::Comment;
                return token;
            }
            m_pos += 2; // doctype, <![CDATA[ ...: a bogus comment up to the next '>'
            token.type = HtmlToken::Type::Comment;
            token.text = skipBogusComment();
            return token;
        }
        if (next == QLatin1Char('?')) {
            m_pos += 2;
            token.type = HtmlToken::Type::Comment;
            token.text = skipBogusComment();
            return token;
        }
        // A '<' that starts nothing is text.
        qsizetype end = m_input.indexOf(QLatin1Char('<'), m_pos + 1);
        if (end < 0)
            end = n;
        token.type = HtmlToken::Type::Text;
        token.text = m_input.mid(m_pos, end - m_pos).toString();
        m_pos = end;
        return token;
    }
    return token;
}

QString HtmlTokenizer::readRawText(const QString &tagName)
{
    const qsizetype n = m_input.size();
    if (tagName == QLatin1String("plaintext")) {
        QString text = m_input.mid(m_pos).toString();
        m_pos = n;
        return text;
    }
    qsizetype search = m_pos;
    for (;;) {
        const qsizetype found = m_input.indexOf(QLatin1String("</"), search);
        if (found < 0)
            break;
        const qsizetype nameEnd = found + 2 + tagName.size();
        if (nameEnd <= n && m_input.mid(found + 2, tagName.size()).compare(tagName, Qt::CaseInsensitive) == 0
            && (nameEnd == n || isSpace(m_input[nameEnd]) || m_input[nameEnd] == QLatin1Char('/')
                || m_input[nameEnd] == QLatin1Char('>'))) {
            QString text = m_input.mid(m_pos, found - m_pos).toString();
            m_pos = found;
            return text;
        }
        search = found + 2;
    }
    QString text = m_input.mid(m_pos).toString();
    m_pos = n;
    return text;
}

} // namespace epistle::mime
