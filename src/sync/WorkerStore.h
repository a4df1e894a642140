#pragma once

#include "storage/BodyCache.h"
#include "storage/Database.h"
#include "storage/FolderStore.h"
#include "storage/MessageStore.h"
#include "storage/OperationQueue.h"
#include "storage/Outbox.h"
#include "storage/SearchIndex.h"

#include <memory>

namespace epistle::sync {

// The store as one worker thread uses it: its own connection and one instance of each store
// class, kept for the worker's life (MessageStore keeps each folder's threads in memory, so all
// writes of a folder must go through the same instance).
struct WorkerStore
{
    explicit WorkerStore(std::unique_ptr<storage::Database> db)
        : database(std::move(db))
        , folders(*database)
        , messages(*database)
        , bodies(*database)
        , operations(*database)
        , outbox(*database)
        , search(*database)
    {
    }

    std::unique_ptr<storage::Database> database;
    storage::FolderStore folders;
    storage::MessageStore messages;
    storage::BodyCache bodies;
    storage::OperationQueue operations;
    storage::Outbox outbox;
    storage::SearchIndex search;
};

} // namespace epistle::sync
