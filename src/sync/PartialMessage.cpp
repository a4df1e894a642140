#include "sync/PartialMessage.h"

namespace epistle::sync {

namespace {

// Deeper structures are fetched whole (hostile nesting gains nothing here).
constexpr int MaxDepth = 32;

bool isShownText(const imap::BodyStructure &s)
{
    return s.type == "text" && s.disposition.compare("attachment", Qt::CaseInsensitive) != 0;
}

QByteArray childPath(const QByteArray &parent, int index)
{
    const QByteArray number = QByteArray::number(index + 1);
    return parent.isEmpty() ? number : parent + '.' + number;
}

} // namespace

PartialMessage::PartialMessage(const imap::BodyStructure &structure)
{
    if (!structure.isMultipart()) {
        m_valid = false;
        return;
    }
    addNode(structure, QByteArray(), 0);
}

int PartialMessage::addNode(const imap::BodyStructure &structure, const QByteArray &path, int depth)
{
    const int index = int(m_nodes.size());
    m_nodes.append(Node{path, &structure, false, {}});
    if (depth > MaxDepth) {
        m_valid = false;
        return index;
    }
    if (structure.isMultipart()) {
        if (structure.parts.empty() || boundaryOf(structure).isEmpty())
            m_valid = false;
        for (size_t i = 0; i < structure.parts.size(); ++i) {
            const int child = addNode(structure.parts[i], childPath(path, int(i)), depth + 1);
            m_nodes[index].children.append(child);
        }
        return index;
    }
    // A leaf (a nested message counts as one: it is opened whole when asked for).
    const bool fetch = isShownText(structure) || structure.size <= SmallPart;
    m_nodes[index].fetchBody = fetch;
    if (!fetch)
        m_omittedBytes += structure.size;
    return index;
}

QByteArray PartialMessage::boundaryOf(const imap::BodyStructure &structure)
{
    for (const auto &parameter : structure.parameters) {
        if (parameter.first.compare("boundary", Qt::CaseInsensitive) == 0)
            return parameter.second;
    }
    return {};
}

QByteArray PartialMessage::fetchItems() const
{
    QByteArray items = "(";
    for (const Node &node : m_nodes) {
        if (node.path.isEmpty())
            continue; // the message's own header is fetched with the structure
        if (items.size() > 1)
            items += ' ';
        items += "BODY.PEEK[" + node.path + ".MIME]";
        if (node.fetchBody)
            items += " BODY.PEEK[" + node.path + ']';
    }
    return items + ')';
}

QByteArray PartialMessage::assemble(const QByteArray &header, const imap::FetchData &sections) const
{
    if (!m_valid || m_nodes.isEmpty())
        return {};
    QByteArray out;
    out.reserve(qsizetype(header.size() + 4096));
    if (!assembleNode(0, header, sections, out))
        return {};
    return out;
}

bool PartialMessage::assembleNode(int index, const QByteArray &header, const imap::FetchData &sections, QByteArray &out) const
{
    const Node &node = m_nodes[index];
    if (node.structure->isMultipart()) {
        out += header;
        const QByteArray boundary = boundaryOf(*node.structure);
        for (int child : node.children) {
            const imap::BodySection *childHeader = sections.section(m_nodes[child].path + ".MIME");
            if (!childHeader || childHeader->nil)
                return false;
            out += "--" + boundary + "\r\n";
            if (!assembleNode(child, childHeader->data, sections, out))
                return false;
            out += "\r\n";
        }
        out += "--" + boundary + "--\r\n";
        return true;
    }
    if (!node.fetchBody) {
        out += markOmitted(header, node.structure->size);
        return true;
    }
    const imap::BodySection *body = sections.section(node.path);
    if (!body || body->nil)
        return false;
    out += header;
    out += body->data;
    return true;
}

QByteArray PartialMessage::markOmitted(const QByteArray &header, quint64 size)
{
    const QByteArray parameter = QByteArray(";\r\n ") + OmittedParameter + '=' + QByteArray::number(size);
    // Find the Content-Type field at the start of a line; it ends at the first line break not
    // followed by folding white space.
    qsizetype lineStart = 0;
    while (lineStart < header.size()) {
        qsizetype lineEnd = header.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = header.size();
        const QByteArray line = header.mid(lineStart, lineEnd - lineStart);
        if (line.trimmed().isEmpty())
            break; // the blank line that ends the header
        if (line.size() >= 13 && line.left(13).compare("content-type:", Qt::CaseInsensitive) == 0) {
            qsizetype end = lineEnd;
            while (end + 1 < header.size() && (header[end + 1] == ' ' || header[end + 1] == '\t')) {
                const qsizetype next = header.indexOf('\n', end + 1);
                end = next < 0 ? header.size() : next;
            }
            qsizetype insertAt = end;
            if (insertAt > 0 && insertAt <= header.size() && header[insertAt - 1] == '\r')
                --insertAt;
            QByteArray marked = header;
            marked.insert(insertAt, parameter);
            return marked;
        }
        lineStart = lineEnd + 1;
    }
    return QByteArray("Content-Type: text/plain") + parameter + "\r\n" + header;
}

} // namespace epistle::sync
