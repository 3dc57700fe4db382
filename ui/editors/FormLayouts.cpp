#include "editors/FormLayouts.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace FormLayouts {

QFormLayout *column()
{
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setHorizontalSpacing(8);
    form->setVerticalSpacing(4);
    return form;
}

QHBoxLayout *twoColumns(QFormLayout *&left, QFormLayout *&right)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    left = column();
    right = column();
    row->addLayout(left, 1);
    row->addLayout(right, 1);
    return row;
}

QGridLayout *infoGrid()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    return grid;
}

void addInfoRow(QGridLayout *grid, QWidget *parent, const QString &label, const QString &objectName)
{
    auto *name = new QLabel(label, parent);
    name->setObjectName(objectName + QStringLiteral("_label"));
    name->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto *value = new QLabel(parent);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = grid->rowCount();
    grid->addWidget(name, row, 0);
    grid->addWidget(value, row, 1);
}

} // namespace FormLayouts
