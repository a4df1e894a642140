# The main window, message view and composer, offscreen, against a test store and a recording backend.
set(ui_fixture FakeBackend.cpp FakeBackend.h ${PROJECT_SOURCE_DIR}/tests/sync/StoreFixture.cpp)
epistle_add_test(NAME ui.MainWindow SOURCES tst_MainWindow.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_MainWindow PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
epistle_add_test(NAME ui.Composer SOURCES tst_Composer.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_Composer PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
epistle_add_test(NAME ui.MessageView SOURCES tst_MessageView.cpp ${ui_fixture} LIBS epistle_ui)
target_include_directories(tst_ui_MessageView PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
