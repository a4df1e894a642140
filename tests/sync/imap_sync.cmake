# IMAP synchronisation (FolderSync, FolderListSync, the engine) against the sandbox.
epistle_add_test(NAME sync.FolderSync SOURCES tst_FolderSync.cpp ImapSyncTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
epistle_add_test(NAME sync.SyncEngine SOURCES tst_SyncEngine.cpp ImapSyncTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
