#include "TestDatabase.h"

#include "common/Privacy.h"

#include <QTest>

/// The masking rules for constituents' personal data, one row per case.
class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void maskPhone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a mobile number keeps its prefix and last four")
            << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("a landline keeps its area code and last four")
            << QStringLiteral("027-88885678") << QStringLiteral("027-****5678");
        QTest::newRow("surrounding spaces are dropped")
            << QStringLiteral("  13812345678 ") << QStringLiteral("138****5678");
        QTest::newRow("fewer than seven digits are fully masked")
            << QStringLiteral("123456") << QStringLiteral("******");
        QTest::newRow("empty stays empty") << QString() << QString();
    }

    void maskPhone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Privacy::maskPhone(input), expected);
    }

    void maskName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a three-character name keeps its family name")
            << QStringLiteral("张三丰") << QStringLiteral("张**");
        QTest::newRow("a two-character name keeps its family name")
            << QStringLiteral("李四") << QStringLiteral("李*");
        QTest::newRow("a single character is fully masked") << QStringLiteral("王") << QStringLiteral("*");
        QTest::newRow("empty stays empty") << QString() << QString();
    }

    void maskName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Privacy::maskName(input), expected);
    }

    void maskAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a long address keeps district and street")
            << QStringLiteral("武昌区积玉桥街道和平大道1号") << QStringLiteral("武昌区积玉桥****");
        QTest::newRow("a short address is fully masked")
            << QStringLiteral("和平大道1号") << QStringLiteral("******");
        QTest::newRow("empty stays empty") << QString() << QString();
    }

    void maskAddress()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Privacy::maskAddress(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
