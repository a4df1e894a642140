#include "mime/DisplayText.h"

#include "mime/CharsetDecoder.h"
#include "mime/FlowedText.h"

namespace epistle::mime {

namespace {

bool isPlain(const Part &p)
{
    return p.mediaType == QLatin1String("text") && p.mediaSubtype == QLatin1String("plain");
}

bool isHtmlPart(const Part &p)
{
    return p.mediaType == QLatin1String("text") && p.mediaSubtype == QLatin1String("html");
}

bool displayableLeaf(const Part &p)
{
    return p.isLeaf() && (isPlain(p) || isHtmlPart(p)) && p.disposition != QLatin1String("attachment");
}

const Part *choose(const Part &part, BodyPreference preference, int depth);

const Part *relatedRoot(const Part &part)
{
    const QString start = part.contentTypeParameters.value(QStringLiteral("start"));
    if (!start.isEmpty()) {
        QString id = start.trimmed();
        if (id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>')))
            id = id.mid(1, id.size() - 2);
        for (const Part &child : part.children) {
            if (child.contentId == id)
                return &child;
        }
    }
    return part.children.empty() ? nullptr : &part.children.front();
}

const Part *chooseAlternative(const Part &part, BodyPreference preference, int depth)
{
    // Alternatives are in increasing order of faithfulness: prefer the last one of the wanted kind.
    const Part *preferred = nullptr;
    const Part *other = nullptr;
    for (const Part &child : part.children) {
        const Part *candidate = choose(child, preference, depth + 1);
        if (!candidate)
            continue;
        const bool wanted = preference == BodyPreference::Html ? isHtmlPart(*candidate) : isPlain(*candidate);
        (wanted ? preferred : other) = candidate;
    }
    return preferred ? preferred : other;
}

const Part *choose(const Part &part, BodyPreference preference, int depth)
{
    if (depth > 200)
        return nullptr;
    if (part.opaque)
        return nullptr;
    if (part.message)
        return part.disposition == QLatin1String("attachment") ? nullptr
                                                                : choose(part.message->body, preference, depth + 1);
    if (part.isLeaf())
        return displayableLeaf(part) ? &part : nullptr;
    if (part.mediaSubtype == QLatin1String("alternative"))
        return chooseAlternative(part, preference, depth);
    if (part.mediaSubtype == QLatin1String("related")) {
        const Part *root = relatedRoot(part);
        if (const Part *chosen = root ? choose(*root, preference, depth + 1) : nullptr)
            return chosen;
    }
    // mixed, signed, digest, report and unknown multiparts: the first displayable part.
    for (const Part &child : part.children) {
        if (child.message && part.mediaSubtype == QLatin1String("digest"))
            continue;
        if (const Part *chosen = choose(child, preference, depth + 1))
            return chosen;
    }
    return nullptr;
}

} // namespace

const Part *DisplayText::choosePart(const Message &message, BodyPreference preference)
{
    if (const Part *chosen = choose(message.body, preference, 0))
        return chosen;
    // Last resort: any text leaf that is not an attachment (text/enriched, text/x-whatever).
    const Part *fallback = nullptr;
    message.body.forEach([&](const Part &p) {
        if (!fallback && p.isLeaf() && p.isText() && p.disposition != QLatin1String("attachment"))
            fallback = &p;
    });
    return fallback;
}

DisplayText DisplayText::fromPart(const Part &part)
{
    DisplayText result;
    result.partPath = part.path;
    result.format = isHtmlPart(part) ? Format::Html : Format::Plain;
    result.declaredCharset = part.charset;
    QByteArray bytes = part.decodedContent();
    if (bytes.size() > maxTextBytes) {
        bytes.truncate(maxTextBytes);
        result.warnings << QStringLiteral("the text is longer than %1 bytes and was cut").arg(maxTextBytes);
    }
    const DecodedText decoded = CharsetDecoder::decode(bytes, part.charset);
    result.text = decoded.text;
    // Mail travels with CRLF; the text handed to views and quoting uses "\n" only.
    if (result.text.contains(QLatin1Char('\r'))) {
        result.text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        result.text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    result.usedCharset = decoded.charset;
    result.charsetFellBack = decoded.fellBack && !part.charset.isEmpty();
    if (result.charsetFellBack)
        result.warnings << QStringLiteral("declared charset \"%1\" did not fit the text; read as %2")
                               .arg(part.charset, decoded.charset);
    if (result.format == Format::Plain
        && part.contentTypeParameters.value(QStringLiteral("format")).compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0) {
        const bool delSp = part.contentTypeParameters.value(QStringLiteral("delsp")).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        result.text = FlowedText::decode(result.text, delSp);
        result.flowed = true;
    }
    return result;
}

DisplayText DisplayText::select(const Message &message, BodyPreference preference)
{
    const Part *part = choosePart(message, preference);
    if (!part)
        return {};
    return fromPart(*part);
}

} // namespace epistle::mime
