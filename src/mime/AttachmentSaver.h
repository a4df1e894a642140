#pragma once

#include "mime/Part.h"

#include <QString>

namespace epistle::mime {

// Writes a part's decoded content to disk, streaming (a large attachment is never held in memory).
class AttachmentSaver
{
public:
    // Saves to exactly `filePath` (replacing it atomically).
    static bool saveAs(const Part &part, const QString &filePath, QString *error);
    // Saves into `folder` under the part's suggested name, adding " (2)", " (3)" ... rather than
    // overwriting an existing file. *savedPath receives the path written.
    static bool saveToFolder(const Part &part, const QString &folder, QString *savedPath, QString *error);
    // The path saveToFolder() would use.
    static QString uniquePath(const QString &folder, const QString &fileName);
};

} // namespace epistle::mime
