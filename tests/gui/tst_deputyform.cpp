// The deputy editor: creating a deputy through the form, validation at the field, the unsaved-changes
// question answered through the MessageBox hook.
#include "GuiTest.h"
#include "TestDatabase.h"

#include "editors/DeputyForm.h"
#include "ledgers/DeputyRepository.h"
#include "widgets/CodeCombo.h"
#include "widgets/MessageBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestDeputyForm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }
    void cleanup() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void newDeputyIsSavedThroughTheForm()
    {
        TestDatabase t;
        DeputyForm form(t.db(), 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *save = form.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("王建国"));
        form.findChild<CodeCombo *>(QStringLiteral("level"))->setCode(QStringLiteral("municipal"));
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("phone")), QStringLiteral("13812345678"));
        QTRY_VERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(form.wasSaved());
        QVERIFY(!form.isDirty());
        const QList<Deputy> all = DeputyRepository(t.db()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, QStringLiteral("王建国"));
        QCOMPARE(all.first().level, QStringLiteral("municipal"));
        QCOMPARE(all.first().phone, QStringLiteral("13812345678"));
    }

    void invalidFieldShowsTheCoreMessageAndSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("a phone with too few digits") << QStringLiteral("phone") << QStringLiteral("12345");
        QTest::newRow("a name longer than 50 characters")
            << QStringLiteral("name") << QString(60, QChar(0x738B));
    }

    void invalidFieldShowsTheCoreMessageAndSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        TestDatabase t;
        DeputyForm form(t.db(), 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        if (field != QLatin1String("name"))
            GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("李梅"));
        GuiTest::typeText(form.findChild<QLineEdit *>(field), text);
        auto *error = form.findChild<QLabel *>(QStringLiteral("error_") + field);
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(form.fieldMessage(field), error->text());
        auto *save = form.findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        auto *hint = form.findChild<QLabel *>(QStringLiteral("saveHint"));
        QVERIFY(hint->text().contains(QLatin1String("1")));
        QVERIFY(!form.save());
        QVERIFY(DeputyRepository(t.db()).all().isEmpty());
    }

    void leavingWithChangesAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("stillOpen");
        QTest::addColumn<int>("savedDeputies");
        QTest::newRow("Cancel keeps the form open") << int(QMessageBox::Cancel) << true << 0;
        QTest::newRow("Discard closes without saving") << int(QMessageBox::Discard) << false << 0;
        QTest::newRow("Save saves and closes") << int(QMessageBox::Save) << false << 1;
    }

    void leavingWithChangesAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, stillOpen);
        QFETCH(int, savedDeputies);
        TestDatabase t;
        DeputyForm form(t.db(), 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("赵敏"));
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(static_cast<QMessageBox::StandardButton>(answer));
        QTest::keyClick(&form, Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), asked + 1);
        QTRY_COMPARE(form.isVisible(), stillOpen);
        QCOMPARE(DeputyRepository(t.db()).all().size(), savedDeputies);
    }

    void leavingWithoutChangesDoesNotAsk()
    {
        TestDatabase t;
        DeputyForm form(t.db(), 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const int asked = MessageBox::count();
        QTest::keyClick(&form, Qt::Key_Escape);
        QTRY_VERIFY(!form.isVisible());
        QCOMPARE(MessageBox::count(), asked);
    }
};

QTEST_MAIN(TestDeputyForm)
#include "tst_deputyform.moc"
