#include "mime/FlowedText.h"

#include <QStringList>

namespace epistle::mime {

namespace {

QStringList splitLines(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

int quoteDepth(const QString &line)
{
    int depth = 0;
    while (depth < line.size() && line.at(depth) == QLatin1Char('>'))
        ++depth;
    return depth;
}

QString quotePrefix(int depth)
{
    return depth > 0 ? QString(depth, QLatin1Char('>')) + QLatin1Char(' ') : QString();
}

} // namespace

QString FlowedText::decode(const QString &text, bool delSp)
{
    const QStringList lines = splitLines(text);
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = -1;
    auto finish = [&] {
        if (paragraphDepth >= 0) {
            out += quotePrefix(paragraphDepth);
            out += paragraph;
            out += QLatin1Char('\n');
        }
        paragraph.clear();
        paragraphDepth = -1;
    };
    for (const QString &raw : lines) {
        const int depth = quoteDepth(raw);
        QString line = raw.mid(depth);
        if (line.startsWith(QLatin1Char(' ')))
            line.remove(0, 1); // space-stuffing
        const bool signature = line == QLatin1String("-- ");
        const bool flowed = !signature && line.endsWith(QLatin1Char(' '));
        if (paragraphDepth >= 0 && (depth != paragraphDepth || signature))
            finish(); // a quote depth change or a signature ends a paragraph even after a soft break
        if (signature) {
            out += quotePrefix(depth) + line + QLatin1Char('\n');
            continue;
        }
        if (paragraphDepth < 0)
            paragraphDepth = depth;
        if (flowed && delSp)
            line.chop(1);
        paragraph += line;
        if (!flowed)
            finish();
    }
    finish();
    return out;
}

QString FlowedText::encode(const QString &text, int width)
{
    constexpr int hardLimit = 900; // keeps even unbreakable words inside SMTP's 998 octets
    QString out;
    const QStringList lines = splitLines(text);
    for (const QString &raw : lines) {
        const int depth = quoteDepth(raw);
        QString content = raw.mid(depth);
        if (depth > 0 && content.startsWith(QLatin1Char(' ')))
            content.remove(0, 1);
        if (content != QLatin1String("-- ")) {
            while (content.endsWith(QLatin1Char(' ')))
                content.chop(1);
        }
        const QString prefix = depth > 0 ? QString(depth, QLatin1Char('>')) : QString();
        auto writeLine = [&](const QString &piece) {
            QString line = prefix;
            if (depth > 0 || piece.startsWith(QLatin1Char(' ')) || piece.startsWith(QLatin1String("From "))
                || piece.startsWith(QLatin1Char('>')))
                line += QLatin1Char(' ');
            line += piece;
            out += line;
            out += QLatin1Char('\n');
        };
        if (content == QLatin1String("-- ")) {
            writeLine(content);
            continue;
        }
        const qsizetype room = std::max<qsizetype>(20, width - prefix.size() - 1);
        while (content.size() > room) {
            // Break after the last space that fits; the space stays at the end (soft break).
            int cut = content.lastIndexOf(QLatin1Char(' '), room - 1);
            if (cut <= 0) {
                cut = content.indexOf(QLatin1Char(' '), room);
                if (cut < 0 || cut >= hardLimit)
                    cut = content.size() > hardLimit ? hardLimit - 2 : -1;
                if (cut < 0)
                    break;
            }
            writeLine(content.left(cut + 1) + (content.at(cut) == QLatin1Char(' ') ? QString() : QStringLiteral(" ")));
            content = content.mid(cut + 1);
        }
        writeLine(content);
    }
    return out;
}

} // namespace epistle::mime
