#pragma once

#include "mime/Message.h"
#include "ui/ReadingPreferences.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QUrl;

namespace Ui {
class MessageView;
}

namespace epistle::sync {
class SyncTask;
}

namespace epistle::ui {

class MailBackend;

// Shows one message: a header area, the attachment bar (open, save, save all), and the body:
// sanitized HTML (remote content blocked, with a bar to load it once or always for the sender;
// cid: images shown from the message's own parts) or plain text with coloured quote levels and
// clickable links. The raw message comes from the engine (fetchMessage), never from a socket.
class MessageView : public QWidget
{
    Q_OBJECT

public:
    MessageView(MailBackend *backend, QWidget *parent = nullptr);
    ~MessageView() override;

    void setPreferences(const ReadingPreferences &preferences);
    ReadingPreferences preferences() const { return m_preferences; }

    // Fetches the message through the engine and shows it when it arrives.
    void showMessage(qint64 messageKey);
    // Shows a message already at hand (a nested message/rfc822, tests).
    void showParsed(const mime::Message &message, const QByteArray &source, qint64 messageKey = 0);
    void clear();

    qint64 messageKey() const { return m_key; }
    const mime::Message *message() const { return m_message ? m_message.get() : nullptr; }
    QByteArray source() const { return m_source; }
    bool remoteContentBlocked() const;
    QString bodyHtml() const { return m_bodyHtml; }
    QStringList attachmentNames() const;

    // The file the attachment would be opened from (written on demand into a private folder).
    QString temporaryCopy(const mime::Part &part, QString *error);
    // A large message arrives without its large attachments (sync::PartialMessage); such a part
    // has no content yet. Calls `then` with the attachment at `path` once its content is here,
    // fetching the whole message first when needed (nullptr if that fails; the error is shown).
    void withAttachment(const QString &path, const std::function<void(const mime::Part *)> &then);
    static bool isOmitted(const mime::Part &part);

Q_SIGNALS:
    void messageShown(qint64 messageKey);
    void loadFailed(qint64 messageKey, const QString &error);
    // A message/rfc822 attachment the user wants to read.
    void openMessageRequested(std::shared_ptr<const epistle::mime::Message> message, const QByteArray &source);
    void preferencesChanged(const epistle::ui::ReadingPreferences &preferences);
    // Longer work started for the user (fetching a large attachment): for the status bar.
    void taskStarted(epistle::sync::SyncTask *task);

private:
    void render(bool allowRemote);
    void showHeaders();
    void showAttachments();
    void openAttachment(const mime::Part *part);
    void saveAttachment(const mime::Part *part);
    void saveAllAttachments();
    const mime::Part *attachmentAt(const QString &path) const;
    void loadRemoteImages(const QStringList &urls);
    void openLink(const QUrl &url);
    QString senderAddress() const;

    std::unique_ptr<Ui::MessageView> m_ui;
    MailBackend *m_backend;
    ReadingPreferences m_preferences;
    qint64 m_key = 0;
    std::shared_ptr<mime::Message> m_message;
    QByteArray m_source;
    QString m_bodyHtml;
    int m_blockedRemote = 0;
    QPointer<sync::SyncTask> m_pending;
    QPointer<sync::SyncTask> m_wholeFetch;
    bool m_whole = false; // the message shown is complete (nothing left out)
    std::unique_ptr<QTemporaryDir> m_openedFiles;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace epistle::ui
