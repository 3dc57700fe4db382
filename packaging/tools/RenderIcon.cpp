// Build-time tool: renders the one SVG source icon to a square PNG (or ICO) of a given size, so
// no binary icon is committed. Usage: ll-render-icon SOURCE.svg SIZE OUTPUT.png
//                                     ll-render-icon SOURCE.svg 16,32,48,256 OUTPUT.ico
#include <QBuffer>
#include <QDataStream>
#include <QGuiApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

QImage render(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image;
}

/// Writes a multi-size Windows icon whose entries are PNG-compressed (read by Windows Vista and
/// later); Qt's own ICO writer stores only one image per file.
bool writeIco(QSvgRenderer &renderer, const QList<int> &sizes, const QString &output, QTextStream &err)
{
    QList<QByteArray> images;
    for (int size : sizes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        render(renderer, size).save(&buffer, "PNG");
        images << png;
    }
    QByteArray ico;
    QDataStream stream(&ico, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << quint16(0) << quint16(1) << quint16(images.size());
    quint32 offset = 6 + 16 * quint32(images.size());
    for (qsizetype i = 0; i < images.size(); ++i) {
        const int size = sizes.at(i);
        const quint8 edge = size >= 256 ? 0 : quint8(size); // 0 stands for 256
        stream << edge << edge << quint8(0) << quint8(0) << quint16(1) << quint16(32)
               << quint32(images.at(i).size()) << offset;
        offset += quint32(images.at(i).size());
    }
    for (const QByteArray &png : images)
        stream.writeRawData(png.constData(), int(png.size()));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(ico) != ico.size() || !file.commit()) {
        err << "ll-render-icon: cannot write " << output << "\n";
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // The offscreen platform keeps the tool usable on build machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        err << "usage: ll-render-icon SOURCE.svg SIZE[,SIZE...] OUTPUT\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "ll-render-icon: cannot read " << args.at(1) << "\n";
        return 1;
    }
    QList<int> sizes;
    for (const QString &part : args.at(2).split(QLatin1Char(','))) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            err << "ll-render-icon: bad size " << part << "\n";
            return 2;
        }
        sizes << size;
    }
    const QString output = args.at(3);
    if (output.endsWith(QLatin1String(".ico"), Qt::CaseInsensitive))
        return writeIco(renderer, sizes, output, err) ? 0 : 1;
    if (sizes.size() != 1) {
        err << "ll-render-icon: a PNG holds one size\n";
        return 2;
    }
    if (!render(renderer, sizes.first()).save(output, "PNG")) {
        err << "ll-render-icon: cannot write " << output << "\n";
        return 1;
    }
    return 0;
}
