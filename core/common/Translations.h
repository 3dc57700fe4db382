#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/// Loads the program's and Qt's own translations. The language is the one chosen in the settings
/// ("language": "zh_CN", "en"; empty = the system's), else the system locale's.
namespace Translations {
/// Languages offered, as locale names; the first is the source language.
QStringList available();
/// The language chosen in the settings, empty for "follow the system".
QString configuredLanguage();
void setConfiguredLanguage(const QString &language);
/// The language that will be used: the configured one, else zh_CN on a Chinese system, else en.
QString effectiveLanguage();
/// Installs translators for effectiveLanguage() on `app`; returns the language installed.
QString install(QCoreApplication &app);
} // namespace Translations
