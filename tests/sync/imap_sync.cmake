# IMAP synchronisation (FolderSync, FolderListSync, the engine) against the sandbox.
epistle_add_test(NAME sync.FolderSync SOURCES tst_FolderSync.cpp ImapSyncTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
epistle_add_test(NAME sync.SyncEngine SOURCES tst_SyncEngine.cpp ImapSyncTestSupport.h LIBS epistle_sync SANDBOX TIMEOUT 300)
epistle_add_test(NAME sync.Commands SOURCES tst_SyncCommands.cpp ImapSyncTestSupport.h LIBS epistle_sync SANDBOX KEYCHAIN TIMEOUT 300)
target_compile_definitions(tst_sync_Commands PRIVATE EPISTLE_BINARY="$<TARGET_FILE:epistle>")
add_dependencies(tst_sync_Commands epistle)
