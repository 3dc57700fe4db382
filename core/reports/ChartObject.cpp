#include "reports/ChartObject.h"

#include "reports/ChartData.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

ChartObject::ChartObject(QObject *parent)
    : QObject(parent)
{}

void ChartObject::install(QTextDocument *document)
{
    document->documentLayout()->registerHandler(kObjectType, new ChartObject(document));
}

QSizeF ChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(kSizeProperty).toSizeF();
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &format)
{
    format.property(kDataProperty).value<ChartData>().paint(*painter, rect);
}
