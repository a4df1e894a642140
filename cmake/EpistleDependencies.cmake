# Every dependency comes from a Debian 12 package; a missing one names the package to install.
# scripts/deps/debian-packages.txt is the list the set-up scripts install.

macro(epistle_require_package found what debian_package)
    if(NOT ${found})
        message(FATAL_ERROR "${what} was not found. On Debian/Ubuntu install it with:\n"
                            "    sudo apt-get install ${debian_package}\n"
                            "or run scripts/dev deps to install everything Epistle needs.")
    endif()
endmacro()

find_package(Qt6 6.4 QUIET COMPONENTS Core)
epistle_require_package(Qt6_FOUND "Qt 6 (>= 6.4)" "qt6-base-dev")

foreach(component Gui Widgets Network Sql Test)
    find_package(Qt6${component} 6.4 QUIET)
    epistle_require_package(Qt6${component}_FOUND "Qt6${component}" "qt6-base-dev")
endforeach()

find_package(Qt6LinguistTools 6.4 QUIET)
epistle_require_package(Qt6LinguistTools_FOUND "Qt6 LinguistTools (lupdate/lrelease)" "qt6-tools-dev qt6-l10n-tools")

find_package(Qt6Keychain QUIET)
epistle_require_package(Qt6Keychain_FOUND "QtKeychain for Qt 6" "qtkeychain-qt6-dev")

find_package(ZLIB QUIET)
epistle_require_package(ZLIB_FOUND "zlib" "zlib1g-dev")

find_package(PkgConfig QUIET)
epistle_require_package(PKG_CONFIG_FOUND "pkg-config" "pkg-config")
pkg_check_modules(GMIME QUIET IMPORTED_TARGET gmime-3.0>=3.2)
epistle_require_package(GMIME_FOUND "GMime 3 (pkg-config gmime-3.0)" "libgmime-3.0-dev")

# The SQLite driver is a runtime plugin; its absence only shows when a database is opened.
if(NOT EXISTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/sqldrivers/libqsqlite.so"
   AND NOT EXISTS "/usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/qt6/plugins/sqldrivers/libqsqlite.so"
   AND UNIX AND NOT APPLE)
    message(WARNING "The Qt SQLite driver was not found; install libqt6sql6-sqlite.")
endif()

set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTORCC ON)
