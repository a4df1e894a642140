#include "imap/MailboxName.h"

namespace epistle::imap::MailboxName {

namespace {

const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,";

int alphabetIndex(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == ',')
        return 63;
    return -1;
}

bool isDirect(char16_t c) { return c >= 0x20 && c <= 0x7e && c != '&'; }

void flushBase64(QByteArray &out, const std::u16string &units)
{
    out += '&';
    quint32 bits = 0;
    int bitCount = 0;
    for (char16_t unit : units) {
        for (int shift = 8; shift >= 0; shift -= 8) {
            bits = (bits << 8) | ((unit >> shift) & 0xff);
            bitCount += 8;
            while (bitCount >= 6) {
                bitCount -= 6;
                out += kAlphabet[(bits >> bitCount) & 0x3f];
            }
        }
    }
    if (bitCount > 0)
        out += kAlphabet[(bits << (6 - bitCount)) & 0x3f];
    out += '-';
}

} // namespace

QByteArray encodeUtf7(const QString &name)
{
    QByteArray out;
    out.reserve(name.size() + 8);
    std::u16string pending;
    for (QChar qc : name) {
        const char16_t c = qc.unicode();
        if (isDirect(c) || c == '&') {
            if (!pending.empty()) {
                flushBase64(out, pending);
                pending.clear();
            }
            if (c == '&')
                out += "&-";
            else
                out += char(c);
        } else {
            pending.push_back(c);
        }
    }
    if (!pending.empty())
        flushBase64(out, pending);
    return out;
}

std::optional<QString> decodeUtf7(const QByteArray &encoded)
{
    QString out;
    out.reserve(encoded.size());
    const qsizetype n = encoded.size();
    for (qsizetype i = 0; i < n;) {
        const char c = encoded[i];
        if (c != '&') {
            if (!isDirect(char16_t(uchar(c))))
                return std::nullopt;
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        ++i;
        if (i < n && encoded[i] == '-') {
            out += QLatin1Char('&');
            ++i;
            continue;
        }
        quint32 bits = 0;
        int bitCount = 0;
        bool haveByte = false;
        quint8 highByte = 0;
        char16_t pendingHighSurrogate = 0;
        qsizetype runStart = i;
        while (i < n && encoded[i] != '-') {
            const int value = alphabetIndex(encoded[i]);
            if (value < 0)
                return std::nullopt;
            bits = (bits << 6) | quint32(value);
            bitCount += 6;
            if (bitCount >= 8) {
                bitCount -= 8;
                const quint8 byte = quint8((bits >> bitCount) & 0xff);
                if (!haveByte) {
                    highByte = byte;
                    haveByte = true;
                } else {
                    haveByte = false;
                    const char16_t unit = char16_t((highByte << 8) | byte);
                    if (QChar::isHighSurrogate(unit)) {
                        if (pendingHighSurrogate)
                            return std::nullopt;
                        pendingHighSurrogate = unit;
                    } else if (QChar::isLowSurrogate(unit)) {
                        if (!pendingHighSurrogate)
                            return std::nullopt;
                        out += QChar(pendingHighSurrogate);
                        out += QChar(unit);
                        pendingHighSurrogate = 0;
                    } else {
                        if (pendingHighSurrogate || isDirect(unit) || unit == '&')
                            return std::nullopt;
                        out += QChar(unit);
                    }
                }
            }
            ++i;
        }
        if (i >= n || i == runStart) // unterminated, or "&" directly followed by "-" handled above
            return std::nullopt;
        ++i; // '-'
        // Whole UTF-16 units only, no dangling surrogate, and the padding bits must be zero.
        if (haveByte || pendingHighSurrogate || bitCount >= 6 || (bits & ((1u << bitCount) - 1)) != 0)
            return std::nullopt;
    }
    return out;
}

QByteArray encode(const QString &name, bool utf8)
{
    if (utf8)
        return name.toUtf8();
    return encodeUtf7(name);
}

QString decode(const QByteArray &raw, bool utf8)
{
    QString name;
    if (utf8) {
        name = QString::fromUtf8(raw);
    } else if (auto decoded = decodeUtf7(raw)) {
        name = *decoded;
    } else {
        name = QString::fromUtf8(raw);
    }
    if (name.size() == 5 && name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("INBOX");
    return name;
}

} // namespace epistle::imap::MailboxName
