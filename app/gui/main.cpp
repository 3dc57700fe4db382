#include "Version.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "storage/Paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Paths::applyApplicationIdentity();
    Translations::install(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/liaison-ledger.svg")));
    // Name a Simplified Chinese face first: left to itself Qt may pick the Japanese forms of the CJK font.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"), font.family()});
    QApplication::setFont(font);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Keeps the four ledgers of a people's-congress deputies' liaison station."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "The ledger file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    MainWindow window;
    if (!window.startUp(parser.positionalArguments().value(0)) && !window.database())
        return 1;
    window.show();
    return app.exec();
}
