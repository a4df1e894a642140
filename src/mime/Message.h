#pragma once

#include "mime/Address.h"
#include "mime/Part.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace epistle::mime {

struct Header
{
    QString name;
    QString value; // unfolded, encoded words and 8-bit text decoded
};

// A parsed message: headers decoded to Unicode and its part tree. Cheap to copy.
class Message
{
public:
    QList<Header> headers;
    QString subject;
    AddressList from;
    AddressList sender;
    AddressList replyTo;
    AddressList to;
    AddressList cc;
    AddressList bcc;
    AddressList mailFollowupTo;
    QDateTime date; // with the sender's UTC offset; invalid when absent or unreadable
    QString messageId;   // without angle brackets
    QStringList inReplyTo;
    QStringList references;
    Part body;           // the root of the MIME tree
    QStringList warnings; // problems met while parsing (the parser is lenient)

    // The first header of that name (case-insensitive), decoded; empty if absent.
    QString header(const QString &name) const;
    QStringList headerValues(const QString &name) const;

    // Every leaf part, nested messages included, in document order.
    std::vector<const Part *> leafParts() const;
    // Leaves that are attachments (see Part::isAttachment).
    std::vector<const Part *> attachments() const;
    const Part *findPart(const QString &path) const;
};

template<typename F>
void Part::forEach(F &&visit) const
{
    visit(*this);
    for (const Part &child : children)
        child.forEach(visit);
    if (message)
        message->body.forEach(visit);
}

} // namespace epistle::mime
