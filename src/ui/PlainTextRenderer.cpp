#include "ui/PlainTextRenderer.h"

#include <QRegularExpression>
#include <QStringList>

namespace epistle::ui {

namespace {

const char *const QuoteColours[] = {"#2e6bb0", "#3a8a3a", "#9a5a16", "#8a3a8a"};

} // namespace

int PlainTextRenderer::quoteDepth(QStringView line)
{
    int depth = 0;
    for (QChar c : line) {
        if (c == QLatin1Char('>'))
            ++depth;
        else if (c != QLatin1Char(' '))
            break;
    }
    return depth;
}

QString PlainTextRenderer::linkify(const QString &escapedLine)
{
    // Runs on escaped text: "&amp;" stays inside a URL, "&lt;"/"&gt;" end it.
    static const QRegularExpression url(QStringLiteral(
        R"(((?:https?|ftp)://[^\s<>"]+?|www\.[^\s<>"]+?|mailto:[^\s<>"]+?)(?=[.,;:!?)\]]*(?:\s|&lt;|&gt;|$)))"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = url.globalMatch(escapedLine);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escapedLine.mid(last, m.capturedStart() - last);
        const QString shown = m.captured(1);
        const QString target = shown.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
                                   ? QStringLiteral("http://") + shown
                                   : shown;
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(target, shown);
        last = m.capturedEnd();
    }
    out += escapedLine.mid(last);
    return out;
}

QString PlainTextRenderer::toHtml(const QString &text)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int depth = quoteDepth(line);
        QString body = linkify(line.toHtmlEscaped());
        if (depth > 0) {
            const char *colour = QuoteColours[(depth - 1) % int(std::size(QuoteColours))];
            body = QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(QLatin1String(colour), body);
        }
        html += body;
        if (i + 1 < lines.size())
            html += QStringLiteral("<br/>");
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace epistle::ui
