#pragma once

#include "storage/FolderStore.h"

#include <QByteArray>
#include <QString>

namespace epistle::sync {

// The role of a server folder: its RFC 6154 special-use attribute when the server sends one,
// otherwise a guess from common names (several languages, the usual mailer conventions).
namespace FolderRoles {

storage::FolderRole fromSpecialUse(const QByteArray &attribute);
// path: the full server path; delimiter splits it ("INBOX.Sent" -> "Sent").
storage::FolderRole guessFromName(const QString &path, const QString &delimiter);
storage::FolderRole roleOf(const QString &path, const QString &delimiter, const QByteArray &specialUse);

// Display order of roles in a folder tree: Inbox first, then the usual mailer order.
int sortRank(storage::FolderRole role);

} // namespace FolderRoles

} // namespace epistle::sync
