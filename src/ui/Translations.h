#pragma once

#include <QString>

namespace epistle::ui {

// The compiled catalogues, embedded in this library's resources (translations/CMakeLists.txt).
inline constexpr char translationsDirectory[] = ":/i18n";

// Installs Qt's own and Epistle's translators for `language` (a locale name such as "de"; empty:
// the system locale) on the running application, which owns them. Returns whether Epistle's
// catalogue for that language was found (English has none: the sources are English).
bool installTranslations(const QString &language);

} // namespace epistle::ui
