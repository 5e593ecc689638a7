#include "expertise/LeadSuggestionList.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/ReadWorker.h"

#include "baton/report/ExpertiseQueries.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/TeamFile.h"

#include <algorithm>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

namespace {
constexpr int kShownRows = 6;

/// `text` broken into lines no wider than `width`, between words (a tree view does not wrap
/// its cells by itself).
QString wrapped(const QString& text, const QFontMetrics& metrics, int width)
{
    QString out, line;
    for (const QString& word : text.split(QLatin1Char(' '))) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            out += line + QLatin1Char('\n');
            line = word;
        } else {
            line = longer;
        }
    }
    return out + line;
}
} // namespace

LeadSuggestionList::LeadSuggestionList(TeamSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    m_heading->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("leadSuggestions"));
    m_list->setAccessibleName(tr("Suggested members"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("#"), tr("Member"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->viewport()->installEventFilter(this);
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 2)
            rewrap();
    });
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * (kShownRows + 2));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    // Selection, not the current item: focus alone makes a row current, and must pick nobody.
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_list->selectedItems();
        if (!selected.isEmpty())
            emit picked(MemberId(toStd(selected.front()->data(1, Qt::UserRole).toString())));
    });
}

void LeadSuggestionList::suggestFor(const std::vector<AreaId>& areas, const std::vector<MemberId>& exclude)
{
    m_list->clear();
    m_suggestions.clear();
    m_ready = false;
    QStringList names;
    for (const auto& a : areas)
        if (const auto* area = m_session.area(a))
            names << toQ(area->name);
    const QString heading = names.isEmpty() ? tr("Suggested by lead load only (no expertise areas are named yet):")
                                            : tr("Suggested for %1, by level, endorsements and current lead load:")
                                                  .arg(QLocale().createSeparatedList(names));
    m_heading->setText(tr("Finding who fits…"));
    if (!m_worker) {
        m_worker = new ReadWorker(m_session.file().path(), this);
        connect(m_worker, &ReadWorker::failed, this, [this](const QString& message) {
            m_heading->setText(tr("No suggestion: %1").arg(message));
            m_ready = true; // nothing more will come; nobody has a rank
        });
    }
    m_worker->start([this, areas, exclude, heading, today = m_session.today()](
                        storage::Database& db, const std::atomic<bool>&) -> ReadWorker::Deliver {
        auto ranked = report::suggestLeads(db, areas, today, exclude); // those leading now left out first
        return [this, ranked = std::move(ranked), heading]() mutable { showRanking(std::move(ranked), heading); };
    });
}

void LeadSuggestionList::clear()
{
    if (m_worker)
        m_worker->start([](storage::Database&, const std::atomic<bool>&) -> ReadWorker::Deliver {
            return [] {};
        }); // drops a ranking on its way
    m_list->clear();
    m_suggestions.clear();
    m_heading->clear();
    m_ready = true;
}

void LeadSuggestionList::showRanking(std::vector<LeadSuggestion> ranked, const QString& heading)
{
    m_suggestions = std::move(ranked);
    m_heading->setText(heading);
    for (const auto& s : m_suggestions) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(s.rank));
        item->setText(1, s.stretch ? tr("%1 (stretch)").arg(toQ(s.name)) : toQ(s.name));
        item->setData(1, Qt::UserRole, toQ(s.member.str()));
        item->setText(2, toQ(s.reasonText()));
        item->setToolTip(2, toQ(s.reasonText()));
        if (s.stretch) {
            QFont italic = item->font(1);
            italic.setItalic(true);
            item->setFont(1, italic);
            item->setToolTip(1, tr("A stretch pick: someone who wants to learn this area, for growth."));
        }
    }
    rewrap();
    m_ready = true;
    emit suggestionsShown();
}

bool LeadSuggestionList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        rewrap();
    return QWidget::eventFilter(watched, event);
}

void LeadSuggestionList::rewrap()
{
    // The last column stretches to the viewport: its width is what the first two leave.
    const int width = std::max(120, m_list->viewport()->width() - m_list->columnWidth(0) - m_list->columnWidth(1) - 16);
    const QFontMetrics metrics(m_list->font());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        auto* item = m_list->topLevelItem(i);
        item->setText(2, wrapped(item->toolTip(2), metrics, width));
    }
}

std::optional<int> LeadSuggestionList::rankOf(const std::optional<MemberId>& member) const
{
    if (!member)
        return std::nullopt;
    for (const auto& s : m_suggestions)
        if (s.member == *member)
            return s.rank;
    return std::nullopt;
}

} // namespace baton::ui
