#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

/// Draws ChartData embedded in a QTextDocument as vector graphics (on screen, PDF and printer).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kDataProperty = QTextFormat::UserProperty + 1;
    static constexpr int kSizeProperty = QTextFormat::UserProperty + 2;

    /// Registers the handler with `document` (which then owns it).
    static void install(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    explicit ChartObject(QObject *parent);
};
