#include "ui/MessageView.h"

#include "mime/AttachmentSaver.h"
#include "mime/CidResolver.h"
#include "mime/DisplayText.h"
#include "mime/HtmlSanitizer.h"
#include "mime/MessageParser.h"
#include "sync/PartialMessage.h"
#include "sync/SyncTask.h"
#include "ui/MailBackend.h"
#include "ui/Resources.h"
#include "ui/PlainTextRenderer.h"
#include "ui_MessageView.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextDocument>
#include <QToolButton>

namespace epistle::ui {

namespace {

constexpr qint64 MaxRemoteImageBytes = 5 * 1024 * 1024;

QString addresses(const mime::AddressList &list)
{
    return mime::formatAddressList(list);
}

} // namespace

MessageView::MessageView(MailBackend *backend, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageView>())
    , m_backend(backend)
{
    initResources();
    m_ui->setupUi(this);
    QFont subjectFont = m_ui->subjectLabel->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.2);
    m_ui->subjectLabel->setFont(subjectFont);
    m_ui->headerFrame->setBackgroundRole(QPalette::AlternateBase);
    m_ui->headerLayout->setColumnStretch(1, 1);
    m_ui->attachmentBar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_ui->attachmentScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_ui->attachmentScroll->setFixedHeight(m_ui->saveAllButton->sizeHint().height() + 6);
    m_ui->viewLayout->setStretchFactor(m_ui->body, 1);
    m_ui->remoteBar->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->attachmentIcon->setPixmap(QIcon(QStringLiteral(":/icons/attachment.svg")).pixmap(16, 16));
    m_ui->loadRemoteButton->setToolTip(tr("Load remote images and styles of this message once"));
    m_ui->alwaysRemoteButton->setToolTip(tr("Always load remote content in messages from this sender"));
    connect(m_ui->loadRemoteButton, &QPushButton::clicked, this, [this] { render(true); });
    connect(m_ui->alwaysRemoteButton, &QPushButton::clicked, this, [this] {
        const QString sender = senderAddress().toLower();
        if (!sender.isEmpty() && !m_preferences.trustedSenders.contains(sender))
            m_preferences.trustedSenders.append(sender);
        Q_EMIT preferencesChanged(m_preferences);
        render(true);
    });
    connect(m_ui->saveAllButton, &QPushButton::clicked, this, &MessageView::saveAllAttachments);
    connect(m_ui->body, &QTextBrowser::anchorClicked, this, &MessageView::openLink);
    clear();
}

MessageView::~MessageView()
{
    if (m_pending)
        m_pending->cancel();
}

void MessageView::setPreferences(const ReadingPreferences &preferences)
{
    m_preferences = preferences;
    if (m_message)
        render(m_preferences.loadsRemoteFor(senderAddress()));
}

void MessageView::clear()
{
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
    if (m_wholeFetch)
        m_wholeFetch->cancel();
    m_wholeFetch = nullptr;
    m_key = 0;
    m_message.reset();
    m_source.clear();
    m_bodyHtml.clear();
    m_blockedRemote = 0;
    m_ui->headerFrame->hide();
    m_ui->remoteBar->hide();
    m_ui->attachmentBar->hide();
    m_ui->body->document()->clear();
}

void MessageView::showMessage(qint64 messageKey)
{
    if (messageKey == m_key && (m_message || m_pending))
        return;
    clear();
    m_key = messageKey;
    if (!m_backend || !messageKey)
        return;
    m_ui->body->setHtml(QStringLiteral("<p style=\"color: gray;\">%1</p>").arg(tr("Loading the message…").toHtmlEscaped()));
    sync::SyncTask *task = m_backend->fetchMessage(messageKey);
    if (!task)
        return;
    m_pending = task;
    connect(task, &sync::SyncTask::finished, this, [this, messageKey](sync::SyncTask *done) {
        if (done != m_pending)
            return; // another message was selected meanwhile
        m_pending = nullptr;
        if (!done->succeeded()) {
            if (done->wasCancelled())
                return;
            m_ui->body->setHtml(QStringLiteral("<p>%1</p><p>%2</p>")
                                    .arg(tr("The message could not be loaded.").toHtmlEscaped(),
                                         done->errorMessage().toHtmlEscaped()));
            Q_EMIT loadFailed(messageKey, done->errorMessage());
            return;
        }
        const QByteArray source = done->result().toByteArray();
        showParsed(mime::MessageParser().parse(source), source, messageKey);
    });
}

void MessageView::showParsed(const mime::Message &message, const QByteArray &source, qint64 messageKey)
{
    if (m_pending && messageKey != m_key) {
        m_pending->cancel();
        m_pending = nullptr;
    }
    m_key = messageKey;
    m_whole = false;
    m_message = std::make_shared<mime::Message>(message);
    m_source = source;
    m_openedFiles.reset();
    showHeaders();
    showAttachments();
    render(m_preferences.loadsRemoteFor(senderAddress()));
    Q_EMIT messageShown(messageKey);
}

QString MessageView::senderAddress() const
{
    if (!m_message || m_message->from.isEmpty())
        return {};
    return m_message->from.first().email;
}

bool MessageView::remoteContentBlocked() const
{
    return m_blockedRemote > 0;
}

void MessageView::showHeaders()
{
    const mime::Message &m = *m_message;
    m_ui->subjectLabel->setText(m.subject.isEmpty() ? tr("(no subject)") : m.subject);
    m_ui->fromLabel->setText(addresses(m.from));
    m_ui->toLabel->setText(addresses(m.to));
    m_ui->ccLabel->setText(addresses(m.cc));
    m_ui->toCaption->setVisible(!m.to.isEmpty());
    m_ui->toLabel->setVisible(!m.to.isEmpty());
    m_ui->ccCaption->setVisible(!m.cc.isEmpty());
    m_ui->ccLabel->setVisible(!m.cc.isEmpty());
    m_ui->dateLabel->setText(m.date.isValid() ? QLocale().toString(m.date.toLocalTime(), QLocale::LongFormat) : QString());
    m_ui->headerFrame->show();
}

void MessageView::showAttachments()
{
    while (QLayoutItem *item = m_ui->attachmentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const std::vector<const mime::Part *> parts = m_message->attachments();
    m_ui->attachmentBar->setVisible(!parts.empty());
    m_ui->saveAllButton->setVisible(parts.size() > 1);
    const QMimeDatabase mimeTypes;
    for (const mime::Part *part : parts) {
        auto *button = new QToolButton(m_ui->attachmentList);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setPopupMode(QToolButton::MenuButtonPopup);
        const QString name = part->suggestedFileName();
        qint64 size = part->decodedSize();
        if (isOmitted(*part)) {
            // The size on the server, still transfer-encoded: base64 takes four bytes for three.
            size = part->contentTypeParameters.value(QString::fromLatin1(sync::PartialMessage::OmittedParameter)).toLongLong();
            if (part->transferEncoding == QLatin1String("base64"))
                size = size * 3 / 4;
        }
        button->setText(tr("%1 (%2)").arg(name, QLocale().formattedDataSize(size, 1)));
        button->setToolTip(part->contentType());
        const QMimeType type = mimeTypes.mimeTypeForName(part->contentType());
        button->setIcon(QIcon::fromTheme(type.iconName(), QIcon(QStringLiteral(":/icons/attachment.svg"))));
        button->setAccessibleName(name);
        auto *menu = new QMenu(button);
        const QString path = part->path;
        const auto open = [this, path] {
            withAttachment(path, [this](const mime::Part *found) {
                if (found)
                    openAttachment(found);
            });
        };
        menu->addAction(tr("Open"), this, open);
        menu->addAction(tr("Save As…"), this, [this, path] {
            withAttachment(path, [this](const mime::Part *found) {
                if (found)
                    saveAttachment(found);
            });
        });
        button->setMenu(menu);
        connect(button, &QToolButton::clicked, this, open);
        m_ui->attachmentLayout->addWidget(button);
    }
    m_ui->attachmentLayout->addStretch();
}

bool MessageView::isOmitted(const mime::Part &part)
{
    return part.contentTypeParameters.contains(QString::fromLatin1(sync::PartialMessage::OmittedParameter));
}

const mime::Part *MessageView::attachmentAt(const QString &path) const
{
    if (!m_message)
        return nullptr;
    for (const mime::Part *part : m_message->attachments()) {
        if (part->path == path)
            return part;
    }
    return nullptr;
}

void MessageView::withAttachment(const QString &path, const std::function<void(const mime::Part *)> &then)
{
    const mime::Part *part = attachmentAt(path);
    if (!part || !isOmitted(*part) || m_whole || !m_backend || !m_key) {
        then(part);
        return;
    }
    if (m_wholeFetch)
        m_wholeFetch->cancel();
    const qint64 key = m_key;
    m_wholeFetch = m_backend->fetchMessage(key, sync::MessageContent::Whole);
    if (!m_wholeFetch) {
        then(nullptr);
        return;
    }
    Q_EMIT taskStarted(m_wholeFetch);
    connect(m_wholeFetch, &sync::SyncTask::finished, this, [this, key, path, then](sync::SyncTask *done) {
        if (done != m_wholeFetch || key != m_key)
            return; // another message is shown now
        m_wholeFetch = nullptr;
        if (!done->succeeded()) {
            if (!done->wasCancelled())
                QMessageBox::warning(this, tr("Attachment"),
                                     tr("The attachment could not be fetched from the server: %1").arg(done->errorMessage()));
            then(nullptr);
            return;
        }
        const QByteArray source = done->result().toByteArray();
        showParsed(mime::MessageParser().parse(source), source, key);
        m_whole = true;
        then(attachmentAt(path));
    });
}

QStringList MessageView::attachmentNames() const
{
    QStringList names;
    if (m_message) {
        for (const mime::Part *part : m_message->attachments())
            names.append(part->suggestedFileName());
    }
    return names;
}

void MessageView::render(bool allowRemote)
{
    m_blockedRemote = 0;
    const mime::DisplayText text = mime::DisplayText::select(
        *m_message, m_preferences.preferPlainText ? mime::BodyPreference::Plain : mime::BodyPreference::Html);
    QTextDocument *document = m_ui->body->document();
    document->clear(); // also drops the previous message's images
    QStringList remoteUrls;
    if (text.isHtml()) {
        const mime::SanitizedHtml safe = mime::HtmlSanitizer({allowRemote}).sanitize(text.text);
        m_blockedRemote = safe.remoteBlocked;
        m_bodyHtml = safe.html;
        const mime::CidResolver resolver(*m_message);
        for (const QString &url : mime::CidResolver::references(safe.html)) {
            if (const mime::Part *part = resolver.resolve(url)) {
                QImage image;
                if (image.loadFromData(part->decodedContent()))
                    document->addResource(QTextDocument::ImageResource, QUrl(url), image);
            }
        }
        if (allowRemote && safe.remoteResources > 0) {
            static const QRegularExpression remote(QStringLiteral(R"re((?:src|background)\s*=\s*"((?:https?:)?//[^"]+)")re"),
                                                   QRegularExpression::CaseInsensitiveOption);
            auto it = remote.globalMatch(safe.html);
            while (it.hasNext())
                remoteUrls.append(it.next().captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")));
        }
    } else if (text.format == mime::DisplayText::Format::Plain) {
        m_bodyHtml = PlainTextRenderer::toHtml(text.text);
    } else {
        m_bodyHtml = QStringLiteral("<p style=\"color: gray;\"><i>%1</i></p>").arg(tr("This message has no text.").toHtmlEscaped());
    }
    document->setHtml(m_bodyHtml);
    m_ui->remoteBar->setVisible(m_blockedRemote > 0);
    m_ui->remoteLabel->setText(tr("Remote content was blocked to protect your privacy (%n item(s)).", nullptr, m_blockedRemote));
    m_ui->alwaysRemoteButton->setEnabled(!senderAddress().isEmpty());
    if (!remoteUrls.isEmpty())
        loadRemoteImages(remoteUrls);
}

// Remote images are fetched only after the user asked for them; they become resources of the
// document, so the browser widget itself never goes to the network.
void MessageView::loadRemoteImages(const QStringList &urls)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    const qint64 key = m_key;
    for (const QString &text : urls) {
        QUrl url(text.startsWith(QLatin1String("//")) ? QStringLiteral("https:") + text : text);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(20000);
        QNetworkReply *reply = m_network->get(request);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxRemoteImageBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, key, text] {
            reply->deleteLater();
            if (key != m_key || reply->error() != QNetworkReply::NoError)
                return;
            QImage image;
            if (!image.loadFromData(reply->readAll()))
                return;
            m_ui->body->document()->addResource(QTextDocument::ImageResource, QUrl(text), image);
            const int scroll = m_ui->body->verticalScrollBar()->value();
            m_ui->body->document()->setHtml(m_bodyHtml);
            m_ui->body->verticalScrollBar()->setValue(scroll);
        });
    }
}

void MessageView::openLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("ftp") ||
        scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

QString MessageView::temporaryCopy(const mime::Part &part, QString *error)
{
    if (!m_openedFiles) {
        m_openedFiles = std::make_unique<QTemporaryDir>(
            QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("epistle-XXXXXX")));
    }
    QString path;
    if (!m_openedFiles->isValid() || !mime::AttachmentSaver::saveToFolder(part, m_openedFiles->path(), &path, error))
        return {};
    return path;
}

void MessageView::openAttachment(const mime::Part *part)
{
    if (part->isMessage()) {
        Q_EMIT openMessageRequested(part->message, part->decodedContent());
        return;
    }
    QString error;
    const QString path = temporaryCopy(*part, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Open Attachment"), tr("The attachment could not be written: %1").arg(error));
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MessageView::saveAttachment(const mime::Part *part)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"),
                                                      QDir(folder).filePath(part->suggestedFileName()));
    if (path.isEmpty())
        return;
    QString error;
    if (!mime::AttachmentSaver::saveAs(*part, path, &error))
        QMessageBox::warning(this, tr("Save Attachment"), tr("The attachment could not be saved: %1").arg(error));
}

void MessageView::saveAllAttachments()
{
    if (!m_message)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save All Attachments"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (folder.isEmpty())
        return;
    const std::vector<const mime::Part *> parts = m_message->attachments();
    const auto omitted = std::find_if(parts.begin(), parts.end(), [](const mime::Part *part) { return isOmitted(*part); });
    // One fetch of the whole message (asked for through any part left out) brings all of them.
    withAttachment(omitted == parts.end() ? QString() : (*omitted)->path, [this, folder](const mime::Part *) {
        if (!m_message)
            return;
        QStringList failures;
        for (const mime::Part *part : m_message->attachments()) {
            QString saved, error;
            if (isOmitted(*part) && !m_whole)
                failures.append(QStringLiteral("%1: %2").arg(part->suggestedFileName(), tr("not fetched from the server")));
            else if (!mime::AttachmentSaver::saveToFolder(*part, folder, &saved, &error))
                failures.append(QStringLiteral("%1: %2").arg(part->suggestedFileName(), error));
        }
        if (!failures.isEmpty())
            QMessageBox::warning(this, tr("Save All Attachments"),
                                 tr("Some attachments could not be saved:\n%1").arg(failures.join(QLatin1Char('\n'))));
    });
}

} // namespace epistle::ui
