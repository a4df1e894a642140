# The sync engine's item models, against stores filled through src/storage.
epistle_add_test(NAME sync.MessageListModel
    SOURCES tst_MessageListModel.cpp StoreFixture.cpp StoreFixture.h LIBS epistle_sync TIMEOUT 300)
epistle_add_test(NAME sync.FolderTreeModel
    SOURCES tst_FolderTreeModel.cpp StoreFixture.cpp StoreFixture.h LIBS epistle_sync)
