#include "smtp/Reply.h"

#include <QCoreApplication>

namespace epistle::smtp {

namespace {

// 1 to 3 digits without a leading zero unless "0" (RFC 3463: subject and detail 0-999).
std::optional<int> smallNumber(QByteArrayView text, qsizetype *pos)
{
    qsizetype i = *pos;
    int value = 0;
    const qsizetype start = i;
    while (i < text.size() && i - start < 4 && text[i] >= '0' && text[i] <= '9')
        value = value * 10 + (text[i++] - '0');
    const qsizetype digits = i - start;
    if (digits == 0 || digits > 3)
        return std::nullopt;
    *pos = i;
    return value;
}

} // namespace

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

std::optional<EnhancedStatus> EnhancedStatus::parse(QByteArrayView text, qsizetype *length)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return std::nullopt;
    qsizetype pos = 2;
    const auto subject = smallNumber(text, &pos);
    if (!subject || pos >= text.size() || text[pos] != '.')
        return std::nullopt;
    ++pos;
    const auto detail = smallNumber(text, &pos);
    if (!detail)
        return std::nullopt;
    if (pos < text.size() && text[pos] != ' ' && text[pos] != '\t')
        return std::nullopt; // "5.1.1x" is text, not a code
    if (length)
        *length = pos;
    return EnhancedStatus{text[0] - '0', *subject, *detail};
}

Reply::Kind Reply::kind() const
{
    if (code < 300)
        return Kind::Positive;
    if (code < 400)
        return Kind::Intermediate;
    if (code < 500)
        return Kind::Transient;
    return Kind::Permanent;
}

QString Reply::summary() const
{
    QString result = QString::number(code);
    if (enhanced.isValid())
        result += QLatin1Char(' ') + enhanced.toString();
    if (!lines.isEmpty() && !lines.first().isEmpty())
        result += QLatin1Char(' ') + QString::fromUtf8(lines.first());
    return result;
}

QByteArray Reply::text() const
{
    return lines.join('\n');
}

void ReplyParser::reset()
{
    m_current = Reply{};
    m_complete.reset();
    m_error.clear();
}

ReplyParser::Result ReplyParser::addLine(QByteArrayView line)
{
    if (m_complete) // the caller did not take the previous reply: start over
        m_complete.reset();
    const auto malformed = [this](const QString &why) {
        m_error = why;
        m_current = Reply{};
        return Result::Malformed;
    };
    if (line.size() < 3)
        return malformed(QCoreApplication::translate("epistle::smtp", "The reply is too short."));
    int code = 0;
    for (int i = 0; i < 3; ++i) {
        const char c = line[i];
        if (c < '0' || c > '9')
            return malformed(QCoreApplication::translate("epistle::smtp", "The reply does not start with a three-digit code."));
        code = code * 10 + (c - '0');
    }
    // RFC 5321 4.2: first digit 2-5, second 0-5.
    if (line[0] < '2' || line[0] > '5' || line[1] > '5')
        return malformed(QCoreApplication::translate("epistle::smtp", "The reply code %1 is not valid.").arg(code));
    bool last = true;
    if (line.size() > 3) {
        if (line[3] == '-')
            last = false;
        else if (line[3] != ' ')
            return malformed(QCoreApplication::translate("epistle::smtp", "The reply code is not followed by a space or a hyphen."));
    }
    if (!m_current.lines.isEmpty() && m_current.code != code)
        return malformed(QCoreApplication::translate("epistle::smtp", "The lines of a reply have different codes (%1, %2).")
                             .arg(m_current.code)
                             .arg(code));
    if (m_current.lines.size() >= m_maxLines)
        return malformed(QCoreApplication::translate("epistle::smtp", "The reply has too many lines."));
    QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    qsizetype codeLength = 0;
    if (const auto enhanced = EnhancedStatus::parse(text, &codeLength); enhanced && enhanced->statusClass == line[0] - '0') {
        if (m_current.lines.isEmpty())
            m_current.enhanced = *enhanced;
        text = text.sliced(codeLength);
        while (!text.isEmpty() && (text[0] == ' ' || text[0] == '\t'))
            text = text.sliced(1);
    }
    m_current.code = code;
    m_current.lines.append(text.toByteArray());
    if (!last)
        return Result::NeedMore;
    m_complete = std::move(m_current);
    m_current = Reply{};
    return Result::Complete;
}

Reply ReplyParser::takeReply()
{
    Reply reply = m_complete ? std::move(*m_complete) : Reply{};
    m_complete.reset();
    return reply;
}

} // namespace epistle::smtp
