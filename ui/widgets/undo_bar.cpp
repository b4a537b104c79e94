#include "ui/widgets/undo_bar.h"

#include "ui/models/display_format.h"
#include "ui/viewmodels/pending_plan_deletion.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace helios::ui {

namespace {

constexpr qsizetype kMaxGoalInBar = 60;

} // namespace

UndoBar::UndoBar(PendingPlanDeletion &pending, QWidget *parent) : QFrame(parent), m_pending(pending)
{
    setObjectName(QStringLiteral("undoBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x32, 0x36, 0x3b));
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("undoText"));
    m_text->setTextFormat(Qt::PlainText); // a goal is text, whatever it contains
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Bring the plan back (Ctrl+Z)"));
    m_undo->setFocusPolicy(Qt::NoFocus); // the keys stay where the person works
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("undoBarClose"));
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Delete it now"));
    m_close->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);

    connect(m_undo, &QPushButton::clicked, &m_pending, &PendingPlanDeletion::undo);
    connect(m_close, &QToolButton::clicked, &m_pending, &PendingPlanDeletion::commit);
    connect(&m_pending, &PendingPlanDeletion::pendingChanged, this, &UndoBar::update);
    update();
}

QString UndoBar::text() const
{
    return m_text->text();
}

void UndoBar::update()
{
    setVisible(m_pending.isPending());
    if (!m_pending.isPending())
        return;
    const QString goal = shortened(m_pending.goal().simplified(), kMaxGoalInBar);
    m_text->setText(tr("Plan “%1” deleted").arg(goal));
    m_text->setToolTip(m_pending.goal());
}

} // namespace helios::ui
