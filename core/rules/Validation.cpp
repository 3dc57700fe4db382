#include "rules/Validation.h"

#include <QRegularExpression>

namespace Validation {

QDate earliestDate()
{
    return QDate(1990, 1, 1);
}

namespace {

// Chinese input methods often type full-width digits, dashes and parentheses (１３８－…, （027）);
// compatibility normalisation turns them into their ASCII forms.
QString normalised(const QString &phone)
{
    return phone.normalized(QString::NormalizationForm_KC).trimmed();
}

// Spaces and dashes are only separators; removing them first keeps the patterns simple.
QString withoutSeparators(const QString &phone)
{
    QString s = phone;
    s.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    return s;
}

} // namespace

bool isMobilePhone(const QString &phone)
{
    static const QRegularExpression re(QStringLiteral("^(?:\\+86|0086|86)?1[3-9][0-9]{9}$"));
    // A separator may not start or end the number, nor come twice in a row.
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9]+(?:[ \\-][0-9]+)*$"));
    const QString text = normalised(phone);
    return shape.match(text).hasMatch() && re.match(withoutSeparators(text)).hasMatch();
}

bool isLandlinePhone(const QString &phone)
{
    // (027) 8888-6666, 027-88886666, 0755 12345678, 010-12345678-123, 027-88886666转123, ext. 12
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:\\(0[1-9][0-9]{1,2}\\)\\s*|0[1-9][0-9]{1,2}[\\s\\-]?)[2-9][0-9]{2,3}[\\s\\-]?[0-9]{4}"
            "(?:\\s*(?:转|分机|ext\\.?|x|-)\\s*[0-9]{1,5})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(normalised(phone)).hasMatch();
}

bool isPhone(const QString &phone)
{
    return isMobilePhone(phone) || isLandlinePhone(phone);
}

bool hasControlCharacters(const QString &text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        // Half of a character (a lone surrogate, from a broken file or a program's bug) cannot be stored:
        // it would come back as U+FFFD.
        if (QChar::isHighSurrogate(u)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return true;
        }
        if (QChar::isLowSurrogate(u))
            return true;
        if (u == u'\t')
            continue;
        if (allowLineBreaks && (u == u'\n' || u == u'\r'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            return true;
    }
    return false;
}

} // namespace Validation
