// Hostile values pasted into an editor (the deputy form): stored exactly as typed, or refused at the
// field with a message naming it, the Save button off and nothing saved.
#include "GuiTest.h"
#include "TestDatabase.h"

#include "editors/DeputyForm.h"
#include "ledgers/DeputyRepository.h"
#include "widgets/CodeCombo.h"

#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace {

/// Pastes `text` into `widget` with the keyboard shortcut, as a clerk copying from another program would.
void paste(QWidget *widget, const QString &text)
{
    QApplication::clipboard()->setText(text);
    widget->setFocus();
    QTest::keySequence(widget, QKeySequence::Paste);
}

QString stored(const Deputy &d, const QString &field)
{
    if (field == QLatin1String("name"))
        return d.name;
    if (field == QLatin1String("employer"))
        return d.employer;
    if (field == QLatin1String("post"))
        return d.post;
    return d.notes;
}

} // namespace

class TestHostileEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { isolateUserFolders(); }

    void pastedValueIsStoredAsTypedOrRefusedAtTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("refusal"); // empty: saved exactly as pasted
        QTest::newRow("SQL text in the name is saved as typed")
            << QStringLiteral("name") << QStringLiteral("王'); DROP TABLE deputies;--") << QString();
        QTest::newRow("emoji and right-to-left marks in the employer are saved as typed")
            << QStringLiteral("employer") << QStringLiteral("\u202E😀汉街物业公司\u202C\u200F") << QString();
        QTest::newRow("several lines of SQL-looking notes are saved as typed")
            << QStringLiteral("notes") << QStringLiteral("第一行\n'); DELETE FROM appeals;--\n😀")
            << QString();
        QTest::newRow("a bell character in the name is refused naming the field")
            << QStringLiteral("name") << QStringLiteral("王\a芳") << QStringLiteral("Deputy's name:");
        QTest::newRow("a terminal escape sequence in the notes is refused naming the field")
            << QStringLiteral("notes") << QStringLiteral("\x1b[2J备注") << QStringLiteral("Notes:");
        QTest::newRow("100,000 characters in the post are refused naming the field")
            << QStringLiteral("post") << QString(100000, QChar(0x8DEF)) << QStringLiteral("Post: at most");
        QTest::newRow("100,000 characters in the notes are refused naming the field")
            << QStringLiteral("notes") << QString(100000, QChar(0x8DEF)) << QStringLiteral("Notes: at most");
    }

    void pastedValueIsStoredAsTypedOrRefusedAtTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, refusal);
        TestDatabase t;
        DeputyForm form(t.db(), 0);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.findChild<CodeCombo *>(QStringLiteral("level"))->setCode(QStringLiteral("municipal"));
        if (field != QLatin1String("name"))
            GuiTest::typeText(form.findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("李梅"));
        QWidget *editor = form.findChild<QLineEdit *>(field);
        if (!editor)
            editor = form.findChild<QPlainTextEdit *>(field);
        QVERIFY2(editor, qPrintable(field));
        paste(editor, text);
        auto *save = form.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *error = form.findChild<QLabel *>(QStringLiteral("error_") + field);
        QVERIFY(error);
        if (refusal.isEmpty()) {
            QTRY_VERIFY(save->isEnabled());
            QVERIFY2(!error->isVisible(), qPrintable(error->text()));
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY(form.wasSaved());
            const QList<Deputy> all = DeputyRepository(t.db()).all();
            QCOMPARE(all.size(), 1);
            QCOMPARE(stored(all.first(), field), text);
        } else {
            QTRY_VERIFY(error->isVisible());
            QVERIFY2(error->text().startsWith(refusal), qPrintable(error->text()));
            QVERIFY(error->text().size() < 300);
            QVERIFY(!save->isEnabled());
            QVERIFY(!form.save());
            QVERIFY(DeputyRepository(t.db()).all().isEmpty());
        }
    }
};

QTEST_MAIN(TestHostileEditor)
#include "tst_hostileeditor.moc"
