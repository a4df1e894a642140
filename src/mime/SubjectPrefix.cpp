#include "mime/SubjectPrefix.h"

#include <QRegularExpression>

namespace epistle::mime {

namespace {

const char *const replyWords = "re|aw|sv|antw|vs|ref|res|rif|odp|ynt|atb";
const char *const forwardWords = "fwd|fw|wg|tr|enc|rv|doorst|vl";

// One leading prefix: a word, an optional counter ([2] or (2)), a colon (ASCII or full-width).
QRegularExpression prefixPattern(const char *words)
{
    return QRegularExpression(QStringLiteral("^\\s*(?:%1)\\s*(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:\\x{FF1A}]\\s*")
                                  .arg(QLatin1String(words)),
                              QRegularExpression::CaseInsensitiveOption);
}

QString stripPrefixes(QString subject, const QRegularExpression &pattern)
{
    for (int guard = 0; guard < 100; ++guard) {
        const QRegularExpressionMatch match = pattern.match(subject);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        subject = subject.mid(match.capturedLength());
    }
    return subject.trimmed();
}

} // namespace

QString SubjectPrefix::strip(const QString &subject)
{
    static const QRegularExpression any = prefixPattern(
        (QByteArray(replyWords) + '|' + forwardWords).constData());
    return stripPrefixes(subject, any);
}

QString SubjectPrefix::reply(const QString &subject)
{
    static const QRegularExpression pattern = prefixPattern(replyWords);
    return QStringLiteral("Re: ") + stripPrefixes(subject, pattern);
}

QString SubjectPrefix::forward(const QString &subject)
{
    static const QRegularExpression pattern = prefixPattern(forwardWords);
    return QStringLiteral("Fwd: ") + stripPrefixes(subject, pattern);
}

} // namespace epistle::mime
