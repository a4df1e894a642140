#include "mime/HtmlToText.h"

#include "mime/HtmlTokenizer.h"

#include <QSet>

namespace epistle::mime {

namespace {

bool isBlock(const QString &name)
{
    static const QSet<QString> blocks = [] {
        QSet<QString> s;
        for (const char *n : {"p", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                              "pre", "blockquote", "hr", "dl", "dt", "dd", "section", "article", "header",
                              "footer", "address", "center", "form", "fieldset", "figure", "caption", "body"})
            s.insert(QString::fromLatin1(n));
        return s;
    }();
    return blocks.contains(name);
}

class Converter
{
public:
    explicit Converter(QStringView html) : m_tokenizer(html) {}

    QString run()
    {
        for (;;) {
            const HtmlToken token = m_tokenizer.next();
            if (token.type == HtmlToken::Type::EndOfFile)
                break;
            if (token.type == HtmlToken::Type::Text)
                text(HtmlTokenizer::decodeEntities(token.text));
            else if (token.type == HtmlToken::Type::StartTag)
                start(token);
            else if (token.type == HtmlToken::Type::EndTag)
                end(token.name);
        }
        QString out = m_out;
        while (out.endsWith(QLatin1Char('\n')) || out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out.isEmpty() ? out : out + QLatin1Char('\n');
    }

private:
    void newline()
    {
        while (m_out.endsWith(QLatin1Char(' ')))
            m_out.chop(1);
        m_out += QLatin1Char('\n');
        m_atLineStart = true;
    }

    void blockBreak()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
            newline();
    }

    void linePrefix()
    {
        if (m_atLineStart) {
            if (m_quoteDepth > 0)
                m_out += QString(m_quoteDepth, QLatin1Char('>')) + QLatin1Char(' ');
            m_atLineStart = false;
        }
    }

    void text(const QString &t)
    {
        for (QChar c : t) {
            if (c == QChar(0xA0))
                c = QLatin1Char(' ');
            if (m_preDepth > 0) {
                if (c == QLatin1Char('\n')) {
                    newline();
                    continue;
                }
                if (c == QLatin1Char('\r'))
                    continue;
                linePrefix();
                m_out += c;
                continue;
            }
            if (c.isSpace()) {
                if (!m_atLineStart && !m_out.endsWith(QLatin1Char(' ')))
                    m_out += QLatin1Char(' ');
                continue;
            }
            linePrefix();
            m_out += c;
        }
    }

    void start(const HtmlToken &token)
    {
        const QString &name = token.name;
        if (name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("title")
            || name == QLatin1String("textarea") || name == QLatin1String("iframe") || name == QLatin1String("noembed")
            || name == QLatin1String("noframes")) {
            m_tokenizer.readRawText(name);
            return;
        }
        if (name == QLatin1String("xmp") || name == QLatin1String("plaintext")) {
            ++m_preDepth;
            text(m_tokenizer.readRawText(name));
            --m_preDepth;
            return;
        }
        if (name == QLatin1String("head")) {
            m_inHead = true;
            return;
        }
        if (name == QLatin1String("br")) {
            linePrefix();
            newline();
            return;
        }
        if (name == QLatin1String("blockquote")) {
            blockBreak();
            ++m_quoteDepth;
            return;
        }
        if (name == QLatin1String("pre"))
            ++m_preDepth;
        if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!m_atLineStart)
                m_out += QLatin1Char('\t');
            return;
        }
        if (isBlock(name))
            blockBreak();
        if (name == QLatin1String("li")) {
            linePrefix();
            m_out += QStringLiteral("\u2022 ");
        }
        if (name == QLatin1String("img")) {
            if (const HtmlAttribute *alt = token.attribute(u"alt"); alt && !alt->value.trimmed().isEmpty())
                text(QLatin1Char('[') + alt->value.trimmed() + QLatin1Char(']'));
        }
    }

    void end(const QString &name)
    {
        if (name == QLatin1String("head")) {
            m_inHead = false;
            m_out.clear(); // anything in <head> is not body text
            m_atLineStart = true;
            return;
        }
        if (name == QLatin1String("blockquote")) {
            blockBreak();
            m_quoteDepth = std::max(0, m_quoteDepth - 1);
            return;
        }
        if (name == QLatin1String("pre"))
            m_preDepth = std::max(0, m_preDepth - 1);
        if (name == QLatin1String("p") || name == QLatin1String("h1") || name == QLatin1String("h2")
            || name == QLatin1String("h3")) {
            blockBreak();
            newline();
            return;
        }
        if (isBlock(name))
            blockBreak();
    }

    HtmlTokenizer m_tokenizer;
    QString m_out;
    bool m_atLineStart = true;
    bool m_inHead = false;
    int m_quoteDepth = 0;
    int m_preDepth = 0;
};

} // namespace

QString HtmlToText::convert(QStringView html)
{
    return Converter(html).run();
}

} // namespace epistle::mime
