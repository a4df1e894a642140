#include "imap/Response.h"

namespace epistle::imap {

namespace {

QByteArray quote(const QByteArray &data)
{
    QByteArray out = "\"";
    for (char c : data) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace

QByteArray Value::toImap() const
{
    switch (kind) {
    case Kind::Nil:
        return "NIL";
    case Kind::Atom:
    case Kind::Number:
        return data;
    case Kind::String:
        if (literal || data.contains('\r') || data.contains('\n'))
            return '{' + QByteArray::number(data.size()) + "}\r\n" + data;
        return quote(data);
    case Kind::List: {
        QByteArray out = "(";
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out += ' ';
            out += list[i].toImap();
        }
        return out + ')';
    }
    }
    return {};
}

const BodyStructure *BodyStructure::partAt(const QByteArray &path) const
{
    const BodyStructure *node = this;
    if (path.isEmpty())
        return node;
    for (const QByteArray &piece : path.split('.')) {
        bool ok = false;
        const int index = piece.toInt(&ok);
        if (!ok || index < 1)
            return nullptr;
        // The body of a message/rfc822 part is addressed through the part's own number.
        if (node->isMessage() && !node->parts.empty())
            node = &node->parts.front();
        if (node->isMultipart()) {
            if (size_t(index) > node->parts.size())
                return nullptr;
            node = &node->parts[size_t(index - 1)];
        } else if (index != 1) {
            return nullptr;
        }
    }
    return node;
}

int BodyStructure::countParts() const
{
    int count = 1;
    for (const BodyStructure &part : parts)
        count += part.countParts();
    return count;
}

const BodySection *FetchData::section(const QByteArray &name) const
{
    for (const BodySection &candidate : sections) {
        if (candidate.section.compare(name, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

bool ListData::hasAttribute(const char *attribute) const
{
    for (const QByteArray &candidate : attributes) {
        if (candidate.compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray ListData::specialUse() const
{
    static const char *const uses[] = {"\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash", "\\Important"};
    for (const char *use : uses) {
        if (hasAttribute(use))
            return use;
    }
    return {};
}

QByteArray statusName(Status status)
{
    switch (status) {
    case Status::None: return {};
    case Status::Ok: return "OK";
    case Status::No: return "NO";
    case Status::Bad: return "BAD";
    case Status::Bye: return "BYE";
    case Status::PreAuth: return "PREAUTH";
    }
    return {};
}

} // namespace epistle::imap
