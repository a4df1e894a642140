#include "storage/SearchQuery.h"

#include <QStringList>

namespace epistle::storage {

namespace {

struct Term
{
    QString column;
    QString text;
    bool prefix = false;
    bool negated = false;
};

bool searchable(const QString &text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QString fieldColumn(QStringView name)
{
    if (name.compare(QLatin1String("subject"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("subject");
    if (name.compare(QLatin1String("body"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("body");
    for (const char *a : {"from", "to", "cc"}) {
        if (name.compare(QLatin1String(a), Qt::CaseInsensitive) == 0)
            return QStringLiteral("addresses");
    }
    return QString();
}

QString render(const Term &t)
{
    QString text = t.text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QString out;
    if (!t.column.isEmpty())
        out += t.column + QStringLiteral(" : ");
    out += QLatin1Char('"') + text + QLatin1Char('"');
    if (t.prefix)
        out += QStringLiteral(" *");
    return out;
}

} // namespace

QString SearchQuery::toFts(const QString &userText)
{
    QList<Term> terms;
    // Lone surrogates would be mangled on their way into SQLite (possibly eating a quote).
    QString s;
    s.reserve(userText.size());
    for (qsizetype k = 0; k < userText.size(); ++k) {
        const QChar c = userText[k];
        if (c.isHighSurrogate() && k + 1 < userText.size() && userText[k + 1].isLowSurrogate()) {
            s += c;
            s += userText[++k];
        } else if (c.isSurrogate()) {
            s += QLatin1Char(' ');
        } else {
            s += c;
        }
    }
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        if (s[i].isSpace() || s[i].category() == QChar::Other_Control) {
            ++i;
            continue;
        }
        Term term;
        if (s[i] == QLatin1Char('-') && i + 1 < n && !s[i + 1].isSpace()) {
            term.negated = true;
            ++i;
        }
        // field:
        qsizetype j = i;
        while (j < n && s[j].isLetter())
            ++j;
        if (j < n && j > i && s[j] == QLatin1Char(':') && j + 1 < n && !s[j + 1].isSpace()) {
            const QString column = fieldColumn(QStringView(s).mid(i, j - i));
            if (!column.isEmpty()) {
                term.column = column;
                i = j + 1;
            }
        }
        if (i < n && s[i] == QLatin1Char('"')) {
            const qsizetype close = s.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            term.text = s.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            if (i < n && s[i] == QLatin1Char('*')) {
                term.prefix = true;
                ++i;
            }
        } else {
            qsizetype end = i;
            while (end < n && !s[end].isSpace() && s[end] != QLatin1Char('"'))
                ++end;
            term.text = s.mid(i, end - i);
            i = end;
            while (term.text.endsWith(QLatin1Char('*'))) {
                term.text.chop(1);
                term.prefix = true;
            }
        }
        // Control characters and '*' inside a string have no FTS meaning; drop them quietly.
        QString clean;
        clean.reserve(term.text.size());
        for (QChar c : std::as_const(term.text)) {
            if (c.category() == QChar::Other_Control)
                clean += QLatin1Char(' ');
            else if (c != QLatin1Char('*'))
                clean += c;
        }
        term.text = clean.simplified();
        if (searchable(term.text))
            terms.append(term);
    }

    QStringList positive;
    QStringList negative;
    for (const Term &t : std::as_const(terms))
        (t.negated ? negative : positive).append(render(t));
    if (positive.isEmpty())
        return QString();
    QString expr = positive.join(QStringLiteral(" AND "));
    for (const QString &neg : std::as_const(negative))
        expr += QStringLiteral(" NOT ") + neg;
    return expr;
}

} // namespace epistle::storage
