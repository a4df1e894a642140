#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QString>
#include <deque>

namespace epistle::net {

// The conversation with a server, for the user's "show protocol log" and bug reports: a ring
// buffer of recent entries, optionally appended to a file. Credentials never reach it: engines
// write secrets with Connection::writeSensitive(), and redact() masks the known command shapes
// (LOGIN, PASS, AUTH/AUTHENTICATE with initial responses) as a second line of defence.
class ProtocolLog
{
public:
    enum class Direction { Sent, Received, Info };
    struct Entry
    {
        QDateTime when;
        Direction direction;
        QByteArray data;
    };

    explicit ProtocolLog(qsizetype capacity = 2000);

    bool setFile(const QString &path); // appends; false if it cannot be opened
    void record(Direction direction, const QByteArray &data);
    QList<Entry> entries() const;
    QString text() const; // "C: ...", "S: ...", "*  ..." lines

    static QByteArray redact(const QByteArray &clientData);

private:
    mutable QMutex m_mutex;
    std::deque<Entry> m_entries;
    qsizetype m_capacity;
    QFile m_file;
};

} // namespace epistle::net
