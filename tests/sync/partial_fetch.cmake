# Large messages read without their large attachments (BODYSTRUCTURE first).
epistle_add_test(NAME sync.PartialMessage SOURCES tst_PartialMessage.cpp LIBS epistle_sync)
