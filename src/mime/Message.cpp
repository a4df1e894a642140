#include "mime/Message.h"

namespace epistle::mime {

QString Message::header(const QString &name) const
{
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QStringList Message::headerValues(const QString &name) const
{
    QStringList values;
    for (const Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values << h.value;
    }
    return values;
}

std::vector<const Part *> Message::leafParts() const
{
    std::vector<const Part *> leaves;
    body.forEach([&](const Part &part) {
        if (part.isLeaf())
            leaves.push_back(&part);
    });
    return leaves;
}

std::vector<const Part *> Message::attachments() const
{
    std::vector<const Part *> result;
    // A forwarded message is one attachment: its own parts are not listed separately.
    std::vector<const Part *> stack{&body};
    while (!stack.empty()) {
        const Part *part = stack.back();
        stack.pop_back();
        if (part->isAttachment()) {
            result.push_back(part);
            continue;
        }
        // The signature of multipart/signed is not something the user attached.
        const bool isSigned = part->mediaSubtype == QLatin1String("signed") && part->isMultipart();
        for (auto it = part->children.rbegin(); it != part->children.rend(); ++it) {
            if (isSigned && it == part->children.rbegin() && part->children.size() > 1)
                continue;
            stack.push_back(&*it);
        }
    }
    return result;
}

const Part *Message::findPart(const QString &path) const
{
    const Part *found = nullptr;
    body.forEach([&](const Part &part) {
        if (!found && part.path == path)
            found = &part;
    });
    return found;
}

} // namespace epistle::mime
