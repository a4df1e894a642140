#pragma once

#include "net/TlsPolicy.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkReply;

namespace epistle::autoconfig {

// Fetches autoconfig documents over HTTPS (HTTP only when the caller allows it), verified with
// the same TLS policy as mail connections, size-limited, with a timeout.
class AutoconfigFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxDocumentBytes = 1024 * 1024;

    explicit AutoconfigFetcher(QObject *parent = nullptr);

    void setTlsPolicy(const net::TlsPolicy &policy) { m_policy = policy; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // done(ok, body, error): ok with the body on HTTP 200; otherwise a readable error.
    void fetch(const QUrl &url, std::function<void(bool ok, QByteArray body, QString error)> done);
    void abortAll();

private:
    QNetworkAccessManager m_network;
    net::TlsPolicy m_policy;
    int m_timeoutMs = 10000;
    QList<QNetworkReply *> m_replies;
};

} // namespace epistle::autoconfig
