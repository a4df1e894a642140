#include "sync/ImapSummary.h"

#include "mime/HeaderText.h"

namespace epistle::sync::ImapSummary {

namespace {

struct FlagName
{
    const char *name;
    storage::MessageFlag flag;
};

constexpr FlagName systemFlags[] = {
    {"\\Seen", storage::MessageFlag::Seen},       {"\\Answered", storage::MessageFlag::Answered},
    {"\\Flagged", storage::MessageFlag::Flagged}, {"\\Deleted", storage::MessageFlag::Deleted},
    {"\\Draft", storage::MessageFlag::Draft},     {"\\Recent", storage::MessageFlag::Recent},
};

storage::Address toAddress(const imap::Address &address)
{
    storage::Address result;
    result.name = mime::decodeHeaderText(address.name);
    if (!address.host.isEmpty())
        result.address = QString::fromUtf8(address.mailbox + '@' + address.host);
    else
        result.address = QString::fromUtf8(address.mailbox);
    return result;
}

// Group syntax (mailbox without host opens a group, both empty close it) is flattened.
QList<storage::Address> toAddresses(const QList<imap::Address> &addresses)
{
    QList<storage::Address> result;
    result.reserve(addresses.size());
    for (const imap::Address &address : addresses) {
        if (address.host.isEmpty())
            continue;
        result << toAddress(address);
    }
    return result;
}

bool isAttachmentLeaf(const imap::BodyStructure &part)
{
    if (part.disposition == "attachment")
        return true;
    if (part.type == "text")
        return false;
    // Images referenced by cid: from an HTML body (multipart/related) are shown, not attached.
    if (!part.id.isEmpty() && part.disposition != "attachment")
        return false;
    return true;
}

} // namespace

void splitFlags(const QList<QByteArray> &imapFlags, storage::MessageFlags *flags, QStringList *keywords)
{
    *flags = {};
    keywords->clear();
    for (const QByteArray &flag : imapFlags) {
        bool system = false;
        for (const FlagName &known : systemFlags) {
            if (flag.compare(known.name, Qt::CaseInsensitive) == 0) {
                *flags |= known.flag;
                system = true;
                break;
            }
        }
        if (!system && !flag.startsWith('\\'))
            *keywords << QString::fromUtf8(flag);
    }
}

QList<QByteArray> toImapFlags(storage::MessageFlags flags, const QStringList &keywords)
{
    QList<QByteArray> result;
    for (const FlagName &known : systemFlags) {
        if (known.flag != storage::MessageFlag::Recent && flags.testFlag(known.flag))
            result << QByteArray(known.name);
    }
    for (const QString &keyword : keywords)
        result << keyword.toUtf8();
    return result;
}

bool hasAttachments(const imap::BodyStructure &structure)
{
    if (structure.isMultipart()) {
        // The alternatives of a multipart/alternative are one text, never attachments.
        if (structure.subtype == "alternative")
            return false;
        for (const imap::BodyStructure &part : structure.parts) {
            if (hasAttachments(part))
                return true;
        }
        return false;
    }
    if (structure.isMessage())
        return true;
    return isAttachmentLeaf(structure);
}

storage::MessageSummary fromFetch(const imap::FetchData &data)
{
    storage::MessageSummary summary;
    summary.uid = data.uid.value_or(0);
    summary.modSeq = data.modSeq.value_or(0);
    if (data.flags)
        splitFlags(*data.flags, &summary.flags, &summary.keywords);
    if (data.internalDate)
        summary.internalDate = *data.internalDate;
    summary.size = qint64(data.size.value_or(0));
    if (const imap::Envelope *envelope = data.envelope.get()) {
        summary.subject = mime::decodeHeaderText(envelope->subject);
        const QList<storage::Address> from = toAddresses(envelope->from);
        if (!from.isEmpty())
            summary.from = from.first();
        summary.to = toAddresses(envelope->to);
        summary.cc = toAddresses(envelope->cc);
        summary.date = mime::parseHeaderDate(envelope->date);
        const QByteArrayList ids = mime::parseMessageIds(envelope->messageId);
        if (!ids.isEmpty())
            summary.messageId = ids.first();
        const QByteArrayList parents = mime::parseMessageIds(envelope->inReplyTo);
        if (!parents.isEmpty()) {
            summary.inReplyTo = parents.last();
            summary.references = parents;
        }
    }
    // BODY[HEADER.FIELDS (REFERENCES)], when it was asked for: the whole chain for threading.
    for (const imap::BodySection &section : data.sections) {
        if (!section.section.startsWith("HEADER.FIELDS"))
            continue;
        const qsizetype colon = section.data.indexOf(':');
        if (colon > 0) {
            const QByteArrayList references = mime::parseMessageIds(section.data.mid(colon + 1));
            if (!references.isEmpty()) {
                summary.references = references;
                if (summary.inReplyTo.isEmpty())
                    summary.inReplyTo = references.last();
            }
        }
    }
    if (!summary.date.isValid())
        summary.date = summary.internalDate;
    if (data.bodyStructure)
        summary.hasAttachments = hasAttachments(*data.bodyStructure);
    return summary;
}

} // namespace epistle::sync::ImapSummary
