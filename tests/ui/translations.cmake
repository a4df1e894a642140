# Translations: the catalogues in translations/ are complete, up to date with the sources and keep
# every placeholder and accelerator (a check on the .ts files, running lupdate on a copy); the
# compiled catalogues load and the main window uses the chosen language.
epistle_add_test(NAME ui.TranslationCatalogues SOURCES tst_TranslationCatalogues.cpp LIBS Qt6::Core TIMEOUT 180)
epistle_add_test(NAME ui.Translations SOURCES tst_Translations.cpp FakeBackend.cpp FakeBackend.h ${PROJECT_SOURCE_DIR}/tests/sync/StoreFixture.cpp LIBS epistle_ui)
target_include_directories(tst_ui_Translations PRIVATE ${PROJECT_SOURCE_DIR}/tests/sync)
