#pragma once

namespace epistle::ui {

// Registers the GUI's bundled icons (resources/epistle.qrc). The GUI is a static library, whose
// resource registration the linker would otherwise drop; every window calls this.
void initResources();

} // namespace epistle::ui
