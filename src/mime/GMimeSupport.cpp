#include "mime/GMimeSupport_p.h"

namespace epistle::mime::detail {

void ensureGMimeInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

GMimeParserOptions *lenientParserOptions()
{
    ensureGMimeInitialized();
    static GMimeParserOptions *const options = [] {
        GMimeParserOptions *o = g_mime_parser_options_new();
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_allow_addresses_without_domain(o, TRUE);
        const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        return o;
    }();
    return options;
}

GMimeFormatOptions *crlfFormatOptions()
{
    ensureGMimeInitialized();
    static GMimeFormatOptions *const options = [] {
        GMimeFormatOptions *o = g_mime_format_options_new();
        g_mime_format_options_set_newline_format(o, GMIME_NEWLINE_FORMAT_DOS);
        g_mime_format_options_set_param_encoding_method(o, GMIME_PARAM_ENCODING_METHOD_RFC2231);
        return o;
    }();
    return options;
}

GMimeStream *streamOverBytes(const QByteArray &data)
{
    ensureGMimeInitialized();
    // The array borrows the QByteArray's buffer; the stream is told not to own it, and the
    // array's own small header is released when the stream is finalised.
    GByteArray *array = g_byte_array_new_take(
        reinterpret_cast<guint8 *>(const_cast<char *>(data.constData())), static_cast<gsize>(data.size()));
    GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(array);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
    g_object_weak_ref(
        G_OBJECT(stream), [](gpointer arr, GObject *) { g_byte_array_free(static_cast<GByteArray *>(arr), FALSE); },
        array);
    return stream;
}

QByteArray decodedContent(GMimeObject *object)
{
    if (!object)
        return {};
    GObjectRef<GMimeStream> out(g_mime_stream_mem_new());
    if (GMIME_IS_PART(object)) {
        GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object));
        if (!content)
            return {};
        g_mime_data_wrapper_write_to_stream(content, out.get());
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!message)
            return {};
        g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, out.get());
    } else {
        g_mime_object_write_content_to_stream(object, nullptr, out.get());
    }
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), static_cast<qsizetype>(bytes->len));
}

} // namespace epistle::mime::detail

namespace epistle::mime::detail {

namespace {

// Entries appendAddresses() makes of a list: its mailboxes, group members included, and one
// per empty group.
qsizetype entryCount(InternetAddressList *list)
{
    qsizetype entries = 0;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (!INTERNET_ADDRESS_IS_GROUP(address)) {
            ++entries;
            continue;
        }
        InternetAddressList *members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
        const qsizetype inGroup = members ? entryCount(members) : 0;
        entries += inGroup > 0 ? inGroup : 1;
    }
    return entries;
}

} // namespace

void appendAddresses(InternetAddressList *list, AddressList &out, const QString &group)
{
    if (!list)
        return;
    if (group.isNull()) {
        if (const qsizetype entries = entryCount(list))
            out.reserve(out.size() + entries);
    }
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            const QString name = fromUtf8(internet_address_get_name(address));
            InternetAddressList *members = internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            // Keep an empty group ("undisclosed-recipients:;") visible as a name without a mailbox.
            if (!members || internet_address_list_length(members) == 0)
                out.append(Address{QString(), QString(), name});
            else
                appendAddresses(members, out, name);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            out.append(Address{fromUtf8(internet_address_get_name(address)),
                               fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address))),
                               group});
        }
    }
}

} // namespace epistle::mime::detail
