#include "sync/FolderRoles.h"

#include <QStringList>

namespace epistle::sync::FolderRoles {

using storage::FolderRole;

storage::FolderRole fromSpecialUse(const QByteArray &attribute)
{
    const QByteArray a = attribute.toLower();
    if (a == "\\sent")
        return FolderRole::Sent;
    if (a == "\\drafts")
        return FolderRole::Drafts;
    if (a == "\\trash")
        return FolderRole::Trash;
    if (a == "\\junk")
        return FolderRole::Junk;
    if (a == "\\archive")
        return FolderRole::Archive;
    if (a == "\\all")
        return FolderRole::All;
    if (a == "\\flagged")
        return FolderRole::Flagged;
    return FolderRole::None;
}

storage::FolderRole guessFromName(const QString &path, const QString &delimiter)
{
    if (path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return FolderRole::Inbox;
    QString leaf = path;
    if (!delimiter.isEmpty()) {
        const QStringList parts = path.split(delimiter);
        // Only top-level folders and direct children of INBOX (Courier, Cyrus) are guessed:
        // "Projects/Sent" is the user's own folder.
        if (parts.size() > 2 || (parts.size() == 2 && parts.first().compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0))
            return FolderRole::None;
        leaf = parts.last();
    }
    leaf = leaf.trimmed().toLower();
    struct Names
    {
        FolderRole role;
        const char *names[16];
    };
    static const Names table[] = {
        {FolderRole::Sent,
         {"sent", "sent items", "sent messages", "sent mail", "gesendet", "gesendete elemente", "gesendete objekte", "envoyés",
          "éléments envoyés", "enviados", "elementos enviados", "posta inviata", "inviati", "verzonden", "skickat", nullptr}},
        {FolderRole::Drafts,
         {"drafts", "draft", "entwürfe", "brouillons", "borradores", "bozze", "concepten", "utkast", "rascunhos", nullptr}},
        {FolderRole::Trash,
         {"trash", "deleted", "deleted items", "deleted messages", "bin", "papierkorb", "gelöschte elemente", "corbeille",
          "éléments supprimés", "papelera", "elementos eliminados", "cestino", "prullenbak", "papperskorgen", "lixeira", nullptr}},
        {FolderRole::Junk, {"junk", "spam", "junk e-mail", "junk email", "bulk mail", "courrier indésirable", "correo no deseado", "posta indesiderata", "ongewenste e-mail", "skräppost", nullptr}},
        {FolderRole::Archive, {"archive", "archives", "archiv", "archivio", "archivo", "archief", "arkiv", nullptr}},
    };
    for (const Names &entry : table) {
        for (const char *const *name = entry.names; *name; ++name) {
            if (leaf == QString::fromUtf8(*name))
                return entry.role;
        }
    }
    return FolderRole::None;
}

storage::FolderRole roleOf(const QString &path, const QString &delimiter, const QByteArray &specialUse)
{
    if (path.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) == 0)
        return FolderRole::Inbox;
    const FolderRole declared = fromSpecialUse(specialUse);
    if (declared != FolderRole::None)
        return declared;
    return guessFromName(path, delimiter);
}

int sortRank(storage::FolderRole role)
{
    switch (role) {
    case FolderRole::Inbox:
        return 0;
    case FolderRole::Drafts:
        return 1;
    case FolderRole::Sent:
        return 2;
    case FolderRole::Archive:
        return 3;
    case FolderRole::Junk:
        return 4;
    case FolderRole::Trash:
        return 5;
    case FolderRole::All:
    case FolderRole::Flagged:
        return 6;
    case FolderRole::None:
        break;
    }
    return 7;
}

} // namespace epistle::sync::FolderRoles
