#include "ui/ComposerWindow.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "sync/SyncTask.h"
#include "ui/AddressCompleter.h"
#include "ui/MailBackend.h"
#include "ui/Resources.h"
#include "ui_ComposerWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QShortcut>
#include <QTextList>
#include <QUrlQuery>
#include <QUuid>

namespace epistle::ui {

namespace {

const QString SignatureSeparator = QStringLiteral("\n-- \n");

mime::AddressList parseField(const QLineEdit *edit)
{
    return mime::parseAddressList(edit->text());
}

QString attachmentSize(const mime::OutgoingAttachment &a)
{
    const qint64 bytes = a.data.isEmpty() ? QFileInfo(a.sourcePath).size() : a.data.size();
    return QLocale().formattedDataSize(bytes, 1);
}

qint64 attachmentBytes(const mime::OutgoingAttachment &a)
{
    return a.data.isEmpty() ? QFileInfo(a.sourcePath).size() : a.data.size();
}

} // namespace

ComposerWindow::ComposerWindow(MailBackend *backend, const QString &databaseFile, const QString &draftsFolder,
                               QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ComposerWindow>())
    , m_backend(backend)
{
    initResources();
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_ui->bodyEdit->setAcceptDrops(false); // dropped files become attachments (the window takes them)
    m_ui->sendButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-send"), QIcon(QStringLiteral(":/icons/mail-send.svg"))));
    m_ui->attachButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-attachment"), QIcon(QStringLiteral(":/icons/attachment.svg"))));
    m_ui->saveButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save"), QIcon(QStringLiteral(":/icons/document-save.svg"))));
    QFont boldFont = m_ui->boldButton->font();
    boldFont.setBold(true);
    m_ui->boldButton->setFont(boldFont);
    QFont italicFont = m_ui->italicButton->font();
    italicFont.setItalic(true);
    m_ui->italicButton->setFont(italicFont);
    QFont underlineFont = m_ui->underlineButton->font();
    underlineFont.setUnderline(true);
    m_ui->underlineButton->setFont(underlineFont);

    QDir().mkpath(draftsFolder);
    m_autosavePath = QDir(draftsFolder).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".eml"));

    m_completer = new AddressCompleter(this);
    for (QLineEdit *edit : {m_ui->toEdit, m_ui->ccEdit, m_ui->bccEdit}) {
        edit->setCompleter(m_completer);
        edit->setPlaceholderText(tr("name@example.com, …"));
        connect(edit, &QLineEdit::textEdited, this, &ComposerWindow::markModified);
    }
    m_completer->loadFrom(databaseFile);
    connect(m_ui->subjectEdit, &QLineEdit::textEdited, this, [this] {
        markModified();
        updateTitle();
    });
    connect(m_ui->bodyEdit, &QTextEdit::textChanged, this, &ComposerWindow::markModified);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ComposerWindow::saveDraft);
    connect(m_ui->attachButton, &QPushButton::clicked, this, [this] {
        for (const QString &path : QFileDialog::getOpenFileNames(this, tr("Attach Files")))
            addAttachmentFile(path);
    });
    connect(m_ui->removeAttachmentButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->attachmentList->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int row : rows)
            m_attachments.removeAt(row);
        updateAttachmentList();
        markModified();
    });
    connect(m_ui->richTextCheck, &QCheckBox::toggled, this, &ComposerWindow::setRichText);
    connect(m_ui->boldButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->bodyEdit->setFontWeight(on ? QFont::Bold : QFont::Normal);
    });
    connect(m_ui->italicButton, &QToolButton::toggled, m_ui->bodyEdit, &QTextEdit::setFontItalic);
    connect(m_ui->underlineButton, &QToolButton::toggled, m_ui->bodyEdit, &QTextEdit::setFontUnderline);
    connect(m_ui->listButton, &QToolButton::clicked, this, [this] {
        m_ui->bodyEdit->textCursor().createList(QTextListFormat::ListDisc);
    });
    connect(m_ui->bodyEdit, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat &format) {
        const QSignalBlocker b1(m_ui->boldButton), b2(m_ui->italicButton), b3(m_ui->underlineButton);
        m_ui->boldButton->setChecked(format.fontWeight() >= QFont::Bold);
        m_ui->italicButton->setChecked(format.fontItalic());
        m_ui->underlineButton->setChecked(format.fontUnderline());
    });
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendShortcut, &QShortcut::activated, this, &ComposerWindow::send);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ComposerWindow::saveDraft);

    loadIdentities(databaseFile);
    connect(m_ui->fromCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        applySignature(m_identityIndex);
        m_identityIndex = index;
    });
    m_identityIndex = m_ui->fromCombo->currentIndex();
    applySignature(-1);

    m_autosaveTimer.setInterval(AutosaveIntervalMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (!m_changedSinceAutosave)
            return;
        autosave();
        // The server copy less often than the local one: it is an APPEND and a delete each time.
        if (++m_autosavesSinceServerDraft >= 12)
            saveDraft();
    });
    m_autosaveTimer.start();
    setRichText(false);
    updateAttachmentList();
    m_modified = false;
    m_changedSinceAutosave = false;
    updateTitle();
}

ComposerWindow::~ComposerWindow() = default;

void ComposerWindow::loadIdentities(const QString &databaseFile)
{
    int defaultIndex = -1;
    try {
        const std::unique_ptr<storage::Database> db = storage::Database::open(databaseFile);
        storage::AccountStore store(*db);
        for (const storage::Account &account : store.accounts()) {
            const QList<storage::Identity> identities = store.identities(account.id);
            for (const storage::Identity &identity : identities) {
                m_identities.append(identity);
                const QString text = mime::Address{identity.name, identity.address, {}}.toDisplayString();
                m_ui->fromCombo->addItem(tr("%1 (%2)").arg(text, account.name));
                if (identity.isDefault && defaultIndex < 0)
                    defaultIndex = int(m_identities.size() - 1);
            }
        }
        if (defaultIndex >= 0)
            m_ui->fromCombo->setCurrentIndex(defaultIndex);
    } catch (const storage::StorageError &e) {
        m_ui->statusLabel->setText(e.message());
    }
    m_ui->sendButton->setEnabled(!m_identities.isEmpty());
    if (m_identities.isEmpty())
        m_ui->statusLabel->setText(tr("There is no account to send from yet."));
}

storage::Identity ComposerWindow::currentIdentity() const
{
    return m_identities.value(m_ui->fromCombo->currentIndex());
}

void ComposerWindow::selectIdentity(qint64 accountId, const QString &address)
{
    int fallback = -1;
    for (int i = 0; i < m_identities.size(); ++i) {
        if (m_identities[i].accountId != accountId)
            continue;
        if (!address.isEmpty() && m_identities[i].address.compare(address, Qt::CaseInsensitive) == 0) {
            m_ui->fromCombo->setCurrentIndex(i);
            return;
        }
        if (fallback < 0 || m_identities[i].isDefault)
            fallback = i;
    }
    if (fallback >= 0)
        m_ui->fromCombo->setCurrentIndex(fallback);
}

// Replaces the previous identity's signature (when the text still ends with it) by the new one's.
void ComposerWindow::applySignature(int previousIndex)
{
    QString body = m_ui->bodyEdit->toPlainText();
    const QString previous = m_identities.value(previousIndex).signature.trimmed();
    const QString next = currentIdentity().signature.trimmed();
    if (!previous.isEmpty()) {
        const QString block = SignatureSeparator + previous;
        const qsizetype at = body.lastIndexOf(block);
        if (at >= 0)
            body.remove(at, block.size());
    }
    if (!next.isEmpty())
        body += SignatureSeparator + next;
    if (body != m_ui->bodyEdit->toPlainText()) {
        const bool modified = m_modified;
        m_ui->bodyEdit->setPlainText(body);
        m_modified = modified;
    }
}

void ComposerWindow::prefill(const mime::OutgoingMessage &draft)
{
    for (int i = 0; i < m_identities.size(); ++i) {
        if (m_identities[i].address.compare(draft.from.email, Qt::CaseInsensitive) == 0) {
            m_ui->fromCombo->setCurrentIndex(i);
            break;
        }
    }
    m_ui->toEdit->setText(mime::formatAddressList(draft.to));
    m_ui->ccEdit->setText(mime::formatAddressList(draft.cc));
    m_ui->bccEdit->setText(mime::formatAddressList(draft.bcc));
    m_ui->subjectEdit->setText(draft.subject);
    m_inReplyTo = draft.inReplyTo;
    m_references = draft.references;
    QString body = draft.plainText;
    const QString signature = currentIdentity().signature.trimmed();
    if (!signature.isEmpty())
        body = QStringLiteral("\n") + SignatureSeparator + signature + QStringLiteral("\n\n") + body;
    m_ui->bodyEdit->setPlainText(body);
    for (const mime::OutgoingAttachment &a : draft.attachments)
        m_attachments.append(a);
    updateAttachmentList();
    QTextCursor cursor = m_ui->bodyEdit->textCursor();
    cursor.movePosition(QTextCursor::Start);
    m_ui->bodyEdit->setTextCursor(cursor);
    (m_ui->toEdit->text().isEmpty() ? static_cast<QWidget *>(m_ui->toEdit) : m_ui->bodyEdit)->setFocus();
    m_modified = false;
    m_changedSinceAutosave = false;
    updateTitle();
}

void ComposerWindow::prefillFromMailto(const QUrl &url)
{
    mime::OutgoingMessage draft;
    draft.from.email = currentIdentity().address;
    draft.to = mime::parseAddressList(QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8()));
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = item.first.toLower();
        if (key == QLatin1String("to"))
            draft.to += mime::parseAddressList(item.second);
        else if (key == QLatin1String("cc"))
            draft.cc += mime::parseAddressList(item.second);
        else if (key == QLatin1String("bcc"))
            draft.bcc += mime::parseAddressList(item.second);
        else if (key == QLatin1String("subject"))
            draft.subject = item.second;
        else if (key == QLatin1String("body"))
            draft.plainText = item.second;
        else if (key == QLatin1String("in-reply-to"))
            draft.inReplyTo = {item.second.trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>'))};
    }
    prefill(draft);
}

void ComposerWindow::setRichText(bool rich)
{
    const QSignalBlocker blocker(m_ui->richTextCheck);
    m_ui->richTextCheck->setChecked(rich);
    m_ui->bodyEdit->setAcceptRichText(rich);
    for (QToolButton *button : {m_ui->boldButton, m_ui->italicButton, m_ui->underlineButton, m_ui->listButton})
        button->setEnabled(rich);
    if (!rich && m_ui->bodyEdit->document()->toPlainText() != m_ui->bodyEdit->toPlainText())
        m_ui->bodyEdit->setPlainText(m_ui->bodyEdit->toPlainText());
}

void ComposerWindow::addAttachmentFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_ui->statusLabel->setText(tr("%1 cannot be read and was not attached.").arg(info.fileName()));
        return;
    }
    mime::OutgoingAttachment a;
    a.fileName = info.fileName();
    a.sourcePath = info.absoluteFilePath();
    addAttachment(a);
}

void ComposerWindow::addAttachment(const mime::OutgoingAttachment &attachment)
{
    m_attachments.append(attachment);
    updateAttachmentList();
    markModified();
}

void ComposerWindow::updateAttachmentList()
{
    m_ui->attachmentList->clear();
    qint64 total = 0;
    for (const mime::OutgoingAttachment &a : std::as_const(m_attachments)) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/attachment.svg")),
                                         tr("%1 — %2").arg(a.fileName, attachmentSize(a)), m_ui->attachmentList);
        item->setToolTip(a.sourcePath.isEmpty() ? a.fileName : a.sourcePath);
        total += attachmentBytes(a);
    }
    const bool any = !m_attachments.isEmpty();
    m_ui->attachmentList->setVisible(any);
    m_ui->removeAttachmentButton->setVisible(any);
    m_ui->attachmentsCaption->setVisible(any);
    m_ui->attachmentsCaption->setText(
        tr("%n attachment(s), %1 in total", nullptr, int(m_attachments.size())).arg(QLocale().formattedDataSize(total, 1)));
}

void ComposerWindow::markModified()
{
    m_modified = true;
    m_changedSinceAutosave = true;
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_ui->subjectEdit->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("Write: (no subject)") : tr("Write: %1").arg(subject));
}

mime::OutgoingMessage ComposerWindow::outgoingMessage() const
{
    mime::OutgoingMessage m;
    const storage::Identity identity = currentIdentity();
    m.from = {identity.name, identity.address, {}};
    if (!identity.replyTo.isEmpty())
        m.replyTo = mime::parseAddressList(identity.replyTo);
    m.to = parseField(m_ui->toEdit);
    m.cc = parseField(m_ui->ccEdit);
    m.bcc = parseField(m_ui->bccEdit);
    m.subject = m_ui->subjectEdit->text().trimmed();
    m.inReplyTo = m_inReplyTo;
    m.references = m_references;
    m.plainText = m_ui->bodyEdit->toPlainText();
    if (m_ui->richTextCheck->isChecked())
        m.htmlText = m_ui->bodyEdit->toHtml();
    m.attachments = m_attachments;
    return m;
}

bool ComposerWindow::buildMessage(mime::BuiltMessage *built, bool forDraft, QString *error) const
{
    mime::MessageBuilder::Options options;
    options.includeBcc = forDraft; // a draft keeps its Bcc; the transmitted message never has it
    return mime::MessageBuilder(options).build(outgoingMessage(), built, error);
}

bool ComposerWindow::autosave(QString *error)
{
    mime::BuiltMessage built;
    QString buildError;
    if (!buildMessage(&built, true, &buildError)) {
        if (error)
            *error = buildError;
        m_ui->statusLabel->setText(tr("The draft could not be saved: %1").arg(buildError));
        return false;
    }
    QSaveFile file(m_autosavePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(built.data) != built.data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        m_ui->statusLabel->setText(tr("The draft could not be saved: %1").arg(file.errorString()));
        return false;
    }
    m_changedSinceAutosave = false;
    m_ui->statusLabel->setText(tr("Draft saved on this computer at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    return true;
}

void ComposerWindow::removeAutosave()
{
    QFile::remove(m_autosavePath);
}

void ComposerWindow::saveDraft()
{
    if (!autosave())
        return;
    m_autosavesSinceServerDraft = 0;
    const storage::Identity identity = currentIdentity();
    if (!m_backend || !identity.accountId)
        return;
    mime::BuiltMessage built;
    QString error;
    if (!buildMessage(&built, true, &error))
        return;
    sync::SyncTask *task = m_backend->saveDraft(identity.accountId, built.data, m_draftKey);
    if (!task)
        return;
    QPointer<ComposerWindow> self(this);
    connect(task, &sync::SyncTask::finished, this, [self](sync::SyncTask *done) {
        if (!self)
            return;
        if (done->succeeded()) {
            self->m_draftKey = done->result().toLongLong();
            self->m_modified = self->m_changedSinceAutosave;
            self->m_ui->statusLabel->setText(tr("Draft saved in Drafts"));
            Q_EMIT self->draftSaved(self->m_draftKey);
        } else if (!done->wasCancelled()) {
            self->m_ui->statusLabel->setText(tr("The draft is saved on this computer only: %1").arg(done->errorMessage()));
        }
    });
}

void ComposerWindow::setBusy(bool busy, const QString &status)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->sendButton, m_ui->saveButton, m_ui->attachButton,
                                                         m_ui->toEdit, m_ui->ccEdit, m_ui->bccEdit, m_ui->subjectEdit,
                                                         m_ui->fromCombo})
        w->setEnabled(!busy);
    m_ui->bodyEdit->setReadOnly(busy);
    m_ui->statusLabel->setText(status);
}

void ComposerWindow::send()
{
    if (m_sending || !m_backend)
        return;
    const storage::Identity identity = currentIdentity();
    if (!identity.accountId) {
        QMessageBox::warning(this, tr("Send"), tr("Choose an identity to send from."));
        return;
    }
    mime::BuiltMessage built;
    QString error;
    if (!buildMessage(&built, false, &error)) {
        QMessageBox::warning(this, tr("Send"), tr("The message could not be prepared: %1").arg(error));
        return;
    }
    if (built.envelopeRecipients.isEmpty()) {
        QMessageBox::warning(this, tr("Send"), tr("Add at least one recipient."));
        m_ui->toEdit->setFocus();
        return;
    }
    if (m_ui->subjectEdit->text().trimmed().isEmpty() && m_askOnClose &&
        QMessageBox::question(this, tr("Send"), tr("Send this message without a subject?")) != QMessageBox::Yes)
        return;
    autosave(); // kept until the Outbox has the message
    m_sending = m_backend->send(identity.accountId, built.data);
    if (!m_sending)
        return;
    setBusy(true, tr("Sending…"));
    connect(m_sending, &sync::SyncTask::finished, this, [this](sync::SyncTask *done) {
        if (!done->succeeded()) {
            setBusy(false, QString());
            if (!done->wasCancelled())
                QMessageBox::warning(this, tr("Send"), tr("The message could not be queued for sending: %1").arg(done->errorMessage()));
            return;
        }
        removeAutosave();
        m_modified = false;
        Q_EMIT queued(done->result().toLongLong());
        close();
    });
}

void ComposerWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending && !m_sending->isFinished()) {
        event->ignore();
        return;
    }
    if (m_modified && m_askOnClose) {
        const auto answer = QMessageBox::question(this, tr("Close"), tr("Save this message as a draft before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            saveDraft();
            event->accept();
            return; // the local copy stays until the engine has stored the draft
        }
    }
    if (!m_modified || m_askOnClose)
        removeAutosave();
    m_autosaveTimer.stop();
    event->accept();
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent *event)
{
    bool any = false;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            addAttachmentFile(url.toLocalFile());
            any = true;
        }
    }
    if (any)
        event->acceptProposedAction();
}

} // namespace epistle::ui
