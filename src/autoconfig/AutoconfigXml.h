#pragma once

#include "autoconfig/ServerSetting.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace epistle::autoconfig {

// Reads the autoconfig format Thunderbird uses (clientConfig version 1.1): the incomingServer
// (imap, pop3) and outgoingServer (smtp) entries of the emailProvider, with %EMAILADDRESS%,
// %EMAILLOCALPART% and %EMAILDOMAIN% substituted. Entries it cannot use (other types, OAuth-only
// authentication, missing host or port) are skipped, with the reason in warnings.
class AutoconfigXml
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // why the document as a whole was unusable
        QString providerName;
        QList<ServerSetting> settings;
        QStringList warnings;
    };

    static Result parse(const QByteArray &xml, const QString &emailAddress, Source source, const QString &url);
    static QString substitute(QString text, const QString &emailAddress);
};

} // namespace epistle::autoconfig
