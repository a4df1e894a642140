#pragma once

#include "mime/Address.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace epistle::mime {

struct OutgoingAttachment
{
    QString fileName;
    QString mimeType;   // empty: from QMimeDatabase (file name and content)
    QByteArray data;    // the content, or empty with sourcePath set
    QString sourcePath; // read from this file when data is empty
    bool inlineImage = false; // part of the HTML (multipart/related), referenced as cid:contentId
    QString contentId;  // without angle brackets; generated for inline images when empty
};

// What the composer hands to MessageBuilder.
struct OutgoingMessage
{
    Address from;
    AddressList to;
    AddressList cc;
    AddressList bcc;      // envelope only: never written into the transmitted message
    AddressList replyTo;
    QString subject;
    QDateTime date;       // invalid: now, in local time with its offset
    QString messageId;    // without brackets; empty: generated from the From domain
    QStringList inReplyTo;
    QStringList references;
    QString plainText;    // sent as text/plain; format=flowed
    QString htmlText;     // when set, multipart/alternative with the plain text
    QList<OutgoingAttachment> attachments;
    QString userAgent;    // empty: "Epistle/<version>"
    QList<QPair<QString, QString>> extraHeaders;
};

} // namespace epistle::mime
