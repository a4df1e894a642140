#include "storage/SubjectNormalizer.h"

#include <QStringList>

namespace epistle::storage {

namespace {

// Known prefixes, case-insensitive, each followed by an optional "[n]" or "(n)" and a colon.
const QStringList &prefixes()
{
    static const QStringList list = {
        QStringLiteral("re"),   QStringLiteral("fwd"),  QStringLiteral("fw"),  QStringLiteral("aw"),
        QStringLiteral("wg"),   QStringLiteral("sv"),   QStringLiteral("vs"),  QStringLiteral("antw"),
        QStringLiteral("tr"),   QStringLiteral("réf"),  QStringLiteral("odp"), QStringLiteral("rif"),
        QStringLiteral("回复"), QStringLiteral("转发"), QStringLiteral("答复"),
    };
    return list;
}

// Length of a prefix at `pos` including its colon and trailing spaces, or 0.
qsizetype prefixLength(const QString &s, qsizetype pos)
{
    for (const QString &p : prefixes()) {
        if (s.size() - pos < p.size() + 1 || QStringView(s).mid(pos, p.size()).compare(p, Qt::CaseInsensitive) != 0)
            continue;
        qsizetype i = pos + p.size();
        if (i < s.size() && (s[i] == QLatin1Char('[') || s[i] == QLatin1Char('('))) {
            const QChar close = s[i] == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')');
            qsizetype j = i + 1;
            while (j < s.size() && s[j].isDigit())
                ++j;
            if (j == i + 1 || j >= s.size() || s[j] != close)
                continue;
            i = j + 1;
        }
        while (i < s.size() && s[i] == QLatin1Char(' '))
            ++i;
        if (i < s.size() && (s[i] == QLatin1Char(':') || s[i] == QChar(0xff1a))) {
            ++i;
            while (i < s.size() && s[i].isSpace())
                ++i;
            return i - pos;
        }
    }
    return 0;
}

// Length of a "[list-name] " tag at pos, or 0.
qsizetype tagLength(const QString &s, qsizetype pos)
{
    if (pos >= s.size() || s[pos] != QLatin1Char('['))
        return 0;
    const qsizetype close = s.indexOf(QLatin1Char(']'), pos + 1);
    if (close < 0 || close - pos > 40)
        return 0;
    qsizetype i = close + 1;
    while (i < s.size() && s[i].isSpace())
        ++i;
    return i - pos;
}

// Strips prefixes; a list tag is dropped only when a prefix follows it ("[list] Re: x" -> "x").
QString stripPrefixes(const QString &simplified, bool *stripped)
{
    qsizetype pos = 0;
    *stripped = false;
    for (;;) {
        if (const qsizetype n = prefixLength(simplified, pos)) {
            pos += n;
            *stripped = true;
            continue;
        }
        const qsizetype tag = tagLength(simplified, pos);
        if (tag && prefixLength(simplified, pos + tag)) {
            pos += tag;
            continue;
        }
        break;
    }
    return simplified.mid(pos);
}

// True when simplified() would return the text unchanged: spaces only single, between words.
bool isSimplified(const QString &s)
{
    const qsizetype n = s.size();
    const QChar *d = s.constData();
    bool previousSpace = true; // a leading space is not simplified
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i].unicode();
        const bool space = c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r')) : d[i].isSpace();
        if (space && (previousSpace || c != ' '))
            return false;
        previousSpace = space;
    }
    return !previousSpace || n == 0;
}

// Most subjects start with a character no prefix or tag starts with; answers without the
// case-insensitive comparisons of stripPrefixes(). Non-ASCII first characters take the full path
// (case folding can map them onto ASCII letters).
bool cannotHavePrefix(const QString &s)
{
    if (s.isEmpty())
        return true;
    const char16_t c = s.front().unicode();
    if (c >= 0x80)
        return false;
    switch (c | 0x20) {
    case 'r': case 'f': case 'a': case 'w': case 's': case 'v': case 't': case 'o':
        return false;
    default:
        return c != '[';
    }
}

QString simplifiedText(const QString &s)
{
    return isSimplified(s) ? s : s.simplified();
}

} // namespace

QString SubjectNormalizer::normalize(const QString &subject)
{
    const QString simplified = simplifiedText(subject);
    if (cannotHavePrefix(simplified))
        return simplified.toCaseFolded();
    bool stripped = false;
    return stripPrefixes(simplified, &stripped).toCaseFolded();
}

bool SubjectNormalizer::hasPrefix(const QString &subject)
{
    const QString simplified = simplifiedText(subject);
    if (cannotHavePrefix(simplified))
        return false;
    bool stripped = false;
    stripPrefixes(simplified, &stripped);
    return stripped;
}

} // namespace epistle::storage
