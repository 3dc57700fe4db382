#include "reports/PdfOutline.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <map>
#include <vector>

namespace {

struct Node
{
    QPDFObjectHandle item;
    int children = 0;
    QPDFObjectHandle first;
    QPDFObjectHandle last;
};

void appendChild(Node &parent, QPDFObjectHandle parentItem, QPDFObjectHandle child)
{
    child.replaceKey("/Parent", parentItem);
    if (parent.children == 0) {
        parent.first = child;
    } else {
        parent.last.replaceKey("/Next", child);
        child.replaceKey("/Prev", parent.last);
    }
    parent.last = child;
    ++parent.children;
}

void load(QPDF &pdf, const QByteArray &bytes)
{
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("document.pdf", bytes.constData(), size_t(bytes.size()));
}

} // namespace

QByteArray PdfOutline::add(const QByteArray &bytes, const QList<Entry> &entries, QString *error)
{
    try {
        QPDF pdf;
        load(pdf, bytes);
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        root.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        // The open path from the outline's root to the entry added last: a new entry's parent is the
        // nearest one above it of a lower level.
        std::vector<std::pair<QPDFObjectHandle, Node>> path{{root, Node{}}};
        std::vector<int> levels{-1};
        // Entries with children start closed (a negative /Count: the children that opening shows): the
        // reader lists the top level (the deputies of a combined ledger book); the clerk opens one.
        const auto close = [&path, &levels] {
            auto [item, node] = path.back();
            path.pop_back();
            levels.pop_back();
            if (node.children > 0) {
                item.replaceKey("/First", node.first);
                item.replaceKey("/Last", node.last);
                item.replaceKey("/Count", QPDFObjectHandle::newInteger(-node.children));
            }
        };
        for (const Entry &e : entries) {
            if (e.page < 0 || size_t(e.page) >= pages.size()) {
                if (error)
                    *error = QStringLiteral("bookmark \"%1\" points at page %2 of %3")
                                 .arg(e.title)
                                 .arg(e.page + 1)
                                 .arg(pages.size());
                return {};
            }
            while (levels.back() >= e.level)
                close();
            QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
            item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(e.title.toStdString()));
            QPDFObjectHandle dest = QPDFObjectHandle::newArray();
            dest.appendItem(pages.at(size_t(e.page)).getObjectHandle());
            dest.appendItem(QPDFObjectHandle::newName("/Fit"));
            item.replaceKey("/Dest", dest);
            appendChild(path.back().second, path.back().first, item);
            path.push_back({item, Node{}});
            levels.push_back(e.level);
        }
        while (path.size() > 1)
            close();
        const Node &top = path.front().second;
        if (QPDFObjectHandle only = top.first; top.children == 1 && only.hasKey("/Count"))
            // An only entry (the deputy of a single ledger book) starts open.
            only.replaceKey("/Count", QPDFObjectHandle::newInteger(-only.getKey("/Count").getIntValue()));
        if (top.children > 0) {
            root.replaceKey("/First", top.first);
            root.replaceKey("/Last", top.last);
            root.replaceKey("/Count", QPDFObjectHandle::newInteger(top.children)); // the visible entries
            QPDFObjectHandle catalog = pdf.getRoot();
            catalog.replaceKey("/Outlines", root);
            catalog.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return {};
    }
}

QList<PdfOutline::Entry> PdfOutline::read(const QByteArray &bytes)
{
    QList<Entry> entries;
    try {
        QPDF pdf;
        load(pdf, bytes);
        std::map<QPDFObjGen, int> pageIndex;
        int i = 0;
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(pdf).getAllPages())
            pageIndex[page.getObjectHandle().getObjGen()] = i++;
        QPDFOutlineDocumentHelper outlines(pdf);
        const auto walk = [&](auto &&self, std::vector<QPDFOutlineObjectHelper> items, int level) -> void {
            for (QPDFOutlineObjectHelper &item : items) {
                QPDFObjectHandle dest = item.getDest();
                int page = -1;
                if (dest.isArray() && dest.getArrayNItems() > 0) {
                    const auto found = pageIndex.find(dest.getArrayItem(0).getObjGen());
                    if (found != pageIndex.end())
                        page = found->second;
                }
                entries.append({QString::fromStdString(item.getTitle()), level, page});
                self(self, item.getKids(), level + 1);
            }
        };
        walk(walk, outlines.getTopLevelOutlines(), 0);
    } catch (const std::exception &) {
        return {};
    }
    return entries;
}
