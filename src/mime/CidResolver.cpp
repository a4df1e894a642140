#include "mime/CidResolver.h"

#include <QRegularExpression>
#include <QUrl>

namespace epistle::mime {

namespace {

void collect(const Part &part, std::vector<const Part *> &out)
{
    if (!part.contentId.isEmpty())
        out.push_back(&part);
    for (const Part &child : part.children)
        collect(child, out);
}

const QRegularExpression &cidPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(cid:([^"'\s)>]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

CidResolver::CidResolver(const Message &message)
{
    collect(message.body, m_parts);
}

const Part *CidResolver::resolve(const QString &url) const
{
    QString id = url.trimmed();
    if (id.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive))
        id = QUrl::fromPercentEncoding(id.mid(4).toUtf8());
    if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
        id = id.mid(1, id.size() - 2);
    if (id.isEmpty())
        return nullptr;
    for (const Part *part : m_parts) {
        if (part->contentId == id)
            return part;
    }
    for (const Part *part : m_parts) { // some mailers differ in case only
        if (part->contentId.compare(id, Qt::CaseInsensitive) == 0)
            return part;
    }
    return nullptr;
}

QStringList CidResolver::references(const QString &html)
{
    QStringList urls;
    auto it = cidPattern().globalMatch(html);
    while (it.hasNext()) {
        const QString url = it.next().captured(0);
        if (!urls.contains(url))
            urls << url;
    }
    return urls;
}

QString CidResolver::embedImages(const QString &html, qint64 maxBytes) const
{
    QString result;
    result.reserve(html.size());
    qsizetype last = 0;
    auto it = cidPattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const Part *part = resolve(match.captured(0));
        if (part && part->mediaType == QLatin1String("image") && part->mediaSubtype != QLatin1String("svg+xml")
            && part->encodedSize <= maxBytes * 4 / 3 + 1024) {
            result += QStringLiteral("data:%1;base64,").arg(part->contentType());
            result += QString::fromLatin1(part->decodedContent().toBase64());
        } else {
            result += match.captured(0);
        }
    }
    result += QStringView(html).mid(last);
    return result;
}

} // namespace epistle::mime
