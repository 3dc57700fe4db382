#include "TestDatabase.h"

#include "common/Codes.h"
#include "common/Ids.h"

#include <QTest>

/// The fixed vocabularies and the small identity helpers every record uses.
class TestCodes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void textIsMappedBackToItsCode_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("a code maps to itself") << int(Codes::Channel) << QStringLiteral("onsite")
                                               << QStringLiteral("onsite");
        QTest::newRow("the clerk's Chinese word maps to the code") << int(Codes::Channel) << QStringLiteral("网上接待")
                                                                   << QStringLiteral("online");
        QTest::newRow("English labels match without regard to case") << int(Codes::DeputyLevel)
                                                                     << QStringLiteral("municipal")
                                                                     << QStringLiteral("municipal");
        QTest::newRow("surrounding spaces are ignored") << int(Codes::Satisfaction) << QStringLiteral(" 基本满意 ")
                                                        << QStringLiteral("basic");
        QTest::newRow("a bare grade letter is a grade") << int(Codes::Grade) << QStringLiteral("C")
                                                        << QStringLiteral("C");
        QTest::newRow("a grade's words alone are a grade") << int(Codes::Grade) << QStringLiteral("正在解决")
                                                           << QStringLiteral("B");
        QTest::newRow("an unknown word maps to nothing") << int(Codes::Channel) << QStringLiteral("飞鸽传书")
                                                         << QString();
        QTest::newRow("an empty cell maps to nothing") << int(Codes::Urgency) << QString() << QString();
        QTest::newRow("a word of another vocabulary maps to nothing") << int(Codes::Channel)
                                                                      << QStringLiteral("满意") << QString();
    }

    void textIsMappedBackToItsCode()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(Codes::fromText(Codes::Kind(kind), text), code);
    }

    void everyCodeHasAChineseLabelDistinctFromTheCode()
    {
        for (int k = Codes::Gender; k <= Codes::UnitRole; ++k) {
            const QStringList codes = Codes::codes(Codes::Kind(k));
            QVERIFY(!codes.isEmpty());
            for (const QString &code : codes) {
                QVERIFY(Codes::isValid(Codes::Kind(k), code));
                QVERIFY2(Codes::chinese(Codes::Kind(k), code) != code, qPrintable(code));
                QCOMPARE(Codes::fromText(Codes::Kind(k), Codes::chinese(Codes::Kind(k), code)), code);
            }
        }
    }

    void theSeedReportsActivityTypesAreAllThere()
    {
        const QStringList types = Codes::codes(Codes::ActivityType);
        for (const char *zh : {"进站", "进企业", "进选区", "联组活动", "调研", "视察", "宣讲", "走访慰问", "听取报告",
                               "集中活动", "分组活动", "培训"})
            QVERIFY2(!Codes::fromText(Codes::ActivityType, QString::fromUtf8(zh)).isEmpty(), zh);
        QCOMPARE(types.size(), 12);
    }

    void ledgerNumbersArePaddedPerYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("number");
        QTest::newRow("small sequence is padded to four digits") << 2022 << 31 << QStringLiteral("2022-0031");
        QTest::newRow("the first of a year") << 2023 << 1 << QStringLiteral("2023-0001");
        QTest::newRow("more than 9999 in a year keeps every digit") << 2022 << 12345 << QStringLiteral("2022-12345");
    }

    void ledgerNumbersArePaddedPerYear()
    {
        QFETCH(int, year);
        QFETCH(int, sequence);
        QFETCH(QString, number);
        QCOMPARE(Ids::ledgerNumber(year, sequence), number);
    }

    void datesRoundTripAndNullDatesBindAsNull()
    {
        const QDate d(2022, 3, 5);
        QCOMPARE(Ids::dateText(d), QStringLiteral("2022-03-05"));
        QCOMPARE(Ids::parseDate(QStringLiteral("2022-03-05")), d);
        QVERIFY(!Ids::parseDate(QStringLiteral("2022-02-30")).isValid());
        QVERIFY(!Ids::dateValue(QDate()).isValid());
        QVERIFY(!Ids::idValue(0).isValid());
        QCOMPARE(Ids::idValue(7).toLongLong(), 7);
        QVERIFY(Ids::newUuid() != Ids::newUuid());
        QCOMPARE(Ids::newUuid().size(), 36);
    }
};

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
