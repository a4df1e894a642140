#pragma once

#include <QByteArray>
#include <QString>

namespace epistle::mime {

struct DecodedText
{
    QString text;
    QString charset;       // the charset actually used ("utf-8", "windows-1252", or the declared one)
    bool fellBack = false; // the declared charset was missing, unknown or wrong
};

// Turns body bytes into text without ever dropping a byte: the declared charset when it decodes
// the bytes cleanly, else UTF-8, with any byte that is not part of valid UTF-8 read as
// windows-1252. A body declared as Latin-1/ASCII that is valid UTF-8 with non-ASCII text is
// read as UTF-8 (a Latin-1 text that happens to be valid UTF-8 is vanishingly rare).
class CharsetDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes, const QString &declaredCharset);

    static bool isValidUtf8(const QByteArray &bytes);
    static bool isAscii(const QByteArray &bytes);
    // UTF-8 where valid, windows-1252 for every other byte.
    static QString decodeUtf8OrWindows1252(const QByteArray &bytes);
    static QString decodeWindows1252(const QByteArray &bytes);
    // Strict conversion through iconv; false for unknown charsets and invalid input.
    static bool convert(const QByteArray &bytes, const QString &charset, QString *text);
};

} // namespace epistle::mime
