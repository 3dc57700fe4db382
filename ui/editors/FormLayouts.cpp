#include "editors/FormLayouts.h"

#include <QFormLayout>
#include <QHBoxLayout>

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

} // namespace FormLayouts
