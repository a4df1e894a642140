#pragma once

#include "mime/Message.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace epistle::mime {

struct ParseLimits
{
    int maxDepth = 64;      // nesting of multiparts and embedded messages
    int maxParts = 10000;   // parts listed in one message
};

// Parses real-world mail leniently with GMime. Never fails on malformed MIME (it reports
// warnings in Message::warnings); fails only when the input cannot be read.
class MessageParser
{
public:
    explicit MessageParser(ParseLimits limits = {}) : m_limits(limits) {}

    // The bytes are shared, not copied: the returned message keeps them alive.
    Message parse(const QByteArray &source) const;
    // Reads from a file without loading it into memory first: bodies are read back on demand.
    // Returns false and sets *error when the file cannot be opened.
    bool parseFile(const QString &path, Message *message, QString *error) const;
    // Reads the whole device (e.g. standard input), then parses it.
    bool parseDevice(QIODevice *device, Message *message, QString *error) const;

private:
    ParseLimits m_limits;
};

} // namespace epistle::mime
