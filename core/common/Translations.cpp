#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString configuredLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void setConfiguredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString effectiveLanguage()
{
    const QString configured = configuredLanguage();
    if (available().contains(configured))
        return configured;
    // Any Chinese system gets the Simplified Chinese translation: it is what the ledgers are written in.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString install(QCoreApplication &app)
{
    const QString language = effectiveLanguage();
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/liaison_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // English needs only its plural forms ("1 record", "2 records"); Qt's own strings are English already.
    if (language == QLatin1String("en"))
        return language;
    // Qt's own strings (standard dialogs, buttons) from the system's Qt translations.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace Translations
