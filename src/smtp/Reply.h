#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace epistle::smtp {

// RFC 3463 enhanced status code "class.subject.detail", e.g. 5.1.1.
struct EnhancedStatus
{
    int statusClass = 0; // 2, 4 or 5; 0 when absent
    int subject = 0;
    int detail = 0;

    bool isValid() const { return statusClass != 0; }
    QString toString() const;
    // "5.1.1 text..." at the start of a reply text line; nullopt when the line has no code.
    static std::optional<EnhancedStatus> parse(QByteArrayView text, qsizetype *length = nullptr);
};

// One complete SMTP reply (RFC 5321 section 4.2), possibly of several lines.
struct Reply
{
    enum class Kind {
        Positive,     // 2xx
        Intermediate, // 3xx: go ahead (354, 334)
        Transient,    // 4xx: try again later
        Permanent,    // 5xx
    };

    int code = 0;
    EnhancedStatus enhanced;  // of the first line, when the server uses them
    QList<QByteArray> lines;  // the text of each line, after "250-" / "250 " and the enhanced code

    Kind kind() const;
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    // "550 5.1.1 <x@y>: Recipient address rejected" (first line; for logs and error messages).
    QString summary() const;
    QByteArray text() const; // all lines joined with "\n"
};

// Assembles replies from lines (without line ends). Lines of one reply must share the code;
// the last line has a space (or nothing) after the code.
class ReplyParser
{
public:
    enum class Result { NeedMore, Complete, Malformed };

    explicit ReplyParser(int maxLines = 1000) : m_maxLines(maxLines) {}

    Result addLine(QByteArrayView line);
    // The reply after Complete; the parser is then ready for the next one.
    Reply takeReply();
    QString error() const { return m_error; }
    void reset();

private:
    Reply m_current;
    std::optional<Reply> m_complete;
    QString m_error;
    int m_maxLines;
};

} // namespace epistle::smtp
