#include "dialogs/AboutDialog.h"

#include "Version.h"
#include "storage/Paths.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace {

/// A path the clerk can select and copy, and open in the file manager with a click.
QLabel *pathLabel(const QString &objectName, const QString &path, const QString &folderToOpen)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    const QString shown = QDir::toNativeSeparators(path);
    label->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(folderToOpen).toString(QUrl::FullyEncoded), shown.toHtmlEscaped()));
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setWordWrap(true);
    label->setToolTip(shown);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Liaison Ledger"));

    auto *icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/liaison-ledger.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Liaison Ledger").toHtmlEscaped()));
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(LL_VERSION)));
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *purpose = new QLabel(tr("Keeps the four ledgers of a people's congress deputies' liaison station: "
                                  "constituency profiles, appeals, suggestions and follow-up visits."));
    purpose->setWordWrap(true);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later "
                                  "(GPL-3.0-or-later). It comes with no warranty."));
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto *paths = new QFormLayout;
    paths->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QString dataFolder = Paths::dataFolder();
    paths->addRow(tr("Data folder:"), pathLabel(QStringLiteral("aboutDataFolder"), dataFolder, dataFolder));
    if (databasePath.isEmpty()) {
        auto *none = new QLabel(tr("No ledger file is open."));
        none->setObjectName(QStringLiteral("aboutDatabase"));
        paths->addRow(tr("Ledger file:"), none);
    } else {
        const QString absolute = QFileInfo(databasePath).absoluteFilePath();
        paths->addRow(tr("Ledger file:"), pathLabel(QStringLiteral("aboutDatabase"), absolute,
                                                    QFileInfo(absolute).absolutePath()));
    }
    auto *builtWith = new QLabel(tr("Built with Qt %1; running on Qt %2.")
                                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    builtWith->setObjectName(QStringLiteral("aboutQt"));

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(purpose);
    text->addWidget(licence);
    text->addSpacing(6);
    text->addLayout(paths);
    text->addWidget(builtWith);

    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}
