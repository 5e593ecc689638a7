#include "charter/CharterPage.h"

#include "charter/CharterExport.h"
#include "charter/CharterRuleDialog.h"
#include "common/HistoryHtml.h"
#include "common/Html.h"
#include "common/Retract.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {

QTreeWidget* makeList(const QString& name, const QStringList& columns, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(columns);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel* listHeading(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(html::escape(text)), parent);
    label->setBuddy(buddy);
    return label;
}

QString daysText(int days)
{
    return days == 1 ? CharterPage::tr("1 day") : CharterPage::tr("%1 days").arg(days);
}

int listIndex(CharterRuleKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

CharterPage::CharterPage(TeamSession& session, QWidget* parent)
    : Page(session, parent)
    , m_lists{makeList(QStringLiteral("decisionRules"),
                       {tr("Rule"), tr("Areas"), tr("Method"), tr("Within"), tr("When the deadline passes")}, this),
              makeList(QStringLiteral("conflictLadder"), {tr("Rung"), tr("Step"), tr("What it means")}, this),
              makeList(QStringLiteral("accountabilityPractices"), {tr("Practice"), tr("What it means")}, this)}
    , m_detail(new QTextBrowser(this))
    , m_toolbar(new QToolBar(this))
{
    m_detail->setObjectName(QStringLiteral("charterDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setAccessibleName(tr("Rule details"));
    m_lists[0]->setAccessibleName(tr("Decision rules"));
    m_lists[1]->setAccessibleName(tr("The conflict ladder"));
    m_lists[2]->setAccessibleName(tr("Accountability practices"));

    m_add = m_toolbar->addAction(tr("Add Rule…"), this, &CharterPage::createNew);
    m_edit = m_toolbar->addAction(tr("Edit Rule…"), this, &CharterPage::editCurrent);
    m_retract = m_toolbar->addAction(tr("Retract…"), this, &CharterPage::retractCurrent);
    m_retract->setToolTip(tr("Hide a rule entered by mistake; it stays in the history"));
    m_toolbar->addSeparator();
    QAction* pdf =
        m_toolbar->addAction(tr("Export PDF…"), this, [this] { askExportCharterPdf(this->session(), this); });
    QAction* csv =
        m_toolbar->addAction(tr("Export CSV…"), this, [this] { askExportCharterCsv(this->session(), this); });
    pdf->setToolTip(tr("“How we work”: the charter as a PDF report"));
    csv->setToolTip(tr("The charter as CSV files, one per list"));
    m_add->setObjectName(QStringLiteral("addCharterRule"));
    m_edit->setObjectName(QStringLiteral("editCharterRule"));
    m_retract->setObjectName(QStringLiteral("retractCharterRule"));
    pdf->setObjectName(QStringLiteral("exportCharterPdf"));
    csv->setObjectName(QStringLiteral("exportCharterCsv"));

    auto* lists = new QWidget(this);
    auto* listLayout = new QVBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    const QString headings[3] = {tr("Decision rules"), tr("The conflict ladder"), tr("Accountability practices")};
    const int stretch[3] = {3, 2, 2};
    for (int i = 0; i < 3; ++i) {
        listLayout->addWidget(listHeading(headings[i], m_lists[i], lists));
        listLayout->addWidget(m_lists[i], stretch[i]);
        connect(m_lists[i], &QTreeWidget::currentItemChanged, this, [this, i](QTreeWidgetItem* item) {
            if (m_filling || !item)
                return;
            for (int other = 0; other < 3; ++other) {
                if (other != i)
                    m_lists[other]->setCurrentItem(nullptr);
            }
            m_lastKind = static_cast<CharterRuleKind>(i);
            m_currentId = item->data(0, Qt::UserRole).toString();
            showDetail();
            emit navigate(Location{PageId::Charter, m_currentId});
        });
        connect(m_lists[i], &QTreeWidget::itemActivated, this, [this] { editCurrent(); });
    }
    auto* splitter = new QSplitter(this);
    splitter->addWidget(lists);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 300});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);

    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        Location where;
        if (locationFromLink(url, where))
            emit navigate(where);
    });
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (m_loaded && (kind == RecordKind::CharterRule || kind == RecordKind::Area || kind == RecordKind::Team))
            reload();
    });
    updateActions();
}

void CharterPage::activate()
{
    if (!m_loaded)
        reload();
}

void CharterPage::showRecord(const QString& id)
{
    if (!m_loaded)
        reload();
    select(id);
}

void CharterPage::focusSearch()
{
    m_lists[0]->setFocus();
}

void CharterPage::reload()
{
    const bool first = !m_loaded;
    m_loaded = true;
    m_rules = session().charterRules();
    fill();
    if (first && m_currentId.isEmpty() && m_lists[0]->topLevelItemCount() > 0)
        m_currentId = m_lists[0]->topLevelItem(0)->data(0, Qt::UserRole).toString(); // show what a rule holds
    if (std::none_of(m_rules.begin(), m_rules.end(),
                     [&](const CharterRule& r) { return toQ(r.id.str()) == m_currentId; }))
        m_currentId.clear();
    select(m_currentId);
}

QString CharterPage::areaNames(const CharterRule& rule)
{
    if (rule.areas.empty())
        return tr("Every area");
    QStringList names;
    for (const auto& a : rule.areas) {
        const ExpertiseArea* area = session().area(a);
        names << (area ? toQ(area->name) : toQ(a.str()));
    }
    return names.join(QStringLiteral(", "));
}

void CharterPage::fill()
{
    m_filling = true;
    for (auto* list : m_lists)
        list->clear();
    std::vector<const CharterRule*> ordered;
    for (const auto& r : m_rules)
        ordered.push_back(&r);
    std::sort(ordered.begin(), ordered.end(), [](const CharterRule* a, const CharterRule* b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    for (const CharterRule* r : ordered) {
        QStringList cells;
        switch (r->kind) {
        case CharterRuleKind::DecisionRule:
            cells << toQ(r->title) << areaNames(*r) << (r->method ? displayName(*r->method) : QString())
                  << (r->decideWithinDays ? daysText(*r->decideWithinDays) : QString())
                  << (r->fallback ? displayName(*r->fallback) : QString());
            break;
        case CharterRuleKind::ConflictStep:
            cells << QString::number(r->position) << toQ(r->title) << toQ(r->text).section(QLatin1Char('\n'), 0, 0);
            break;
        case CharterRuleKind::AccountabilityPractice:
            cells << toQ(r->title) << toQ(r->text).section(QLatin1Char('\n'), 0, 0);
            break;
        }
        auto* item = new QTreeWidgetItem(m_lists[listIndex(r->kind)], cells);
        item->setData(0, Qt::UserRole, toQ(r->id.str()));
        for (int c = 0; c < cells.size(); ++c)
            item->setToolTip(c, cells[c]);
    }
    // Names and titles stay whole up to a point; long titles are elided, with the whole title
    // in the tooltip and the detail pane.
    for (auto* list : m_lists) {
        for (int c = 0; c + 1 < list->columnCount(); ++c) {
            list->resizeColumnToContents(c);
            list->setColumnWidth(c, std::min(list->columnWidth(c), c == 0 ? 240 : 160));
        }
    }
    m_filling = false;
}

// NOLINTNEXTLINE(performance-unnecessary-value-param): a copy on purpose, see the header
void CharterPage::select(QString id)
{
    m_filling = true;
    m_currentId.clear();
    for (int i = 0; i < 3; ++i) {
        QTreeWidgetItem* found = nullptr;
        for (int row = 0; row < m_lists[i]->topLevelItemCount(); ++row) {
            if (!id.isEmpty() && m_lists[i]->topLevelItem(row)->data(0, Qt::UserRole).toString() == id)
                found = m_lists[i]->topLevelItem(row);
        }
        m_lists[i]->setCurrentItem(found);
        if (found) {
            m_currentId = id;
            m_lastKind = static_cast<CharterRuleKind>(i);
        }
    }
    m_filling = false;
    showDetail();
}

void CharterPage::showDetail()
{
    const auto it = std::find_if(m_rules.begin(), m_rules.end(),
                                 [&](const CharterRule& r) { return toQ(r.id.str()) == m_currentId; });
    if (it == m_rules.end())
        m_detail->setHtml(html::hint(
            tr("The charter is how this team agreed to work: who decides what, by when, and what happens when a "
               "deadline passes; how a conflict climbs the ladder; and how the team keeps itself accountable. "
               "Pick a rule to see it and its history.")));
    else
        m_detail->setHtml(detailHtml(*it));
    updateActions();
}

QString CharterPage::detailHtml(const CharterRule& rule)
{
    QString out = html::heading(toQ(rule.title));
    out += html::field(tr("Kind"), displayName(rule.kind));
    if (rule.kind == CharterRuleKind::ConflictStep)
        out += html::field(tr("Rung"), QString::number(rule.position));
    if (rule.kind == CharterRuleKind::DecisionRule) {
        QStringList areas;
        for (const auto& a : rule.areas) {
            const ExpertiseArea* area = session().area(a);
            areas << html::link(PageId::Expertise, toQ(a.str()), area ? toQ(area->name) : toQ(a.str()));
        }
        out += html::field(tr("Areas"), areas.isEmpty() ? tr("Every area") : areas.join(QStringLiteral(", ")));
        if (rule.method)
            out += html::field(tr("Default method"), displayName(*rule.method));
        if (rule.decideWithinDays)
            out += html::field(tr("Decide within"), tr("%1 of the proposal").arg(daysText(*rule.decideWithinDays)));
        if (rule.fallback)
            out += html::field(tr("When the deadline passes"), displayName(*rule.fallback));
    }
    out += html::paragraph(tr("What it means"), toQ(rule.text));
    const auto [created, changed] = session().authors(RecordKind::CharterRule, rule.id.str());
    out += html::authorsLine(created, changed);
    out += html::historySection(session(), rule.id.str());
    return out;
}

void CharterPage::updateActions()
{
    const bool writable = !session().readOnly();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && !m_currentId.isEmpty());
    m_retract->setEnabled(writable && !m_currentId.isEmpty());
}

void CharterPage::createNew()
{
    if (session().readOnly())
        return;
    if (const auto id = addCharterRule(session(), m_lastKind, this))
        emit navigate(Location{PageId::Charter, toQ(id->str())});
}

void CharterPage::editCurrent()
{
    if (!m_currentId.isEmpty() && !session().readOnly())
        editCharterRule(session(), CharterRuleId(toStd(m_currentId)), this);
}

void CharterPage::retractCurrent()
{
    const auto it = std::find_if(m_rules.begin(), m_rules.end(),
                                 [&](const CharterRule& r) { return toQ(r.id.str()) == m_currentId; });
    if (it != m_rules.end())
        retractRecord(this, session(), RecordKind::CharterRule, m_currentId, toQ(it->title));
}

} // namespace baton::ui
