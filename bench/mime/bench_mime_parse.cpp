// Parses a generated corpus of 100,000 varied messages through src/mime (parse + header
// decoding + part walk) and through a bare GMime program doing the equivalent work, in the same
// run and on the same bytes (both collect parser warnings), and prints both throughputs and their
// ratio (target >= 90%).
//
//   bench_mime_parse [message-count]

#include "mime/MessageParser.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QStringList>

#include <gmime/gmime.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace epistle;

namespace {

// ---- corpus ---------------------------------------------------------------------------------

const char *const names[] = {"Alice Example", "Bob", "Jürgen Müller", "Ζωή", "山田太郎", "O'Brien, Pat", "Zoë"};
const char *const words[] = {"meeting", "report", "quarterly", "numbers", "lunch", "project", "deadline", "Grüße",
                             "café", "update", "draft", "review", "invoice", "日本", "plan", "status"};

QByteArray encodedWord(const QByteArray &utf8)
{
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

QByteArray headerName(const char *name, QRandomGenerator &rng)
{
    const QByteArray n(name);
    bool ascii = true;
    for (char c : n)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return n.contains(',') ? '"' + n + '"' : n;
    return rng.bounded(2) ? encodedWord(n) : n; // encoded or raw UTF-8 (RFC 6532)
}

QByteArray sentence(QRandomGenerator &rng, int count)
{
    QByteArray s;
    for (int i = 0; i < count; ++i) {
        if (i)
            s += ' ';
        s += words[rng.bounded(int(std::size(words)))];
    }
    return s;
}

QByteArray paragraph(QRandomGenerator &rng, int lines)
{
    QByteArray p;
    for (int i = 0; i < lines; ++i)
        p += sentence(rng, 8 + rng.bounded(6)) + "\r\n";
    return p;
}

QByteArray headers(QRandomGenerator &rng, int serial, const QByteArray &contentType)
{
    QByteArray h;
    h += "Return-Path: <bounce" + QByteArray::number(serial) + "@lists.example.test>\r\n";
    h += "Received: from mx.example.test (mx.example.test [192.0.2.1])\r\n\tby imap.example.test with LMTP id "
         + QByteArray::number(serial) + "; Mon, 02 Mar 2026 09:00:00 +0100\r\n";
    h += "From: " + headerName(names[rng.bounded(int(std::size(names)))], rng) + " <sender" + QByteArray::number(serial % 97)
         + "@example.test>\r\n";
    h += "To: ";
    const int recipients = 1 + rng.bounded(4);
    for (int i = 0; i < recipients; ++i)
        h += (i ? ", " : "") + headerName(names[rng.bounded(int(std::size(names)))], rng) + " <rcpt" + QByteArray::number(i)
             + "@example.test>";
    h += "\r\n";
    if (rng.bounded(3) == 0)
        h += "Cc: team@example.test, Lists: a@example.test, b@example.test;\r\n";
    const QByteArray subject = sentence(rng, 3 + rng.bounded(5));
    h += "Subject: " + (rng.bounded(3) == 0 ? encodedWord("Re: " + subject) : subject) + "\r\n";
    h += "Date: Mon, " + QByteArray::number(1 + serial % 28) + " Mar 2026 " + QByteArray::number(serial % 24) + ":15:00 "
         + (serial % 2 ? "+0100" : "-0500") + "\r\n";
    h += "Message-ID: <" + QByteArray::number(serial) + ".bench@example.test>\r\n";
    if (serial % 2) {
        h += "In-Reply-To: <" + QByteArray::number(serial - 1) + ".bench@example.test>\r\n";
        h += "References: <" + QByteArray::number(serial / 10) + ".bench@example.test> <" + QByteArray::number(serial - 1)
             + ".bench@example.test>\r\n";
    }
    h += "MIME-Version: 1.0\r\n";
    h += "Content-Type: " + contentType + "\r\n";
    return h;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray generate(QRandomGenerator &rng, int serial)
{
    switch (serial % 6) {
    case 0: // plain text
    case 1:
        return headers(rng, serial, "text/plain; charset=utf-8; format=flowed") + "Content-Transfer-Encoding: 8bit\r\n\r\n"
               + paragraph(rng, 5 + rng.bounded(30));
    case 2: { // alternative plain + html
        const QByteArray text = paragraph(rng, 5 + rng.bounded(20));
        return headers(rng, serial, "multipart/alternative; boundary=\"alt\"") + "\r\n--alt\r\n"
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               + text + "--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>" + text
               + "</p><img src=\"https://t.example.test/p.gif\"></body></html>\r\n--alt--\r\n";
    }
    case 3: { // mixed with attachments (RFC 2231 names)
        QByteArray data(1024 + rng.bounded(12 * 1024), Qt::Uninitialized);
        for (char &c : data)
            c = char(rng.bounded(256));
        return headers(rng, serial, "multipart/mixed; boundary=\"mix\"") + "\r\n--mix\r\n"
               "Content-Type: text/plain; charset=iso-8859-1\r\n\r\n" + paragraph(rng, 4)
               + "--mix\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\n"
                 "Content-Disposition: attachment; filename*=utf-8''Gr%C3%B6%C3%9Fe%20Zahlen.pdf\r\n"
                 "Content-Transfer-Encoding: base64\r\n\r\n"
               + base64Lines(data) + "--mix\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=a.csv\r\n\r\n"
               "a,b\r\n1,2\r\n--mix--\r\n";
    }
    case 4: { // related html with an inline image, inside mixed
        return headers(rng, serial, "multipart/mixed; boundary=\"m\"") + "\r\n--m\r\n"
               "Content-Type: multipart/related; boundary=\"r\"; type=\"text/html\"\r\n\r\n--r\r\n"
               "Content-Type: text/html; charset=utf-8\r\n\r\n<p>" + paragraph(rng, 6) + "<img src=\"cid:i1@x\"></p>\r\n--r\r\n"
               "Content-Type: image/png\r\nContent-ID: <i1@x>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + base64Lines(QByteArray(600, 'p')) + "--r--\r\n--m--\r\n";
    }
    default: { // a forwarded message
        return headers(rng, serial, "multipart/mixed; boundary=\"f\"") + "\r\n--f\r\nContent-Type: text/plain\r\n\r\n"
               "See below.\r\n--f\r\nContent-Type: message/rfc822\r\n\r\n"
               + headers(rng, serial + 1, "text/plain; charset=utf-8") + "\r\n" + paragraph(rng, 8) + "--f--\r\n";
    }
    }
}

// ---- the bare GMime program -----------------------------------------------------------------

GMimeStream *borrowingStream(const QByteArray &data)
{
    GByteArray *array = g_byte_array_new_take(reinterpret_cast<guint8 *>(const_cast<char *>(data.constData())),
                                              static_cast<gsize>(data.size()));
    GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(array);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
    g_object_weak_ref(G_OBJECT(stream), [](gpointer a, GObject *) { g_byte_array_free(static_cast<GByteArray *>(a), FALSE); }, array);
    return stream;
}

size_t sink = 0; // keeps the optimizer from dropping the work

// src/mime reports GMime's parser warnings (Message::warnings). Registering a callback makes
// GMime check more while parsing, so the bare program collects them too.
std::vector<std::string> bareWarnings;

void collectBareWarning(gint64, GMimeParserWarning code, const gchar *item, gpointer)
{
    bareWarnings.push_back(std::to_string(int(code)) + ": " + (item ? item : ""));
}

void touch(const char *s)
{
    if (s)
        sink += static_cast<unsigned char>(s[0]);
}

void walkAddresses(InternetAddressList *list)
{
    if (!list)
        return;
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *a = internet_address_list_get_address(list, i);
        touch(internet_address_get_name(a));
        if (INTERNET_ADDRESS_IS_GROUP(a))
            walkAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)));
        else
            touch(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)));
    }
}

void walkParams(GMimeParamList *list)
{
    if (!list)
        return;
    for (int i = 0; i < g_mime_param_list_length(list); ++i) {
        GMimeParam *p = g_mime_param_list_get_parameter_at(list, i);
        touch(g_mime_param_get_name(p));
        touch(g_mime_param_get_value(p));
    }
}

void walkMessage(GMimeMessage *message, GMimeParserOptions *options, int depth);

void walkPart(GMimeObject *object, GMimeParserOptions *options, int depth)
{
    if (depth > 64)
        return;
    GMimeContentType *type = g_mime_object_get_content_type(object);
    touch(g_mime_content_type_get_media_type(type));
    touch(g_mime_content_type_get_media_subtype(type));
    walkParams(g_mime_content_type_get_parameters(type));
    if (GMimeContentDisposition *d = g_mime_object_get_content_disposition(object)) {
        touch(g_mime_content_disposition_get_disposition(d));
        walkParams(g_mime_content_disposition_get_parameters(d));
    }
    touch(g_mime_object_get_content_id(object));
    touch(g_mime_object_get_header(object, "Content-Transfer-Encoding"));
    if (GMIME_IS_PART(object)) {
        touch(g_mime_part_get_filename(GMIME_PART(object)));
        touch(g_mime_part_get_content_description(GMIME_PART(object)));
        touch(g_mime_part_get_content_location(GMIME_PART(object)));
        if (GMimeDataWrapper *w = g_mime_part_get_content(GMIME_PART(object)))
            sink += static_cast<size_t>(g_mime_stream_length(g_mime_data_wrapper_get_stream(w)));
    } else if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *m = GMIME_MULTIPART(object);
        for (int i = 0; i < g_mime_multipart_get_count(m); ++i)
            walkPart(g_mime_multipart_get_part(m, i), options, depth + 1);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
            walkMessage(inner, options, depth + 1);
    }
}

void walkMessage(GMimeMessage *message, GMimeParserOptions *options, int depth)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    for (int i = 0; i < g_mime_header_list_get_count(headers); ++i) {
        GMimeHeader *h = g_mime_header_list_get_header_at(headers, i);
        touch(g_mime_header_get_name(h));
        touch(g_mime_header_get_value(h));
    }
    touch(g_mime_message_get_subject(message));
    for (InternetAddressList *list : {g_mime_message_get_from(message), g_mime_message_get_sender(message),
                                      g_mime_message_get_reply_to(message), g_mime_message_get_to(message),
                                      g_mime_message_get_cc(message), g_mime_message_get_bcc(message)})
        walkAddresses(list);
    if (GMimeHeader *h = g_mime_header_list_get_header(headers, "Mail-Followup-To")) {
        InternetAddressList *list = internet_address_list_parse(options, g_mime_header_get_raw_value(h));
        walkAddresses(list);
        if (list)
            g_object_unref(list);
    }
    if (GDateTime *date = g_mime_message_get_date(message))
        sink += static_cast<size_t>(g_date_time_to_unix(date) + g_date_time_get_utc_offset(date));
    touch(g_mime_message_get_message_id(message));
    for (const char *name : {"In-Reply-To", "References"}) {
        if (GMimeHeader *h = g_mime_header_list_get_header(headers, name)) {
            GMimeReferences *refs = g_mime_references_parse(options, g_mime_header_get_raw_value(h));
            if (refs) {
                for (int i = 0; i < g_mime_references_length(refs); ++i)
                    touch(g_mime_references_get_message_id(refs, i));
                g_mime_references_free(refs);
            }
        }
    }
    if (GMimeObject *body = g_mime_message_get_mime_part(message))
        walkPart(body, options, depth + 1);
}

void bareGMime(const QByteArray &data, GMimeParserOptions *options)
{
    bareWarnings.clear();
    GMimeStream *stream = borrowingStream(data);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
    GMimeMessage *message = g_mime_parser_construct_message(parser, options);
    g_object_unref(parser);
    if (message) {
        walkMessage(message, options, 0);
        g_object_unref(message);
    }
    g_object_unref(stream);
    sink += bareWarnings.size();
}

void epistleMime(const QByteArray &data)
{
    const mime::Message message = mime::MessageParser().parse(data);
    sink += static_cast<size_t>(message.headers.size() + message.subject.size() + message.warnings.size());
    message.body.forEach([](const mime::Part &p) { sink += static_cast<size_t>(p.encodedSize + p.filename.size()); });
}

// CPU time of this thread: the machine may be shared, and wall-clock time would then measure
// the other processes as much as the code.
double threadSeconds()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    g_mime_init();
    QRandomGenerator rng(20260303);
    std::vector<QByteArray> corpus;
    corpus.reserve(static_cast<size_t>(count));
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        corpus.push_back(generate(rng, i));
        bytes += corpus.back().size();
    }
    std::printf("messages: %d\ncorpus size: %.1f MB\n", count, double(bytes) / 1e6);

    // Same options for both sides: the lenient ones src/mime uses.
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(options, TRUE);
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    g_mime_parser_options_set_warning_callback(options, collectBareWarning, nullptr);

    // The two alternate in slices of 1,000 messages, three rounds; each side keeps, per slice,
    // its best time over the rounds. On a shared machine this discards the slices that another
    // process disturbed, and both sides see the same conditions.
    const int slice = 1000;
    const int slices = (count + slice - 1) / slice;
    std::vector<double> bestBareSlice(static_cast<size_t>(slices), 1e30), bestEpistleSlice(static_cast<size_t>(slices), 1e30);
    for (int round = 0; round < 3; ++round) {
        for (int s = 0; s < slices; ++s) {
            const int start = s * slice;
            const int end = std::min(count, start + slice);
            const bool bareFirst = (round + s) % 2 == 0; // neither side always runs on a warm cache
            for (int pass = 0; pass < 2; ++pass) {
                const bool bare = (pass == 0) == bareFirst;
                const double t0 = threadSeconds();
                for (int i = start; i < end; ++i) {
                    if (bare)
                        bareGMime(corpus[static_cast<size_t>(i)], options);
                    else
                        epistleMime(corpus[static_cast<size_t>(i)]);
                }
                double &best = (bare ? bestBareSlice : bestEpistleSlice)[static_cast<size_t>(s)];
                best = std::min(best, threadSeconds() - t0);
            }
        }
    }
    double bestBare = 0, bestEpistle = 0;
    for (int s = 0; s < slices; ++s) {
        bestBare += bestBareSlice[static_cast<size_t>(s)];
        bestEpistle += bestEpistleSlice[static_cast<size_t>(s)];
    }
    const double ratio = (count / bestEpistle) / (count / bestBare);
    std::printf("bare gmime: %.0f messages/s\n", count / bestBare);
    std::printf("bare gmime: %.1f MB/s\n", double(bytes) / 1e6 / bestBare);
    std::printf("src/mime: %.0f messages/s\n", count / bestEpistle);
    std::printf("src/mime: %.1f MB/s\n", double(bytes) / 1e6 / bestEpistle);
    std::printf("ratio: %.1f %%\n", ratio * 100.0);
    std::printf("(thread CPU time, per slice of 1,000 messages the best of 3 rounds)\n");
    std::printf("target: >= 90 %% of bare GMime\n");
    std::printf("target met: %s\n", ratio >= 0.9 ? "yes" : "no");
    std::fprintf(stderr, "(checksum %zu)\n", sink);
    g_mime_parser_options_free(options);
    return 0;
}
