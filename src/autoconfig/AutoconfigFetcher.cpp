#include "autoconfig/AutoconfigFetcher.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace epistle::autoconfig {

AutoconfigFetcher::AutoconfigFetcher(QObject *parent)
    : QObject(parent)
{
    // Never from HTTPS to HTTP, and only a few hops.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void AutoconfigFetcher::fetch(const QUrl &url, std::function<void(bool, QByteArray, QString)> done)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_policy.configuration());
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(3);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Epistle autoconfig"));
    QNetworkReply *reply = m_network.get(request);
    m_replies << reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maxDocumentBytes || total > maxDocumentBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        m_replies.removeOne(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property("tooLarge").toBool()) {
            done(false, {}, tr("The configuration file is larger than %1 bytes.").arg(maxDocumentBytes));
            return;
        }
        if (status != 0 && status != 200) {
            done(false, {}, tr("The server answered HTTP %1.").arg(status));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            done(false, {}, reply->errorString());
            return;
        }
        const QByteArray body = reply->read(maxDocumentBytes + 1);
        if (body.size() > maxDocumentBytes) {
            done(false, {}, tr("The configuration file is larger than %1 bytes.").arg(maxDocumentBytes));
            return;
        }
        done(true, body, QString());
    });
}

void AutoconfigFetcher::abortAll()
{
    for (QNetworkReply *reply : std::exchange(m_replies, {})) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace epistle::autoconfig
