#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "io/ExportDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

/// The Export dialog: choices reach the exporter, full personal data needs a confirmation.
class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_t;

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        m_t = std::make_unique<TestDatabase>();
        DemoOptions o;
        o.deputies = 4;
        o.appeals = 40;
        o.year = 2022;
        o.today = QDate(2022, 12, 31);
        QVERIFY(DemoGenerator(m_t->db()).generate(o));
    }

    void exportingOneLedgerWritesAMaskedFile()
    {
        ExportDialog dialog(m_t->db(), 2022);
        auto *ledger = dialog.findChild<QComboBox *>(QStringLiteral("exportLedger"));
        ledger->setCurrentIndex(ledger->findData(QStringLiteral("appeals")));
        const QString path = m_t->dir() + QStringLiteral("/appeals.csv");
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("exportPath")), path);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(path));
        const QString text = QString::fromUtf8(fileBytes(path));
        QVERIFY(text.contains(QStringLiteral("****")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportResult"))->text().contains(QStringLiteral("40")));
    }

    void fullPersonalDataIsOnlyTakenAfterConfirmation_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("checked");
        QTest::newRow("answering No leaves the data masked") << int(QMessageBox::No) << false;
        QTest::newRow("answering Yes exports full data") << int(QMessageBox::Yes) << true;
    }

    void fullPersonalDataIsOnlyTakenAfterConfirmation()
    {
        QFETCH(int, answer);
        QFETCH(bool, checked);
        ExportDialog dialog(m_t->db(), 2022);
        auto *full = dialog.findChild<QCheckBox *>(QStringLiteral("exportFullData"));
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        full->click();
        QCOMPARE(MessageBox::count(), asked + 1);
        QCOMPARE(full->isChecked(), checked);
    }

    void aBundleGoesIntoAFolderAndAMissingPathIsExplained()
    {
        ExportDialog dialog(m_t->db(), 2022);
        QVERIFY(!dialog.exportNow());  // no path yet
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("exportResult"))->text().isEmpty());
        const QString dir = m_t->dir() + QStringLiteral("/bundle");
        dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"))->setText(dir);
        const Status s = dialog.exportNow();
        QVERIFY2(s, qPrintable(s.message()));
        QVERIFY(QFile::exists(dir + QStringLiteral("/manifest.json")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/appeals.csv")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
