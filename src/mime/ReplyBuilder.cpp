#include "mime/ReplyBuilder.h"

#include "mime/DisplayText.h"
#include "mime/HtmlToText.h"
#include "mime/SubjectPrefix.h"

#include <QCoreApplication>

namespace epistle::mime {

namespace {

bool isOwn(const Address &a, const QStringList &own)
{
    for (const QString &email : own) {
        if (a.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void appendUnique(AddressList &list, const Address &a)
{
    if (a.email.isEmpty() || containsMailbox(list, a.email))
        return;
    list.append(Address{a.name, a.email, QString()});
}

AddressList withoutOwn(const AddressList &list, const QStringList &own)
{
    AddressList result;
    for (const Address &a : list) {
        if (!isOwn(a, own))
            appendUnique(result, a);
    }
    return result;
}

} // namespace

void ReplyBuilder::recipients(const Message &original, ReplyMode mode, const QStringList &ownAddresses,
                              AddressList *to, AddressList *cc)
{
    to->clear();
    cc->clear();
    bool fromMe = false;
    for (const Address &a : original.from)
        fromMe = fromMe || isOwn(a, ownAddresses);
    const AddressList &author = !original.replyTo.isEmpty() ? original.replyTo : original.from;

    if (mode == ReplyMode::Sender) {
        // Replying to one's own sent message continues the conversation with its recipients.
        const AddressList &target = fromMe && !original.to.isEmpty() ? original.to : author;
        AddressList result = withoutOwn(target, ownAddresses);
        if (result.isEmpty()) // a note to oneself: reply to oneself
            for (const Address &a : target)
                appendUnique(result, a);
        *to = result;
        return;
    }

    if (!original.mailFollowupTo.isEmpty()) {
        *to = withoutOwn(original.mailFollowupTo, ownAddresses);
        if (to->isEmpty())
            for (const Address &a : original.mailFollowupTo)
                appendUnique(*to, a);
        return;
    }
    AddressList first = fromMe ? original.to : author;
    AddressList second;
    if (fromMe) {
        second = original.cc;
    } else {
        second = original.to;
        second += original.cc;
    }
    *to = withoutOwn(first, ownAddresses);
    for (const Address &a : withoutOwn(second, ownAddresses)) {
        if (!containsMailbox(*to, a.email))
            appendUnique(*cc, a);
    }
    if (to->isEmpty() && !cc->isEmpty())
        to->append(cc->takeFirst());
    if (to->isEmpty())
        for (const Address &a : first)
            appendUnique(*to, a);
}

QStringList ReplyBuilder::references(const Message &original)
{
    QStringList refs = original.references;
    if (refs.isEmpty() && original.inReplyTo.size() == 1)
        refs = original.inReplyTo;
    if (!original.messageId.isEmpty() && !refs.contains(original.messageId))
        refs << original.messageId;
    // Keep the thread root and the most recent ancestors; very long chains only grow headers.
    constexpr int maxReferences = 20;
    if (refs.size() > maxReferences)
        refs = QStringList{refs.first()} + refs.mid(refs.size() - (maxReferences - 1));
    return refs;
}

QString ReplyBuilder::attribution(const Message &original)
{
    const Address author = original.from.isEmpty() ? Address{} : original.from.first();
    const QString who = !author.name.isEmpty() ? author.name : author.email;
    if (!original.date.isValid())
        return QCoreApplication::translate("ReplyBuilder", "%1 wrote:").arg(who);
    return QCoreApplication::translate("ReplyBuilder", "On %1, %2 wrote:")
        .arg(original.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")), who);
}

QString ReplyBuilder::quote(const QString &text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    QString out;
    for (const QString &line : std::as_const(lines)) {
        if (line.startsWith(QLatin1Char('>')))
            out += QLatin1Char('>') + line;
        else if (line.isEmpty())
            out += QLatin1Char('>');
        else
            out += QLatin1String("> ") + line;
        out += QLatin1Char('\n');
    }
    return out;
}

QString ReplyBuilder::originalText(const Message &original)
{
    const DisplayText text = DisplayText::select(original, BodyPreference::Plain);
    return text.isHtml() ? HtmlToText::convert(text.text) : text.text;
}

Address ReplyBuilder::chooseIdentity(const Message &original, const AddressList &identities)
{
    for (const Address &identity : identities) {
        for (const AddressList *list : {&original.to, &original.cc, &original.bcc}) {
            if (containsMailbox(*list, identity.email))
                return identity;
        }
    }
    for (const QString &delivered : original.headerValues(QStringLiteral("Delivered-To"))) {
        for (const Address &identity : identities) {
            if (delivered.trimmed().compare(identity.email, Qt::CaseInsensitive) == 0)
                return identity;
        }
    }
    return identities.isEmpty() ? Address{} : identities.first();
}

OutgoingMessage ReplyBuilder::build(const Message &original, ReplyMode mode, const Address &identity,
                                    const QStringList &ownAddresses)
{
    OutgoingMessage reply;
    reply.from = identity;
    QStringList own = ownAddresses;
    if (!identity.email.isEmpty() && !own.contains(identity.email, Qt::CaseInsensitive))
        own << identity.email;
    recipients(original, mode, own, &reply.to, &reply.cc);
    reply.subject = SubjectPrefix::reply(original.subject);
    if (!original.messageId.isEmpty())
        reply.inReplyTo = QStringList{original.messageId};
    reply.references = references(original);
    reply.plainText = QLatin1Char('\n') + attribution(original) + QLatin1Char('\n') + quote(originalText(original));
    return reply;
}

} // namespace epistle::mime
