#include "mime/HtmlSanitizer.h"

#include "mime/CssSanitizer.h"
#include "mime/HtmlTokenizer.h"

#include <QSet>

namespace epistle::mime {

namespace {

using Names = QSet<QString>;

Names makeSet(std::initializer_list<const char *> names)
{
    Names set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

// Elements kept as they are (minus unsafe attributes).
const Names &allowedElements()
{
    static const Names set = makeSet(
        {"a", "abbr", "acronym", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "body",
         "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div",
         "dl", "dt", "em", "figcaption", "figure", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head",
         "header", "hr", "html", "i", "img", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "pre", "q",
         "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub", "summary",
         "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr"});
    return set;
}

// Elements removed together with everything inside them.
const Names &droppedWithContent()
{
    static const Names set = makeSet({"script", "iframe", "frame", "frameset", "object", "embed", "applet",
                                      "template", "svg", "math", "select", "textarea", "title", "noembed",
                                      "noframes", "audio", "video", "datalist", "portal", "fencedframe"});
    return set;
}

// Elements whose removal the report counts (the rest are merely unknown or harmless).
const Names &countedRemovals()
{
    static const Names set = makeSet({"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form",
                                      "input", "button", "select", "textarea", "meta", "base", "link", "style",
                                      "svg", "math", "audio", "video", "template", "portal"});
    return set;
}

const Names &allowedAttributes()
{
    static const Names set = makeSet(
        {"abbr", "align", "alt", "bgcolor", "border", "cellpadding", "cellspacing", "class", "clear", "color",
         "cols", "colspan", "compact", "coords", "datetime", "dir", "face", "headers", "height", "hspace", "id",
         "lang", "name", "nowrap", "open", "reversed", "rows", "rowspan", "scope", "shape", "size", "span",
         "start", "style", "summary", "title", "type", "valign", "value", "vspace", "width"});
    return set;
}

void escapeInto(QString &out, QStringView text, bool attribute)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += attribute ? QLatin1String("&amp;") : QLatin1String("&");
            break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"':
            out += attribute ? QLatin1String("&quot;") : QLatin1String("\"");
            break;
        case 0: out += QChar(0xFFFD); break;
        default: out += c;
        }
    }
}

class Run
{
public:
    Run(QStringView html, const HtmlSanitizer::Options &options) : m_tokenizer(html), m_options(options)
    {
        m_result.html.reserve(html.size());
    }

    SanitizedHtml go()
    {
        for (;;) {
            HtmlToken token = m_tokenizer.next();
            switch (token.type) {
            case HtmlToken::Type::EndOfFile:
                return std::move(m_result);
            case HtmlToken::Type::Text:
                escapeInto(m_result.html, token.text, false);
                break;
            case HtmlToken::Type::Comment:
                break; // comments (and conditional comments) never reach the view
            case HtmlToken::Type::StartTag:
                startTag(token);
                break;
            case HtmlToken::Type::EndTag:
                if (allowedElements().contains(token.name) && !HtmlTokenizer::isVoidElement(token.name))
                    m_result.html += QLatin1String("</") + token.name + QLatin1Char('>');
                else if (token.name == QLatin1String("xmp"))
                    m_result.html += QLatin1String("</pre>");
                break;
            }
        }
    }

private:
    void countRemoval(const QString &name)
    {
        if (countedRemovals().contains(name))
            ++m_result.removedElements;
    }

    // Skips everything up to the end tag that closes `name`, counting nested ones.
    void skipElement(const QString &name)
    {
        int depth = 1;
        while (depth > 0) {
            HtmlToken token = m_tokenizer.next();
            if (token.type == HtmlToken::Type::EndOfFile)
                return;
            if (token.name != name)
                continue;
            if (token.type == HtmlToken::Type::StartTag && !token.selfClosing)
                ++depth;
            else if (token.type == HtmlToken::Type::EndTag)
                --depth;
        }
    }

    void startTag(const HtmlToken &token)
    {
        const QString &name = token.name;
        if (name == QLatin1String("style")) {
            styleElement();
            return;
        }
        if (name == QLatin1String("xmp") || name == QLatin1String("plaintext")) {
            m_result.html += QLatin1String("<pre>");
            escapeInto(m_result.html, m_tokenizer.readRawText(name), false);
            if (name == QLatin1String("plaintext"))
                m_result.html += QLatin1String("</pre>");
            return;
        }
        if (droppedWithContent().contains(name)) {
            countRemoval(name);
            if (HtmlTokenizer::isRawTextElement(name))
                m_tokenizer.readRawText(name);
            else if (!HtmlTokenizer::isVoidElement(name) && !token.selfClosing)
                skipElement(name);
            return;
        }
        if (!allowedElements().contains(name)) {
            countRemoval(name); // the tag goes, its content stays (form, button, noscript, unknown)
            return;
        }
        m_result.html += QLatin1Char('<') + name;
        bool isLink = false;
        for (const HtmlAttribute &attribute : token.attributes)
            isLink = writeAttribute(name, attribute) || isLink;
        if (isLink)
            m_result.html += QLatin1String(" rel=\"noopener noreferrer\"");
        m_result.html += QLatin1Char('>');
    }

    void styleElement()
    {
        const QString css = m_tokenizer.readRawText(QStringLiteral("style"));
        const CssSanitizeResult clean = CssSanitizer::sanitize(css, m_options.allowRemote);
        if (clean.dangerous || clean.hasImport) {
            ++m_result.removedElements;
            return;
        }
        m_result.remoteResources += clean.remoteFound;
        m_result.remoteBlocked += clean.remoteBlocked;
        m_result.html += QLatin1String("<style>");
        for (QChar c : clean.css) {
            if (c == QLatin1Char('<'))
                m_result.html += QLatin1String("\\3c "); // "</style>" cannot appear
            else
                m_result.html += c;
        }
        m_result.html += QLatin1String("</style>");
    }

    void appendAttribute(const QString &name, QStringView value)
    {
        m_result.html += QLatin1Char(' ') + name + QLatin1String("=\"");
        escapeInto(m_result.html, value, true);
        m_result.html += QLatin1Char('"');
    }

    // Returns true when a followable link was written.
    bool writeAttribute(const QString &element, const HtmlAttribute &attribute)
    {
        const QString &name = attribute.name;
        if (name == QLatin1String("href")) {
            if (element != QLatin1String("a"))
                return false;
            QString url;
            const UrlKind kind = classifyUrl(attribute.value, &url);
            if (kind == UrlKind::Remote || kind == UrlKind::Link || kind == UrlKind::Fragment || kind == UrlKind::Cid) {
                appendAttribute(name, url);
                return kind != UrlKind::Fragment;
            }
            return false;
        }
        if (name == QLatin1String("src") || name == QLatin1String("background")) {
            if (name == QLatin1String("src") && element != QLatin1String("img"))
                return false;
            resourceUrl(name, attribute.value);
            return false;
        }
        if (name == QLatin1String("srcset") || name == QLatin1String("lowsrc") || name == QLatin1String("dynsrc")) {
            // Alternative sources are never kept; remote ones still count as blocked content.
            if (attribute.value.contains(QLatin1String("//"))) {
                ++m_result.remoteResources;
                ++m_result.remoteBlocked;
            }
            return false;
        }
        if (name == QLatin1String("style")) {
            const CssSanitizeResult clean = CssSanitizer::sanitize(attribute.value, m_options.allowRemote);
            if (clean.dangerous || clean.hasImport)
                return false;
            m_result.remoteResources += clean.remoteFound;
            m_result.remoteBlocked += clean.remoteBlocked;
            appendAttribute(name, clean.css);
            return false;
        }
        if (!allowedAttributes().contains(name))
            return false; // on*, formaction, xmlns, target, and everything else unknown
        appendAttribute(name, attribute.value);
        return false;
    }

    void resourceUrl(const QString &name, const QString &value)
    {
        QString url;
        switch (classifyUrl(value, &url)) {
        case UrlKind::Remote:
            ++m_result.remoteResources;
            if (m_options.allowRemote)
                appendAttribute(name, url);
            else
                ++m_result.remoteBlocked;
            break;
        case UrlKind::Cid:
        case UrlKind::DataImage:
            appendAttribute(name, url);
            break;
        default:
            break;
        }
    }

    HtmlTokenizer m_tokenizer;
    const HtmlSanitizer::Options &m_options;
    SanitizedHtml m_result;
};

} // namespace

bool HtmlSanitizer::isAllowedElement(const QString &name)
{
    return allowedElements().contains(name);
}

SanitizedHtml HtmlSanitizer::sanitize(QStringView html) const
{
    return Run(html, m_options).go();
}

} // namespace epistle::mime
