#pragma once

#include "imap/Response.h"

#include <QByteArray>
#include <QList>

namespace epistle::sync {

// A large message read without its large attachments: from the message's BODYSTRUCTURE it
// decides which sections to fetch (every part's MIME header, the text parts and small parts in
// full), then puts the message together from them. The parts left out keep their MIME headers
// (name, type, disposition) and get an empty body; their Content-Type carries the parameter
// x-epistle-omitted=<size on the server>, so a reader knows the content must still be fetched.
class PartialMessage
{
public:
    // Messages larger than this are fetched part by part.
    static constexpr quint64 Threshold = 1024 * 1024;
    // Parts up to this size are fetched even when they are attachments.
    static constexpr quint64 SmallPart = 64 * 1024;
    static constexpr const char *OmittedParameter = "x-epistle-omitted";

    explicit PartialMessage(const imap::BodyStructure &structure);

    // False when leaving parts out saves nothing or the structure cannot be put together again
    // (a single part, a multipart without boundary): then the whole message is fetched.
    bool worthIt() const { return m_valid && m_omittedBytes > 0; }
    quint64 omittedBytes() const { return m_omittedBytes; }
    // FETCH items for the sections needed, e.g. "(BODY.PEEK[1.MIME] BODY.PEEK[1] ...)".
    QByteArray fetchItems() const;
    // The message from its header (the HEADER section) and the fetched sections; empty when a
    // section is missing from the answer.
    QByteArray assemble(const QByteArray &header, const imap::FetchData &sections) const;

    // A header block with x-epistle-omitted added to its Content-Type (text/plain if none).
    static QByteArray markOmitted(const QByteArray &header, quint64 size);

private:
    struct Node
    {
        QByteArray path; // IMAP section path; empty for the message itself
        const imap::BodyStructure *structure = nullptr;
        bool fetchBody = false;
        QList<int> children; // indexes into m_nodes
    };

    int addNode(const imap::BodyStructure &structure, const QByteArray &path, int depth);
    bool assembleNode(int index, const QByteArray &header, const imap::FetchData &sections, QByteArray &out) const;
    static QByteArray boundaryOf(const imap::BodyStructure &structure);

    QList<Node> m_nodes;
    bool m_valid = true;
    quint64 m_omittedBytes = 0;
};

} // namespace epistle::sync
