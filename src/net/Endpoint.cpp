#include "net/Endpoint.h"

#include <QCoreApplication>

namespace epistle::net {

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QCoreApplication::translate("Security", "TLS");
    case Security::StartTls:
        return QCoreApplication::translate("Security", "STARTTLS");
    case Security::None:
        return QCoreApplication::translate("Security", "no encryption");
    }
    return {};
}

} // namespace epistle::net
