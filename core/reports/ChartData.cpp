#include "reports/ChartData.h"

#include "reports/ReportFonts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace {

const QColor kSeriesColours[] = {QColor(0x2f, 0x5d, 0x8a), QColor(0xc0, 0x50, 0x3a),
                                 QColor(0x5b, 0x8c, 0x4a)};

// A "nice" axis maximum and step: 1, 2 or 5 times a power of ten, about five ticks.
void niceAxis(int maxValue, int *top, int *step)
{
    if (maxValue <= 0) {
        *top = 5;
        *step = 1;
        return;
    }
    const double raw = maxValue / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double s = power;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw) {
            s = m * power;
            break;
        }
    }
    *step = qMax(1, int(s));
    *top = int(std::ceil(double(maxValue) / *step)) * *step;
}

} // namespace

void ChartData::paint(QPainter &painter, const QRectF &box) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Text sizes follow the box: charts are laid out about 600 units wide.
    const qreal u = box.width() / 600.0;
    QFont titleFont = ReportFonts::font(ReportFonts::sansFamilies(), 10, true);
    QFont textFont = ReportFonts::font(ReportFonts::sansFamilies(), 7.5);
    titleFont.setPixelSize(qMax(1, qRound(14 * u)));
    textFont.setPixelSize(qMax(1, qRound(10.5 * u)));

    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    const QRectF titleBox(box.left(), box.top(), box.width(), 22 * u);
    painter.drawText(titleBox, Qt::AlignCenter, title);

    int maxValue = 0;
    for (const QList<int> &s : series)
        for (int v : s)
            maxValue = qMax(maxValue, v);
    int top = 0;
    int step = 1;
    niceAxis(maxValue, &top, &step);

    painter.setFont(textFont);
    const QFontMetricsF fm(textFont, painter.device());
    const qreal legendHeight = series.size() > 1 ? 18 * u : 0;
    const qreal labelWidth = fm.horizontalAdvance(QString::number(top)) + 8 * u;
    const QRectF plot(box.left() + labelWidth + 6 * u, titleBox.bottom() + legendHeight + 8 * u,
                      box.width() - labelWidth - 12 * u,
                      box.height() - titleBox.height() - legendHeight - 40 * u);

    // Legend.
    if (series.size() > 1) {
        qreal x = plot.left();
        for (int s = 0; s < series.size(); ++s) {
            const QRectF swatch(x, titleBox.bottom() + 4 * u, 10 * u, 10 * u);
            painter.fillRect(swatch, kSeriesColours[s % 3]);
            const QString name = seriesNames.value(s);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(swatch.right() + 4 * u, swatch.bottom() - 1 * u), name);
            x = swatch.right() + 4 * u + fm.horizontalAdvance(name) + 18 * u;
        }
    }

    // Grid and y axis.
    for (int v = 0; v <= top; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter.setPen(QPen(QColor(210, 210, 210), 0.6 * u));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(box.left(), y - 8 * u, labelWidth, 16 * u), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(v));
    }
    if (!unit.isEmpty())
        painter.drawText(QRectF(box.left(), plot.top() - 20 * u, labelWidth + 20 * u, 14 * u),
                         Qt::AlignLeft | Qt::AlignVCenter, unit);
    painter.setPen(QPen(Qt::black, 0.8 * u));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Bars, grouped by label, with the value above each bar.
    const int groups = int(labels.size());
    if (groups > 0 && !series.isEmpty()) {
        const qreal groupWidth = plot.width() / groups;
        const qreal barWidth = groupWidth * 0.7 / series.size();
        for (int g = 0; g < groups; ++g) {
            const qreal x0 = plot.left() + g * groupWidth + groupWidth * 0.15;
            for (int s = 0; s < series.size(); ++s) {
                const int v = series.at(s).value(g);
                const qreal h = plot.height() * v / top;
                const QRectF bar(x0 + s * barWidth, plot.bottom() - h, barWidth * 0.92, h);
                painter.fillRect(bar, kSeriesColours[s % 3]);
                painter.setPen(Qt::black);
                if (v > 0)
                    painter.drawText(
                        QRectF(bar.left() - 10 * u, bar.top() - 14 * u, bar.width() + 20 * u, 13 * u),
                        Qt::AlignHCenter | Qt::AlignBottom, QString::number(v));
            }
            painter.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 3 * u, groupWidth, 28 * u),
                             Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, labels.at(g));
        }
    }
    painter.restore();
}
