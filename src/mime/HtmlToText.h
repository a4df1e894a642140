#pragma once

#include <QString>
#include <QStringView>

namespace epistle::mime {

// Plain text from HTML, for quoting an HTML-only message in a reply and for previews and the
// search index: block elements become line breaks, <blockquote> becomes "> " quoting, list
// items get bullets, scripts and styles vanish, whitespace collapses outside <pre>.
class HtmlToText
{
public:
    static QString convert(QStringView html);
};

} // namespace epistle::mime
