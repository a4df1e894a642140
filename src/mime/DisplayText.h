#pragma once

#include "mime/Message.h"

#include <QString>

namespace epistle::mime {

enum class BodyPreference { Html, Plain };

// The text a reader shows for a message: the HTML or the plain body (per preference, for
// multipart/alternative), decoded from its transfer encoding and charset, flowed text re-flowed.
struct DisplayText
{
    enum class Format { None, Plain, Html };

    Format format = Format::None;
    QString text;            // plain text, or the HTML source (to be sanitized by the view)
    QString partPath;        // the part it came from
    QString declaredCharset;
    QString usedCharset;
    bool charsetFellBack = false;
    bool flowed = false;
    QStringList warnings;

    bool isHtml() const { return format == Format::Html; }

    static DisplayText select(const Message &message, BodyPreference preference);
    // The part select() would read, or nullptr.
    static const Part *choosePart(const Message &message, BodyPreference preference);
    // Decodes one text part (charset fallback, format=flowed).
    static DisplayText fromPart(const Part &part);

    static constexpr qint64 maxTextBytes = 64 * 1024 * 1024;
};

} // namespace epistle::mime
