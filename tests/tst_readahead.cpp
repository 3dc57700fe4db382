#include "common/ReadAhead.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

/// An item that remembers which thread made it and tells which thread destroys it.
struct Traced
{
    int value = -1;
    std::thread::id madeOn;
    std::shared_ptr<std::atomic<int>> freedElsewhere; ///< counts items destroyed off their thread

    Traced() = default;
    Traced(Traced &&other) noexcept = default;
    Traced &operator=(Traced &&other) noexcept = default;
    Traced(const Traced &) = delete;
    Traced &operator=(const Traced &) = delete;
    ~Traced()
    {
        if (freedElsewhere && madeOn != std::this_thread::get_id())
            ++*freedElsewhere;
    }
};

} // namespace

/// ReadAhead (common/ReadAhead.h), the importer's reading thread: every item arrives once and in
/// order whatever the batch boundaries, a user that stops early releases and ends the reading thread,
/// and batches are freed on the thread that made them.
class TestReadAhead : public QObject
{
    Q_OBJECT

private slots:
    void everyItemArrivesInOrder_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("batchSize");
        QTest::newRow("nothing to read") << 0 << 4;
        QTest::newRow("one item") << 1 << 4;
        QTest::newRow("one short of a batch") << 3 << 4;
        QTest::newRow("exactly one batch") << 4 << 4;
        QTest::newRow("one more than a batch") << 5 << 4;
        QTest::newRow("many batches, more than fit ahead") << 10000 << 7;
    }

    void everyItemArrivesInOrder()
    {
        QFETCH(int, items);
        QFETCH(int, batchSize);
        int made = 0;
        ReadAhead<int> reading(
            [&](int &item) {
                if (made == items)
                    return false;
                item = made++;
                return true;
            },
            std::size_t(batchSize), 3);
        QList<int> seen;
        while (std::vector<int> *batch = reading.next()) {
            QVERIFY(!batch->empty());
            QVERIFY(int(batch->size()) <= batchSize);
            for (int v : *batch)
                seen << v;
        }
        reading.finish();
        QCOMPARE(seen.size(), items);
        for (int i = 0; i < items; ++i)
            QCOMPARE(seen.at(i), i);
    }

    /// The user takes two batches of an endless input and gives up: the reading thread, waiting for
    /// room, is released and ends; it made no more than what fits ahead.
    void stoppingEarlyEndsTheReading()
    {
        std::atomic<int> made = 0;
        {
            ReadAhead<int> reading(
                [&](int &item) {
                    item = made++;
                    return true;
                },
                10, 2);
            QVERIFY(reading.next());
            QVERIFY(reading.next());
        } // the destructor must return: it closes the queue and joins
        // Two batches taken, two waiting, one being filled when the queue closed.
        QVERIFY2(made <= 5 * 10 + 1, qPrintable(QString::number(made)));
    }

    /// Batches handed back while the reading goes on are freed by the reading thread, which made them.
    void batchesAreFreedWhereTheyWereMade()
    {
        auto freedElsewhere = std::make_shared<std::atomic<int>>(0);
        constexpr int kItems = 20000;
        int made = 0;
        {
            ReadAhead<Traced> reading(
                [&](Traced &item) {
                    if (made == kItems)
                        return false;
                    item.value = made++;
                    item.madeOn = std::this_thread::get_id();
                    item.freedElsewhere = freedElsewhere;
                    return true;
                },
                100, 4);
            int next = 0;
            while (std::vector<Traced> *batch = reading.next()) {
                for (const Traced &t : *batch)
                    QCOMPARE(t.value, next++);
            }
            QCOMPARE(next, kItems);
        }
        // Only the last few batches, handed back after the reading thread had ended, are freed here.
        QVERIFY2(*freedElsewhere <= 6 * 100, qPrintable(QString::number(freedElsewhere->load())));
    }
};

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
