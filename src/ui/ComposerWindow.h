#pragma once

#include "mime/MessageBuilder.h"
#include "mime/OutgoingMessage.h"
#include "storage/AccountStore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class ComposerWindow;
}

namespace epistle::sync {
class SyncTask;
}

namespace epistle::ui {

class AddressCompleter;
class MailBackend;

// Writing a message: identity, To/Cc/Bcc with completion, subject, plain or rich text (rich is
// sent as multipart/alternative), attachments by button or drag and drop, the identity's
// signature, replies and forwards prefilled by src/mime. The draft is written to the profile every
// few seconds while it changes and stored in the account's Drafts through the engine; Send
// queues it in the Outbox through the engine.
class ComposerWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int AutosaveIntervalMs = 5000;

    // draftsFolder: where local autosaves go (in the profile).
    ComposerWindow(MailBackend *backend, const QString &databaseFile, const QString &draftsFolder,
                   QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Fills the fields from a reply/forward/mailto draft; the identity is chosen by its address.
    void prefill(const mime::OutgoingMessage &draft);
    void prefillFromMailto(const QUrl &url);
    void selectIdentity(qint64 accountId, const QString &address = QString());
    QList<storage::Identity> identities() const { return m_identities; }
    storage::Identity currentIdentity() const;

    void addAttachmentFile(const QString &path);
    void addAttachment(const mime::OutgoingAttachment &attachment);
    QList<mime::OutgoingAttachment> attachments() const { return m_attachments; }
    void setRichText(bool rich);

    mime::OutgoingMessage outgoingMessage() const;
    bool buildMessage(mime::BuiltMessage *built, bool forDraft, QString *error) const;
    bool isModified() const { return m_modified; }
    QString autosavePath() const { return m_autosavePath; }
    // Writes the local copy now (what the timer does); returns false with *error on failure.
    bool autosave(QString *error = nullptr);
    AddressCompleter *addressCompleter() const { return m_completer; }
    // For tests: closing does not ask about unsaved changes.
    void setAskOnClose(bool ask) { m_askOnClose = ask; }

public Q_SLOTS:
    void send();
    void saveDraft();

Q_SIGNALS:
    void queued(qint64 outboxId); // the engine accepted the message
    void draftSaved(qint64 messageKey);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void loadIdentities(const QString &databaseFile);
    void applySignature(int previousIndex);
    void markModified();
    void updateAttachmentList();
    void updateTitle();
    void setBusy(bool busy, const QString &status);
    void removeAutosave();

    std::unique_ptr<Ui::ComposerWindow> m_ui;
    MailBackend *m_backend;
    QList<storage::Identity> m_identities;
    QList<mime::OutgoingAttachment> m_attachments;
    QStringList m_inReplyTo;
    QStringList m_references;
    AddressCompleter *m_completer = nullptr;
    QString m_autosavePath;
    QTimer m_autosaveTimer;
    int m_autosavesSinceServerDraft = 0;
    qint64 m_draftKey = 0;
    int m_identityIndex = -1;
    bool m_modified = false;
    bool m_changedSinceAutosave = false;
    bool m_askOnClose = true;
    bool m_closingAfterSave = false;
    QPointer<sync::SyncTask> m_sending;
};

} // namespace epistle::ui
