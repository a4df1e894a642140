// Autoconfig documents come from the network (and over plain HTTP when the user allows it).
#include "autoconfig/AutoconfigXml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace epistle::autoconfig;
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const AutoconfigXml::Result result = AutoconfigXml::parse(xml, QStringLiteral("user@example.org"), Source::AutoconfigInsecure,
                                                              QStringLiteral("http://example.org/"));
    for (const ServerSetting &setting : result.settings) {
        if (setting.host.isEmpty() || setting.port == 0 || setting.userNames.isEmpty())
            __builtin_trap(); // the parser promised complete entries
        (void)setting.toJson();
    }
    return 0;
}
