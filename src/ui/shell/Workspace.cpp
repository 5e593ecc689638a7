#include "shell/Workspace.h"

#include "activity/ActivityPage.h"
#include "charter/CharterPage.h"
#include "commitments/CommitmentsPage.h"
#include "common/RecordListPage.h"
#include "conflicts/ConflictsPage.h"
#include "core/TeamSession.h"
#include "decisions/DecisionsPage.h"
#include "expertise/ExpertisePage.h"
#include "initiatives/InitiativesPage.h"
#include "overview/OverviewPage.h"
#include "people/PeoplePage.h"
#include "review/CoachingPage.h"
#include "review/ExpertiseMapPage.h"
#include "review/ReviewPage.h"
#include "shell/NavigationHistory.h"
#include "voice/PulsePage.h"
#include "voice/VoicePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace baton::ui {

Workspace::Workspace(TeamSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_meBanner(new QWidget(this))
    , m_history(new NavigationHistory(this))
{
    m_pages = {new OverviewPage(session, this),
               new DecisionsPage(session, this),
               new InitiativesPage(session, this),
               new CommitmentsPage(session, this),
               new PeoplePage(session, this),
               new ExpertisePage(session, this),
               new LeadershipReviewPage(session, this),
               new AccountabilityPage(session, this),
               new ActivityPage(session, this),
               new ExpertiseMapPage(session, this),
               new CoachingPage(session, this),
               new CharterPage(session, this),
               new ConflictsPage(session, this),
               new VoicePage(session, this),
               new PulsePage(session, this)};
    const QStringList names{
        tr("Overview"),  tr("Decisions"),         tr("Initiatives"),    tr("Commitments"), tr("People"),
        tr("Expertise"), tr("Leadership review"), tr("Accountability"), tr("Activity"),    tr("Expertise map"),
        tr("Coaching"),  tr("Charter"),           tr("Conflicts"),      tr("Voice"),       tr("Pulse")};
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        m_stack->addWidget(m_pages[i]);
        m_sidebar->addItem(names[static_cast<int>(i)]);
        connect(m_pages[i], &Page::navigate, this, &Workspace::navigate);
    }
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 48);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_restoring && row >= 0)
            navigate(Location{static_cast<PageId>(row), {}});
    });

    m_readOnlyBanner->setText(tr("This team file is open read-only: you can look at everything, but changes are "
                                 "not possible."));
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #fdebd0; color: #6e2c00; padding: 6px;"));
    m_readOnlyBanner->setWordWrap(true);

    auto* meText =
        new QLabel(tr("Who is using this workstation? Baton notes who created and changed each record."), m_meBanner);
    auto* meButton = new QPushButton(tr("Choose…"), m_meBanner);
    meButton->setObjectName(QStringLiteral("chooseMeButton"));
    auto* meLayout = new QHBoxLayout(m_meBanner);
    meLayout->setContentsMargins(6, 4, 6, 4);
    meLayout->addWidget(meText, 1);
    meLayout->addWidget(meButton);
    m_meBanner->setObjectName(QStringLiteral("whoAmIBanner"));
    m_meBanner->setStyleSheet(
        QStringLiteral("#whoAmIBanner { background: #d6eaf8; } #whoAmIBanner QLabel { color: #1b4f72; }"));
    connect(meButton, &QPushButton::clicked, this, &Workspace::whoAmIRequested);

    auto* right = new QVBoxLayout;
    right->addWidget(m_readOnlyBanner);
    right->addWidget(m_meBanner);
    right->addWidget(m_stack, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_sidebar);
    layout->addLayout(right, 1);

    connect(&m_session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Team || kind == RecordKind::Member)
            refreshBanners();
    });
    refreshBanners();
    // Start where the user left off; only the page shown does any work.
    const int last = QSettings().value(QStringLiteral("workspace/lastPage"), 0).toInt();
    navigate(Location{static_cast<PageId>(std::clamp(last, 0, kPageCount - 1)), {}});
}

void Workspace::refreshBanners()
{
    m_readOnlyBanner->setVisible(m_session.readOnly());
    m_meBanner->setVisible(!m_session.readOnly() && !m_session.me() && !m_session.members().empty());
}

Page* Workspace::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void Workspace::navigate(const Location& where)
{
    m_history->visit(where);
    show(where);
}

void Workspace::show(const Location& where)
{
    const int index = static_cast<int>(where.page);
    m_restoring = true;
    m_sidebar->setCurrentRow(index);
    m_restoring = false;
    m_stack->setCurrentIndex(index);
    Page* target = page(where.page);
    if (!where.recordId.isEmpty())
        target->showRecord(where.recordId);
    else
        target->activate();
}

void Workspace::goBack()
{
    if (m_history->canGoBack())
        show(m_history->back());
}

void Workspace::goForward()
{
    if (m_history->canGoForward())
        show(m_history->forward());
}

void Workspace::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("workspace/lastPage"), m_stack->currentIndex());
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (auto* list = qobject_cast<RecordListPage*>(m_pages[i]))
            settings.setValue(QStringLiteral("splitters/page%1").arg(i), list->splitter()->saveState());
    }
}

void Workspace::restoreState()
{
    QSettings settings;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (auto* list = qobject_cast<RecordListPage*>(m_pages[i]))
            list->splitter()->restoreState(settings.value(QStringLiteral("splitters/page%1").arg(i)).toByteArray());
    }
}

} // namespace baton::ui
