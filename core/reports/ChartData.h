#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

/// A simple bar chart of one or more series over labelled groups (e.g. categories, months), drawn with
/// QPainter: as vector graphics on a PDF or printer, or into a high-resolution picture for ODT/HTML.
struct ChartData
{
    QString title;
    QStringList labels;       ///< one per group along the x axis
    QStringList seriesNames;  ///< shown in a legend when more than one
    QList<QList<int>> series; ///< series[s][group]
    QString unit;             ///< e.g. 件, under the y axis title

    /// Draws the chart into `box` (the painter's current units; text sizes in points at `dpi`).
    void paint(QPainter &painter, const QRectF &box) const;
};

Q_DECLARE_METATYPE(ChartData)
