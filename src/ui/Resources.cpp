#include "ui/Resources.h"

#include <QtGlobal>
#include <mutex>

static void registerEpistleResources()
{
    Q_INIT_RESOURCE(epistle);
}

namespace epistle::ui {

void initResources()
{
    static std::once_flag once;
    std::call_once(once, registerEpistleResources);
}

} // namespace epistle::ui
