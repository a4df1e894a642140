# POP3 download (Pop3Downloader, Pop3Ledger) and sending (OutboxWriter, OutboxSender).
epistle_add_test(NAME sync.PopSendParts SOURCES tst_PopSendParts.cpp LIBS epistle_sync)
epistle_add_test(NAME sync.Pop3Downloader SOURCES tst_Pop3Downloader.cpp PopSendTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
epistle_add_test(NAME sync.OutboxSender SOURCES tst_OutboxSender.cpp PopSendTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
epistle_add_test(NAME sync.PopSendScripted SOURCES tst_PopSendScripted.cpp PopSendTestSupport.h LIBS epistle_sync)
