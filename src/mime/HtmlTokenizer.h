#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace epistle::mime {

struct HtmlAttribute
{
    QString name;  // lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag, Comment, EndOfFile };

    Type type = Type::EndOfFile;
    QString name;     // tag name, lower case
    QString text;     // Text: the raw text (references not decoded); Comment: its content
    QList<HtmlAttribute> attributes; // first of each name only
    bool selfClosing = false;

    const HtmlAttribute *attribute(QStringView attributeName) const;
};

// A forgiving HTML tokenizer after the HTML5 tokenization rules, for untrusted input: never
// fails, consumes every character once (linear time), and treats what a browser would treat as
// markup as markup (unquoted attributes, missing '>', comments, bogus comments, <![CDATA[, NUL).
// A tag cut off by the end of input is dropped, as browsers do.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input) : m_input(input) {}

    HtmlToken next();
    // After a start tag of a raw text element (script, style, textarea, title, ...): its content
    // up to the matching end tag (not consumed), or to the end of input.
    QString readRawText(const QString &tagName);
    bool atEnd() const { return m_pos >= m_input.size(); }

    static bool isRawTextElement(const QString &name);
    static bool isVoidElement(const QString &name);
    // Decodes numeric and the common named character references.
    static QString decodeEntities(QStringView text);

private:
    bool readTag(HtmlToken &token, bool endTag);
    void readAttributes(HtmlToken &token);
    QString skipBogusComment();

    QStringView m_input;
    qsizetype m_pos = 0;
};

} // namespace epistle::mime
