#pragma once

#include <QString>

namespace epistle::mime {

// RFC 3676 format=flowed.
class FlowedText
{
public:
    // Joins soft-broken lines into paragraphs; quoted lines keep their depth as "> " prefixes.
    static QString decode(const QString &text, bool delSp);
    // Wraps text into flowed lines of at most `width` characters where words allow (DelSp=no),
    // space-stuffs, and strips trailing spaces before hard breaks. Lines are joined with "\n".
    static QString encode(const QString &text, int width = 78);
};

} // namespace epistle::mime
