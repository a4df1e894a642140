// epistle inspect FILE.eml|-  : the parsed message as JSON, to see why a message looks wrong.

#include "CommandRegistry.h"

#include "mime/CidResolver.h"
#include "mime/DisplayText.h"
#include "mime/HtmlSanitizer.h"
#include "mime/MessageParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace epistle;

namespace {

// Translation context of this file (lupdate reads it; plain tr() has no context in free functions).
struct InspectCommandText {
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
};

QJsonArray addressesJson(const mime::AddressList &addresses)
{
    QJsonArray array;
    for (const mime::Address &a : addresses) {
        QJsonObject o{{QStringLiteral("name"), a.name}, {QStringLiteral("email"), a.email}};
        if (!a.group.isEmpty())
            o.insert(QStringLiteral("group"), a.group);
        array.append(o);
    }
    return array;
}

QJsonObject parametersJson(const mime::Parameters &parameters)
{
    QJsonObject o;
    for (const auto &[name, value] : parameters)
        o.insert(name, value);
    return o;
}

QJsonObject messageJson(const mime::Message &message);

QJsonObject partJson(const mime::Part &part)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), part.path);
    o.insert(QStringLiteral("contentType"), part.contentType());
    o.insert(QStringLiteral("parameters"), parametersJson(part.contentTypeParameters));
    if (!part.disposition.isEmpty())
        o.insert(QStringLiteral("disposition"), part.disposition);
    if (!part.dispositionParameters.isEmpty())
        o.insert(QStringLiteral("dispositionParameters"), parametersJson(part.dispositionParameters));
    if (!part.filename.isEmpty())
        o.insert(QStringLiteral("filename"), part.filename);
    if (!part.contentId.isEmpty())
        o.insert(QStringLiteral("contentId"), part.contentId);
    if (!part.contentLocation.isEmpty())
        o.insert(QStringLiteral("contentLocation"), part.contentLocation);
    if (!part.description.isEmpty())
        o.insert(QStringLiteral("description"), part.description);
    if (!part.charset.isEmpty())
        o.insert(QStringLiteral("charset"), part.charset);
    if (!part.transferEncoding.isEmpty())
        o.insert(QStringLiteral("transferEncoding"), part.transferEncoding);
    if (part.isLeaf()) {
        o.insert(QStringLiteral("encodedSize"), part.encodedSize);
        o.insert(QStringLiteral("size"), part.decodedSize());
    }
    o.insert(QStringLiteral("attachment"), part.isAttachment());
    if (part.opaque)
        o.insert(QStringLiteral("opaque"), true);
    if (part.truncated)
        o.insert(QStringLiteral("truncated"), true);
    if (!part.children.empty()) {
        QJsonArray children;
        for (const mime::Part &child : part.children)
            children.append(partJson(child));
        o.insert(QStringLiteral("children"), children);
    }
    if (part.message)
        o.insert(QStringLiteral("message"), messageJson(*part.message));
    return o;
}

QJsonObject messageJson(const mime::Message &message)
{
    QJsonObject o;
    QJsonArray headers;
    for (const mime::Header &h : message.headers)
        headers.append(QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("value"), h.value}});
    o.insert(QStringLiteral("headers"), headers);
    o.insert(QStringLiteral("subject"), message.subject);
    o.insert(QStringLiteral("from"), addressesJson(message.from));
    o.insert(QStringLiteral("sender"), addressesJson(message.sender));
    o.insert(QStringLiteral("replyTo"), addressesJson(message.replyTo));
    o.insert(QStringLiteral("to"), addressesJson(message.to));
    o.insert(QStringLiteral("cc"), addressesJson(message.cc));
    o.insert(QStringLiteral("bcc"), addressesJson(message.bcc));
    o.insert(QStringLiteral("mailFollowupTo"), addressesJson(message.mailFollowupTo));
    o.insert(QStringLiteral("date"), message.date.isValid() ? message.date.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("messageId"), message.messageId);
    o.insert(QStringLiteral("inReplyTo"), QJsonArray::fromStringList(message.inReplyTo));
    o.insert(QStringLiteral("references"), QJsonArray::fromStringList(message.references));
    o.insert(QStringLiteral("body"), partJson(message.body));
    return o;
}

QJsonObject displayJson(const mime::Message &message, mime::BodyPreference preference, bool allowRemote,
                        int *blocked)
{
    const mime::DisplayText text = mime::DisplayText::select(message, preference);
    QJsonObject o;
    switch (text.format) {
    case mime::DisplayText::Format::None:
        o.insert(QStringLiteral("format"), QStringLiteral("none"));
        return o;
    case mime::DisplayText::Format::Plain:
        o.insert(QStringLiteral("format"), QStringLiteral("plain"));
        o.insert(QStringLiteral("text"), text.text);
        break;
    case mime::DisplayText::Format::Html: {
        mime::HtmlSanitizer::Options options;
        options.allowRemote = allowRemote;
        const mime::SanitizedHtml clean = mime::HtmlSanitizer(options).sanitize(text.text);
        o.insert(QStringLiteral("format"), QStringLiteral("html"));
        o.insert(QStringLiteral("text"), clean.html);
        o.insert(QStringLiteral("remoteResources"), clean.remoteResources);
        o.insert(QStringLiteral("removedElements"), clean.removedElements);
        QJsonArray cids;
        const mime::CidResolver resolver(message);
        for (const QString &url : mime::CidResolver::references(clean.html)) {
            const mime::Part *part = resolver.resolve(url);
            cids.append(QJsonObject{{QStringLiteral("url"), url},
                                    {QStringLiteral("part"), part ? QJsonValue(part->path) : QJsonValue()}});
        }
        o.insert(QStringLiteral("cidReferences"), cids);
        *blocked = clean.remoteBlocked;
        break;
    }
    }
    o.insert(QStringLiteral("part"), text.partPath);
    o.insert(QStringLiteral("declaredCharset"), text.declaredCharset);
    o.insert(QStringLiteral("usedCharset"), text.usedCharset);
    o.insert(QStringLiteral("flowed"), text.flowed);
    if (!text.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(text.warnings));
    return o;
}

int runInspect(app::CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(InspectCommandText::tr("Print a message file parsed, as JSON: headers, addresses, the part tree, "
                                        "the text a reader shows and the attachments."));
    parser.addHelpOption();
    const QCommandLineOption preferPlain(QStringLiteral("prefer-plain"), InspectCommandText::tr("Show the plain text alternative."));
    const QCommandLineOption preferHtml(QStringLiteral("prefer-html"), InspectCommandText::tr("Show the HTML alternative (default)."));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         InspectCommandText::tr("Keep remote images and style references in the sanitized HTML."));
    const QCommandLineOption compact(QStringLiteral("compact"), InspectCommandText::tr("Print the JSON on one line."));
    parser.addOptions({preferPlain, preferHtml, allowRemote, compact});
    parser.addPositionalArgument(QStringLiteral("file"), InspectCommandText::tr("The message (.eml), or - for standard input."));

    QTextStream err(stderr);
    if (!parser.parse(context.arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("epistle inspect"));
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << InspectCommandText::tr("Usage: epistle inspect [options] FILE.eml|-") << '\n';
        return 2;
    }
    if (parser.isSet(preferPlain) && parser.isSet(preferHtml)) {
        err << InspectCommandText::tr("--prefer-plain and --prefer-html exclude each other") << '\n';
        return 2;
    }

    const mime::MessageParser messageParser;
    mime::Message message;
    QString error;
    bool ok;
    if (files.first() == QLatin1String("-")) {
        QFile input;
        ok = input.open(stdin, QIODevice::ReadOnly) && messageParser.parseDevice(&input, &message, &error);
        if (!ok && error.isEmpty())
            error = InspectCommandText::tr("Cannot read standard input");
    } else {
        ok = messageParser.parseFile(files.first(), &message, &error);
    }
    if (!ok) {
        err << InspectCommandText::tr("epistle inspect: %1").arg(error) << '\n';
        return 1;
    }

    const mime::BodyPreference preference = parser.isSet(preferPlain) ? mime::BodyPreference::Plain
                                                                       : mime::BodyPreference::Html;
    int blocked = 0;
    QJsonObject root = messageJson(message);
    root.insert(QStringLiteral("display"), displayJson(message, preference, parser.isSet(allowRemote), &blocked));
    root.insert(QStringLiteral("remoteResourcesBlocked"), blocked);
    QJsonArray attachments;
    for (const mime::Part *part : message.attachments()) {
        QJsonObject a{{QStringLiteral("path"), part->path},
                      {QStringLiteral("name"), part->suggestedFileName()},
                      {QStringLiteral("contentType"), part->contentType()},
                      {QStringLiteral("size"), part->decodedSize()}};
        if (!part->filename.isEmpty())
            a.insert(QStringLiteral("filename"), part->filename);
        attachments.append(a);
    }
    root.insert(QStringLiteral("attachments"), attachments);
    root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(message.warnings));

    const QByteArray json = QJsonDocument(root).toJson(parser.isSet(compact) ? QJsonDocument::Compact
                                                                              : QJsonDocument::Indented);
    if (std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout) != static_cast<size_t>(json.size()))
        return 1;
    if (parser.isSet(compact))
        std::fputc('\n', stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

} // namespace

EPISTLE_REGISTER_COMMAND(inspect, QT_TRANSLATE_NOOP("commands", "Print a message file (.eml) parsed, as JSON"), runInspect);
