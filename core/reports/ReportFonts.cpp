#include "reports/ReportFonts.h"

namespace ReportFonts {

QStringList serifFamilies()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("SimSun"), QStringLiteral("Songti SC"), QStringLiteral("serif")};
}

QStringList sansFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"),  QStringLiteral("SimHei"),
            QStringLiteral("PingFang SC"),      QStringLiteral("sans-serif")};
}

QFont font(const QStringList &families, qreal pointSize, bool bold)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Chinese is set without kerning or hinting tricks; design metrics keep PDF and screen alike.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace ReportFonts
