#pragma once

#include "common/BoundedQueue.h"

#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

/// Makes items on a thread of its own, ahead of the thread that uses them, in batches: the importer
/// reads and checks a file's rows while it writes the rows before (io/LedgerImport). At most
/// `batchesAhead` batches wait, so memory stays bounded whatever the input's size. Batches the user
/// is done with go back to be freed on the reading thread, which made them: freeing memory another
/// thread allocated is much slower with glibc's allocator (and makes the next allocations slower).
///
/// `next` runs on the reading thread only: it fills the item it is given and returns true, or returns
/// false at the end (or on an error, which its owner then reports after finish()).
template <typename Item>
class ReadAhead
{
public:
    using Batch = std::vector<Item>;

    explicit ReadAhead(std::function<bool(Item &)> next, std::size_t batchSize = 256,
                       std::size_t batchesAhead = 8)
        : m_next(std::move(next))
        , m_batchSize(batchSize)
        , m_queue(batchesAhead)
    {
        m_thread = std::thread([this] { run(); });
    }

    /// Stops the reading (a reading thread waiting for room is released) and waits for it to end.
    ~ReadAhead() { finish(); }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// The next batch, in order; nullptr once everything was read. The batch returned before is handed
    /// back: the pointer is valid until the next call.
    Batch *next()
    {
        giveBack();
        m_current = m_queue.pop();
        return m_current ? &*m_current : nullptr;
    }

    /// Stops the reading if it is still going and waits for the thread to end; after it, whatever
    /// `next` used (a reader's status, say) may be read by the caller.
    void finish()
    {
        giveBack();
        m_queue.close();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        Batch batch;
        batch.reserve(m_batchSize);
        bool open = true;
        while (open) {
            Item &item = batch.emplace_back();
            if (!m_next(item)) {
                batch.pop_back();
                break;
            }
            if (batch.size() == m_batchSize) {
                freeSpent(false);
                open = m_queue.push(std::move(batch));
                batch = Batch();
                batch.reserve(m_batchSize);
            }
        }
        if (open && !batch.empty())
            m_queue.push(std::move(batch));
        m_queue.close();
        freeSpent(true);
    }

    void giveBack()
    {
        if (!m_current)
            return;
        const std::lock_guard lock(m_spentMutex);
        if (!m_readingDone)
            m_spent.push_back(std::move(*m_current));
        m_current.reset(); // frees here once the reading thread has ended
    }

    void freeSpent(bool last)
    {
        std::vector<Batch> freed; // destroyed after the lock is released, on this (the reading) thread
        const std::lock_guard lock(m_spentMutex);
        freed.swap(m_spent);
        m_readingDone = last;
    }

    std::function<bool(Item &)> m_next;
    std::size_t m_batchSize;
    BoundedQueue<Batch> m_queue;
    std::optional<Batch> m_current; ///< the batch the user has now
    std::mutex m_spentMutex;
    std::vector<Batch> m_spent; ///< batches handed back, to be freed by the reading thread
    bool m_readingDone = false;
    std::thread m_thread; ///< last: started once everything above exists
};
