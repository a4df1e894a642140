#pragma once

#include <QString>

namespace epistle::ui {

// Plain message text as HTML for the message view: escaped, links made clickable, quoted lines
// (">", "> >", ...) coloured by depth, line breaks and spacing kept.
class PlainTextRenderer
{
public:
    static QString toHtml(const QString &text);
    static int quoteDepth(QStringView line);
    static QString linkify(const QString &escapedLine);
};

} // namespace epistle::ui
