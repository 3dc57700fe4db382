#include "editors/HandlingPane.h"

#include "editors/FormLayouts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return title;
}

} // namespace

HandlingPane::HandlingPane(QWidget *parent)
    : QGroupBox(tr("Handling"), parent)
{
    setObjectName(QStringLiteral("handling"));
    auto *layout = new QVBoxLayout(this);
    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    m_info = FormLayouts::infoGrid();
    m_content->addLayout(m_info);
    layout->addLayout(m_content, 1);
    layout->addWidget(sectionTitle(tr("Next step"), this));
    m_stepBar = new QWidget(this);
    m_stepBar->setObjectName(QStringLiteral("actions"));
    m_steps = new QHBoxLayout(m_stepBar);
    m_steps->setContentsMargins(0, 0, 0, 0);
    m_steps->setSpacing(6);
    layout->addWidget(m_stepBar);
}

void HandlingPane::addInfoRow(const QString &label, const QString &objectName)
{
    FormLayouts::addInfoRow(m_info, this, label, objectName);
}

void HandlingPane::setInfo(const QString &objectName, const QString &text)
{
    auto *value = findChild<QLabel *>(objectName);
    value->setText(text);
    value->setVisible(!text.isEmpty());
    findChild<QLabel *>(objectName + QStringLiteral("_label"))->setVisible(!text.isEmpty());
}

QLabel *HandlingPane::addSection(const QString &title, QWidget *content, int stretch)
{
    QLabel *label = sectionTitle(title, this);
    m_content->addWidget(label);
    content->setParent(this);
    m_content->addWidget(content, stretch);
    return label;
}

void HandlingPane::addStretch()
{
    m_content->addStretch(1);
}

void HandlingPane::setSteps(const QList<Step> &steps, const QString &whenNone)
{
    // The clicked button may be the one being replaced: it goes once its click has been handled.
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    for (const Step &step : steps) {
        auto *button = new QPushButton(step.name, m_stepBar);
        button->setObjectName(QStringLiteral("action_") + step.code);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, step.run);
        m_steps->addWidget(button);
    }
    if (steps.isEmpty())
        m_steps->addWidget(new QLabel(whenNone, m_stepBar));
    m_steps->addStretch(1);
}
