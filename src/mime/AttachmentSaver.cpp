#include "mime/AttachmentSaver.h"

#include "mime/GMimeSupport_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <unistd.h>

namespace epistle::mime {

bool AttachmentSaver::saveAs(const Part &part, const QString &filePath, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    detail::Document *document = detail::PartAccess::document(part);
    GMimeObject *object = detail::PartAccess::object(part);
    if (!document || !object)
        return fail(QCoreApplication::translate("AttachmentSaver", "The part has no content"));

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("AttachmentSaver", "Cannot write %1: %2").arg(filePath, file.errorString()));
    file.flush();
    const int fd = ::dup(file.handle());
    if (fd < 0)
        return fail(QCoreApplication::translate("AttachmentSaver", "Cannot write %1").arg(filePath));
    ssize_t written;
    {
        std::lock_guard lock(document->mutex);
        detail::GObjectRef<GMimeStream> out(g_mime_stream_fs_new(fd));
        if (GMIME_IS_PART(object)) {
            GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object));
            written = content ? g_mime_data_wrapper_write_to_stream(content, out.get()) : 0;
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            written = message ? g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, out.get()) : 0;
        } else {
            written = g_mime_object_write_content_to_stream(object, nullptr, out.get());
        }
        if (written >= 0 && g_mime_stream_flush(out.get()) != 0)
            written = -1;
    }
    if (written < 0) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("AttachmentSaver", "Writing %1 failed").arg(filePath));
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("AttachmentSaver", "Cannot write %1: %2").arg(filePath, file.errorString()));
    return true;
}

QString AttachmentSaver::uniquePath(const QString &folder, const QString &fileName)
{
    const QDir dir(folder);
    QString candidate = dir.filePath(fileName);
    if (!QFileInfo::exists(candidate))
        return candidate;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool AttachmentSaver::saveToFolder(const Part &part, const QString &folder, QString *savedPath, QString *error)
{
    const QString path = uniquePath(folder, part.suggestedFileName());
    if (!saveAs(part, path, error))
        return false;
    if (savedPath)
        *savedPath = path;
    return true;
}

} // namespace epistle::mime
