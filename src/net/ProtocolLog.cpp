#include "net/ProtocolLog.h"

#include <QMutexLocker>
#include <QRegularExpression>

namespace epistle::net {

namespace {

constexpr qsizetype maxEntryBytes = 4096; // a 25 MB literal is logged as its start and its size

QByteArray redactLine(const QByteArray &line)
{
    // Commands whose arguments carry secrets, with the part that stays readable captured.
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("^(\\S+ +LOGIN) +.*$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(\\S+ +AUTHENTICATE +\\S+) +.*$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(AUTH +\\S+) +.*$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(PASS) +.*$"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^(APOP +\\S+) +.*$"), QRegularExpression::CaseInsensitiveOption),
    };
    const QString text = QString::fromLatin1(line);
    for (const QRegularExpression &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            return match.captured(1).toLatin1() + " ****";
    }
    return line;
}

} // namespace

ProtocolLog::ProtocolLog(qsizetype capacity)
    : m_capacity(capacity)
{
}

bool ProtocolLog::setFile(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_file.close();
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void ProtocolLog::record(Direction direction, const QByteArray &data)
{
    Entry entry{QDateTime::currentDateTimeUtc(), direction, data};
    if (data.size() > maxEntryBytes)
        entry.data = data.left(maxEntryBytes) + "\r\n[... " + QByteArray::number(data.size() - maxEntryBytes) + " more bytes]";
    if (direction == Direction::Sent)
        entry.data = redact(entry.data);

    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        const char *prefix = direction == Direction::Sent ? "C: " : direction == Direction::Received ? "S: " : "*  ";
        m_file.write(entry.when.toString(Qt::ISODateWithMs).toLatin1() + ' ' + prefix + entry.data
                     + (entry.data.endsWith('\n') ? "" : "\n"));
        m_file.flush();
    }
    m_entries.push_back(std::move(entry));
    while (qsizetype(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

QList<ProtocolLog::Entry> ProtocolLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<Entry>(m_entries.begin(), m_entries.end());
}

QString ProtocolLog::text() const
{
    QString out;
    for (const Entry &entry : entries()) {
        const QLatin1String prefix(entry.direction == Direction::Sent       ? "C: "
                                   : entry.direction == Direction::Received ? "S: "
                                                                            : "*  ");
        const QList<QByteArray> lines = entry.data.split('\n');
        for (QByteArray line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                out += prefix + QString::fromUtf8(line) + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray ProtocolLog::redact(const QByteArray &clientData)
{
    QList<QByteArray> lines = clientData.split('\n');
    for (QByteArray &line : lines) {
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        line = redactLine(line);
        if (cr)
            line += '\r';
    }
    return lines.join('\n');
}

} // namespace epistle::net
