#include "mime/ForwardBuilder.h"

#include "mime/ReplyBuilder.h"
#include "mime/SubjectPrefix.h"

#include <QCoreApplication>

namespace epistle::mime {

namespace {
// Translation context of this file (lupdate reads it; a lambda named tr has none).
struct ForwardBuilderText {
    Q_DECLARE_TR_FUNCTIONS(ForwardBuilder)
};
} // namespace

QString ForwardBuilder::headerBlock(const Message &original)
{
    QString block = ForwardBuilderText::tr("-------- Forwarded Message --------") + QLatin1Char('\n');
    block += ForwardBuilderText::tr("Subject: %1").arg(original.subject) + QLatin1Char('\n');
    if (original.date.isValid())
        block += ForwardBuilderText::tr("Date: %1").arg(original.date.toString(Qt::RFC2822Date)) + QLatin1Char('\n');
    block += ForwardBuilderText::tr("From: %1").arg(formatAddressList(original.from)) + QLatin1Char('\n');
    if (!original.to.isEmpty())
        block += ForwardBuilderText::tr("To: %1").arg(formatAddressList(original.to)) + QLatin1Char('\n');
    if (!original.cc.isEmpty())
        block += ForwardBuilderText::tr("Cc: %1").arg(formatAddressList(original.cc)) + QLatin1Char('\n');
    return block;
}

OutgoingMessage ForwardBuilder::build(const Message &original, const QByteArray &source, ForwardMode mode,
                                      const Address &identity)
{
    OutgoingMessage forward;
    forward.from = identity;
    forward.subject = SubjectPrefix::forward(original.subject);
    if (mode == ForwardMode::Attachment) {
        OutgoingAttachment attached;
        QString name = SubjectPrefix::strip(original.subject);
        if (name.isEmpty())
            name = QStringLiteral("message");
        attached.fileName = name.left(100) + QStringLiteral(".eml");
        attached.mimeType = QStringLiteral("message/rfc822");
        attached.data = source;
        forward.attachments << attached;
        return forward;
    }
    forward.plainText = QLatin1Char('\n') + headerBlock(original) + QLatin1Char('\n') + ReplyBuilder::originalText(original);
    for (const Part *part : original.attachments()) {
        OutgoingAttachment attached;
        attached.fileName = part->suggestedFileName();
        attached.mimeType = part->message ? QStringLiteral("message/rfc822") : part->contentType();
        attached.data = part->decodedContent();
        forward.attachments << attached;
    }
    return forward;
}

} // namespace epistle::mime
