// Help → About: the one version number, the licence, and where the clerk's files are.
#include "TestDatabase.h"

#include "Version.h"
#include "dialogs/AboutDialog.h"
#include "storage/Paths.h"

#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    void showsTheVersionSetInCMake()
    {
        AboutDialog dialog(QString{});
        const QString text = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"))->text();
        QVERIFY2(text.contains(QStringLiteral(LL_VERSION)), qPrintable(text));
        QVERIFY(!QStringLiteral(LL_VERSION).isEmpty());
    }

    void namesTheLicence()
    {
        AboutDialog dialog(QString{});
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("aboutLicence"))
                    ->text()
                    .contains(QStringLiteral("GPL-3.0-or-later")));
    }

    void showsWhereTheFilesAre_data()
    {
        QTest::addColumn<bool>("withFile");
        QTest::newRow("a ledger file is open") << true;
        QTest::newRow("no ledger file is open") << false;
    }

    void showsWhereTheFilesAre()
    {
        QFETCH(bool, withFile);
        TestDatabase t;
        AboutDialog dialog(withFile ? t.path() : QString{});
        const QString folder = dialog.findChild<QLabel *>(QStringLiteral("aboutDataFolder"))->text();
        QVERIFY2(folder.contains(QDir::toNativeSeparators(Paths::dataFolder()).toHtmlEscaped()),
                 qPrintable(folder));
        const QString file = dialog.findChild<QLabel *>(QStringLiteral("aboutDatabase"))->text();
        QCOMPARE(file.contains(QDir::toNativeSeparators(t.path()).toHtmlEscaped()), withFile);
    }

    void theIconIsEmbedded()
    {
        QVERIFY(!QIcon(QStringLiteral(":/icons/liaison-ledger.svg")).pixmap(32, 32).isNull());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
