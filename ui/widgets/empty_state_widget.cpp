#include "ui/widgets/empty_state_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helios::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(560);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_button = new QPushButton(tr("New goal"), this);
    m_button->setObjectName(QStringLiteral("emptyStateNewGoal"));
    connect(m_button, &QPushButton::clicked, this, &EmptyStateWidget::newGoalRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    // Centred between stretches rather than with an alignment flag, so that the label gets the
    // width it may wrap in (an aligned widget is held to its one-line size hint).
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 100);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setMode(Mode::Opening);
}

void EmptyStateWidget::setMode(Mode mode, const QString &detail)
{
    switch (mode) {
    case Mode::Opening:
        m_title->setText(tr("Opening your plans…"));
        m_text->clear();
        break;
    case Mode::NoPlans:
        m_title->setText(tr("Welcome to Helios"));
        m_text->setText(
            tr("You have no plans yet. Click “New goal”, describe what you want to achieve — "
               "“learn Python in three months”, “run a half marathon by April” — and Helios turns "
               "it into a dated plan of tasks."));
        break;
    case Mode::Failed:
        m_title->setText(tr("Helios could not open its database"));
        m_text->setText(detail);
        break;
    }
    m_text->setVisible(!m_text->text().isEmpty());
    m_button->setVisible(mode == Mode::NoPlans);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

} // namespace helios::ui
