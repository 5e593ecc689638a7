#include "initiatives/ContributionChainDialog.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "initiatives/ChainText.h"
#include "initiatives/ContributionChainItems.h"
#include "initiatives/ContributionChainView.h"
#include "initiatives/InitiativeDialogs.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// One legend entry: a swatch in the status colour with the status cue beside it.
QString swatch(ContributionStatus status)
{
    return QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
        .arg(chainStatusColour(status).name(), chainStatusCue(status).toHtmlEscaped());
}

} // namespace

ContributionChainDialog::ContributionChainDialog(TeamSession& session, Initiative initiative, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_initiative(std::move(initiative))
    , m_view(new ContributionChainView(this))
    , m_criticalPath(new QLabel(this))
{
    setWindowTitle(tr("Chain of Work: %1").arg(toQ(m_initiative.title)));
    setSizeGripEnabled(true);
    resize(1100, 680);

    m_criticalPath->setObjectName(QStringLiteral("criticalPath"));
    m_criticalPath->setAccessibleName(tr("Critical path"));
    m_criticalPath->setWordWrap(true);
    m_criticalPath->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("legend"));
    legend->setAccessibleName(tr("Legend"));
    legend->setWordWrap(true);
    QStringList entries;
    for (auto s : {ContributionStatus::Planned, ContributionStatus::InProgress, ContributionStatus::Done,
                   ContributionStatus::Blocked})
        entries << swatch(s);
    QString explained = tr("<b>Thick dark outline and arrows</b>: the critical path, the longest chain of work that "
                           "waits on other work. Arrows point from a piece of work to what waits on it; dashed while "
                           "the wait goes on.");
    if (!m_session.readOnly())
        explained += QLatin1Char(' ') + tr("Double-click a card to edit it.");
    legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp;")) + QStringLiteral("<br/>") + explained);

    auto* zoomOut = new QToolButton(this);
    zoomOut->setText(tr("Zoom Out"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    auto* zoomIn = new QToolButton(this);
    zoomIn->setText(tr("Zoom In"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+=, or Ctrl+wheel)"));
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    auto* fit = new QToolButton(this);
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show the whole chain (Ctrl+0)"));
    fit->setObjectName(QStringLiteral("fit"));
    connect(zoomOut, &QToolButton::clicked, m_view, &ContributionChainView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &ContributionChainView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &ContributionChainView::fitAll);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(zoomOut);
    bottom->addWidget(zoomIn);
    bottom->addWidget(fit);
    bottom->addStretch();
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_criticalPath);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);
    layout->addLayout(bottom);

    connect(m_view, &ContributionChainView::contributionActivated, this, &ContributionChainDialog::editContribution);
    connect(&m_session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Contribution || kind == RecordKind::Member || kind == RecordKind::Team)
            reload();
    });
    reload();
    m_view->setFocus();
}

void ContributionChainDialog::reload()
{
    const QString selected = m_view->selectedContribution();
    m_view->showChain(m_session.contributionsOf(m_initiative.id), m_session.today(),
                      [this](const MemberId& id) { return m_session.memberName(id); });
    m_view->selectContribution(selected);
    const QString path = criticalPathText(m_view->chain(), m_view->contributions());
    if (m_view->chain().nodes.empty())
        m_criticalPath->setText(tr("“%1” has no contributions yet.").arg(toQ(m_initiative.title)));
    else if (path.isEmpty())
        m_criticalPath->setText(tr("No contribution depends on another yet, so there is no critical path."));
    else
        m_criticalPath->setText(tr("Critical path: %1").arg(path));
}

void ContributionChainDialog::editContribution(const QString& contributionId)
{
    if (m_session.readOnly())
        return;
    const auto& all = m_view->contributions();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const Contribution& c) { return toQ(c.id.str()) == contributionId; });
    if (it == all.end())
        return;
    // A copy: the editor runs an event loop, in which the view may reload and `all` change.
    const Contribution before = *it; // NOLINT(performance-unnecessary-copy-initialization)
    ContributionEditor editor(m_session, before, all, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Contribution after = editor.result();
    if (auto ok = m_session.apply(tr("Edit contribution “%1”").arg(toQ(before.description)),
                                  [&](edit::EditService& e) { return e.initiatives.editContribution(after); });
        !ok)
        QMessageBox::warning(this, tr("Not saved"), toQ(ok.error().message));
}

} // namespace baton::ui
