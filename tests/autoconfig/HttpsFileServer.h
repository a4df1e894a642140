#pragma once

#include <QHash>
#include <QSslServer>

// A minimal HTTPS server for autoconfig tests: GET <path> answers the body registered for that
// path (query ignored) or 404. Presents the scripted test certificate (localhost).
class HttpsFileServer : public QSslServer
{
    Q_OBJECT

public:
    explicit HttpsFileServer(QObject *parent = nullptr);
    bool start();
    void serve(const QString &path, const QByteArray &body) { m_files.insert(path, body); }
    QStringList requestedPaths() const { return m_requested; }

private:
    void handle(QSslSocket *socket);

    QHash<QString, QByteArray> m_files;
    QStringList m_requested;
};
