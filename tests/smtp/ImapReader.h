#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

// Just enough IMAP to read back what SMTP delivered (the IMAP engine is a separate module the
// SMTP tests must not depend on): LOGIN, SELECT INBOX until a message is there, FETCH BODY.PEEK[].
class ImapReader
{
public:
    // The full text of message 1 of the user's INBOX, waiting up to timeoutMs for it to arrive.
    // Empty on failure, with the reason in *error.
    static QByteArray fetchFirstMessage(const QString &host, quint16 imapsPort, const QList<QSslCertificate> &cas,
                                        const QString &user, const QString &password, int timeoutMs, QString *error);
};
