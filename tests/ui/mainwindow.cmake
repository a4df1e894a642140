# The main window, message view and composer, offscreen, against a test store and a recording backend.
set(ui_fixture FakeBackend.cpp FakeBackend.h ${PROJECT_SOURCE_DIR}/tests/sync/StoreFixture.cpp)
epistle_add_test(NAME ui.MainWindow SOURCES tst_MainWindow.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_MainWindow PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
epistle_add_test(NAME ui.Composer SOURCES tst_Composer.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_Composer PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
epistle_add_test(NAME ui.MessageView SOURCES tst_MessageView.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_MessageView PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
# The same window on the real engine and the sandbox servers.
epistle_add_test(NAME ui.MainWindowWithEngine SOURCES tst_MainWindowWithEngine.cpp LIBS epistle_ui SANDBOX TIMEOUT 240)
# One instance per profile: later starts hand their mailto: links over.
epistle_add_test(NAME ui.SingleInstance SOURCES tst_SingleInstance.cpp LIBS epistle_ui)
target_compile_definitions(tst_ui_SingleInstance PRIVATE EPISTLE_BINARY="$<TARGET_FILE:epistle>")
add_dependencies(tst_ui_SingleInstance epistle)
