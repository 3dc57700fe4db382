#include "TestDatabase.h"

#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

/// What the child said it had committed, over all its runs.
struct Reported
{
    struct AppealState
    {
        QString number;
        QString content;
        int statusRank = 0;
        qint64 updateSeq = 0;
        bool deleted = false;
    };
    QHash<qint64, AppealState> appeals;
    QStringList batches;
    int operations = 0;
};

/// Updates in the order they were made: by run of the child, then by step within the run.
qint64 updateOrder(const QString &run, const QString &seq)
{
    return run.toLongLong() * 1000000 + seq.toLongLong();
}

int statusRank(const QString &status)
{
    static const QStringList order = {QStringLiteral("registered"), QStringLiteral("accepted"),
                                      QStringLiteral("in_progress"), QStringLiteral("resolved")};
    return int(order.indexOf(status));
}

/// The status an appeal must have after its progress log's last step (a push changes nothing).
QString statusAfter(const QString &eventKind)
{
    if (eventKind == QLatin1String("registered"))
        return QStringLiteral("registered");
    if (eventKind == QLatin1String("accepted"))
        return QStringLiteral("accepted");
    if (eventKind == QLatin1String("assigned"))
        return QStringLiteral("in_progress");
    if (eventKind == QLatin1String("resolved"))
        return QStringLiteral("resolved");
    return QStringLiteral("?") + eventKind;
}

} // namespace

/// Pulling the plug while editing: a child process (tests/helpers/EditLoop.cpp) edits the ledger in a
/// loop of small transactions and is killed with SIGKILL at random moments, again and again. After every
/// kill the file must pass the integrity check, hold every change the child reported as committed, and
/// show no half of any transaction.
class TestCrashLoop : public QObject
{
    Q_OBJECT

private:
    /// Applies the child's complete output lines to `reported`.
    static void take(const QByteArray &output, Reported *reported)
    {
        const QList<QByteArray> lines = output.split('\n');
        // The last piece has no line end (empty, or a line cut by the kill): not reported.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QStringList w = QString::fromUtf8(lines.at(i)).split(QLatin1Char(' '));
            const QString &what = w.first();
            if (what == QLatin1String("ready"))
                continue;
            ++reported->operations;
            if (what == QLatin1String("insert")) {
                Reported::AppealState &a = reported->appeals[w.at(1).toLongLong()];
                a.number = w.at(2);
                a.content = w.at(3);
            } else if (what == QLatin1String("step")) {
                Reported::AppealState &a = reported->appeals[w.at(1).toLongLong()];
                a.statusRank = qMax(a.statusRank, statusRank(w.at(2)));
            } else if (what == QLatin1String("update")) {
                reported->appeals[w.at(1).toLongLong()].updateSeq = updateOrder(w.at(2), w.at(3));
            } else if (what == QLatin1String("delete")) {
                reported->appeals[w.at(1).toLongLong()].deleted = true;
            } else if (what == QLatin1String("batch")) {
                reported->batches << w.at(1);
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected line from the child: ") +
                                 QString::fromUtf8(lines.at(i))));
            }
        }
    }

    /// Everything the file must show after a kill.
    static void verify(const QString &path, const Reported &reported, int round)
    {
        const QByteArray where = "after kill " + QByteArray::number(round) + ": ";
        auto opened = Database::open(path);
        QVERIFY2(opened.status, QByteArray(where + opened.status.message().toUtf8()).constData());
        Database &db = *opened.database;
        QVERIFY2(db.damage().isEmpty(), QByteArray(where + db.damage().toUtf8()).constData());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY2(!db.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid(),
                 QByteArray(where + "a row points at a missing row").constData());

        struct Row
        {
            QString number, content, notes, status;
            bool deleted = false;
        };
        QHash<qint64, Row> rows;
        QSqlQuery q = db.prepare(
            QStringLiteral("SELECT id, number, content, notes, status, deleted_at IS NOT NULL FROM appeals"));
        QVERIFY(q.exec());
        while (q.next())
            rows.insert(q.value(0).toLongLong(),
                        Row{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toBool()});

        // Every committed change the child reported is there, whole.
        for (auto it = reported.appeals.cbegin(); it != reported.appeals.cend(); ++it) {
            const QByteArray which = where + "appeal " + QByteArray::number(it.key()) + ": ";
            QVERIFY2(rows.contains(it.key()),
                     QByteArray(which + "reported as registered but missing").constData());
            const Row &row = rows.value(it.key());
            if (!it->number.isEmpty()) {
                QCOMPARE(row.number, it->number);
                QCOMPARE(row.content, it->content);
            }
            QVERIFY2(statusRank(row.status) >= it->statusRank,
                     QByteArray(which + row.status.toUtf8()).constData());
            if (it->updateSeq > 0) {
                // The update reported, or one made after it.
                const QStringList w = row.notes.split(QLatin1Char(' '));
                QVERIFY2(w.size() == 3 && w.first() == QLatin1String("update"),
                         QByteArray(which + row.notes.toUtf8()).constData());
                QVERIFY2(updateOrder(w.at(1), w.at(2)) >= it->updateSeq,
                         QByteArray(which + row.notes.toUtf8()).constData());
            }
            if (it->deleted)
                QVERIFY2(row.deleted, QByteArray(which + "reported as deleted but live").constData());
        }

        // No half of a transaction: three appeals registered together are all there or none is...
        static const QRegularExpression batchContent(QStringLiteral("^(r\\d+-s\\d+)-\\d$"));
        QHash<QString, int> batchSizes;
        for (const Row &row : std::as_const(rows)) {
            const QRegularExpressionMatch m = batchContent.match(row.content);
            if (m.hasMatch())
                ++batchSizes[m.captured(1)];
        }
        for (auto it = batchSizes.cbegin(); it != batchSizes.cend(); ++it)
            QVERIFY2(it.value() == 3,
                     QByteArray(where + "batch " + it.key().toUtf8() + " is partly stored").constData());
        for (const QString &tag : reported.batches)
            QVERIFY2(batchSizes.value(tag) == 3,
                     QByteArray(where + "reported batch " + tag.toUtf8() + " missing").constData());

        // ...and every appeal's status is the one its progress log leads to, with one registration each.
        QSqlQuery events = db.prepare(QStringLiteral(
            "SELECT appeal_id, kind FROM appeal_events WHERE kind <> 'push' ORDER BY appeal_id, id"));
        QVERIFY(events.exec());
        QHash<qint64, QString> lastStep;
        QHash<qint64, int> registrations;
        while (events.next()) {
            const qint64 id = events.value(0).toLongLong();
            lastStep.insert(id, events.value(1).toString());
            if (events.value(1).toString() == QLatin1String("registered"))
                ++registrations[id];
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const QByteArray which = where + "appeal " + QByteArray::number(it.key()) + ": ";
            QVERIFY2(registrations.value(it.key()) == 1,
                     QByteArray(which + "not registered exactly once").constData());
            QVERIFY2(statusAfter(lastStep.value(it.key())) == it->status,
                     QByteArray(which + "status " + it->status.toUtf8() + " but last step " +
                                lastStep.value(it.key()).toUtf8())
                         .constData());
        }
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QSettings().setValue(QStringLiteral("automaticBackups"), false);
    }

    void killedEditsKeepEveryCommittedChange()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
        // Rounds are few enough to keep the test well under 20 s, also under the sanitizers.
        constexpr int kRounds = 30;
        Reported reported;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const quint32 seed = random.generate();
        qInfo("random seed %u", seed);
        random.seed(seed);
        int killedWhileEditing = 0;
        for (int round = 1; round <= kRounds; ++round) {
            QProcess child;
            child.start(QStringLiteral(LL_EDITLOOP_PATH),
                        {path, QString::number(round), QString::number(random.generate())});
            QVERIFY(child.waitForStarted());
            // Half of the kills come at a random moment after start (opening, creating, migrating the
            // file included), half at a random moment after the child began editing.
            const bool afterReady = round % 2 == 0 || round == 1;
            QElapsedTimer since;
            since.start();
            if (afterReady) {
                while (!child.canReadLine() && child.state() == QProcess::Running) {
                    child.waitForReadyRead(50);
                    if (since.elapsed() > 60000)
                        QFAIL("the edit loop never started");
                }
                since.restart();
            }
            const qint64 delay = random.bounded(afterReady ? 200 : 400);
            while (since.elapsed() < delay && child.state() == QProcess::Running)
                child.waitForFinished(int(delay - since.elapsed()));
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("the edit loop stopped by itself: ") +
                                QString::fromUtf8(child.readAllStandardError())));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const int before = reported.operations;
            take(child.readAllStandardOutput(), &reported);
            if (reported.operations > before)
                ++killedWhileEditing;
            if (!QFile::exists(path))
                continue; // killed before the file was created
            verify(path, reported, round);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d changes reported over %d kills, %d of them in the middle of editing", reported.operations,
              kRounds, killedWhileEditing);
        // The test proves something only when the child really edited between the kills.
        QVERIFY2(killedWhileEditing >= kRounds / 3, "the child was rarely killed while editing");
        QVERIFY(reported.batches.size() + reported.appeals.size() > 20);
    }
};

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"
