#include "initiatives/InitiativeDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "expertise/LeadSuggestionList.h"
#include "ui_ContributionEditor.h"
#include "ui_InitiativeEditor.h"
#include "ui_PassLeadDialog.h"

#include "baton/domain/DependencyGraph.h"
#include "baton/domain/LeadershipRules.h"
#include "baton/report/ExpertiseQueries.h"

#include <QListWidgetItem>

namespace baton::ui {
using namespace baton::domain;

InitiativeEditor::InitiativeEditor(TeamSession& session, Initiative initiative, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InitiativeEditor>())
    , m_original(std::move(initiative))
    , m_today(session.today())
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillEnumCombo<InitiativeStatus>(m_ui->status);
    selectEnum(m_ui->status, m_original.status);
    fillAreaChecklist(m_ui->areas, session, m_original.areas);
    m_ui->title->setText(toQ(m_original.title));
    m_ui->description->setPlainText(toQ(m_original.description));
    const Date today = session.today();
    setOptionalDate(m_ui->hasStarted, m_ui->startedOn, m_original.startedOn, today);
    setOptionalDate(m_ui->hasDue, m_ui->dueOn, m_original.dueOn, today.addDays(90));
    auto check = [this] {
        showProblem(m_ui->buttons, m_ui->problem,
                    m_ui->title->text().trimmed().isEmpty() ? tr("An initiative needs a title.") : QString());
    };
    connect(m_ui->title, &QLineEdit::textChanged, this, check);
    setWindowTitle(m_original.title.empty() ? tr("New Initiative") : tr("Edit Initiative"));
    if (m_original.title.empty() && m_original.leadership.empty()) {
        // Leadership follows expertise: the first lead is suggested from the areas ticked.
        m_lead = new QComboBox(this);
        m_lead->setObjectName(QStringLiteral("firstLead"));
        m_lead->setAccessibleName(tr("Lead"));
        fillMemberPicker(m_lead, session, true, tr("(choose later)"));
        auto* label = new QLabel(tr("&Lead"), this);
        label->setBuddy(m_lead);
        m_suggest = new LeadSuggestionList(session, this);
        m_ui->form->addRow(label, m_lead);
        m_ui->form->addRow(m_suggest);
        connect(m_suggest, &LeadSuggestionList::picked, this, [this](const MemberId& m) { selectMember(m_lead, m); });
        const auto suggest = [this] { m_suggest->suggestFor(checkedAreas(m_ui->areas)); };
        connect(m_ui->areas, &QListWidget::itemChanged, this, suggest);
        suggest();
    }
    check();
}

InitiativeEditor::~InitiativeEditor() = default;

Initiative InitiativeEditor::result() const
{
    Initiative i = m_original;
    i.title = toStd(m_ui->title->text().trimmed());
    i.description = toStd(m_ui->description->toPlainText().trimmed());
    i.status = enumValue<InitiativeStatus>(m_ui->status);
    i.areas = checkedAreas(m_ui->areas);
    i.startedOn = optionalDate(m_ui->hasStarted, m_ui->startedOn);
    i.dueOn = optionalDate(m_ui->hasDue, m_ui->dueOn);
    const bool closed = i.status == InitiativeStatus::Completed || i.status == InitiativeStatus::Missed ||
                        i.status == InitiativeStatus::Cancelled;
    if (closed && !i.closedOn)
        i.closedOn = m_today;
    if (!closed)
        i.closedOn.reset();
    if (m_lead) {
        i.leadership.clear();
        if (const auto who = pickedMember(m_lead)) {
            LeadStint first;
            first.member = *who;
            first.role = StintRole::Lead;
            first.from = i.startedOn.value_or(m_today);
            first.suggestedRank = m_suggest->rankOf(who);
            for (const auto& s : m_suggest->suggestions())
                if (s.member == *who) // the reasons Baton gave are why they lead
                    first.reason = s.reasonText();
            i.leadership.push_back(std::move(first));
        }
    }
    return i;
}

PassLeadDialog::PassLeadDialog(TeamSession& session, Initiative initiative, QWidget* parent, Mode mode)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PassLeadDialog>())
    , m_suggest(new LeadSuggestionList(session, this))
    , m_session(session)
    , m_initiative(std::move(initiative))
    , m_mode(mode)
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->nextLead, session, true);
    m_ui->handoverOn->setDate(toQDate(session.today()));
    setWindowTitle(m_mode == Mode::PassLead ? tr("Pass the Lead: %1").arg(toQ(m_initiative.title))
                                            : tr("Add a Co-lead: %1").arg(toQ(m_initiative.title)));
    if (m_mode == Mode::AddCoLead) {
        m_ui->nextLeadLabel->setText(tr("&Co-lead"));
        m_ui->handoverOnLabel->setText(tr("From"));
    }
    // Nobody leading it now is suggested (the CLI's suggest-lead ranks the same list).
    m_suggest->suggestFor(m_initiative.areas,
                          report::leadingNow(m_initiative, session.today(), m_mode == Mode::AddCoLead));
    m_ui->mainLayout->insertWidget(1, m_suggest, 1); // under the fields: the picker keeps the first focus
    connect(m_suggest, &LeadSuggestionList::picked, this,
            [this](const MemberId& m) { selectMember(m_ui->nextLead, m); });
    auto check = [this] {
        QString problem;
        attempt(&problem);
        showProblem(m_ui->buttons, m_ui->problem, problem);
    };
    connect(m_ui->nextLead, &QComboBox::currentTextChanged, this, check);
    connect(m_ui->handoverOn, &QDateEdit::dateChanged, this, check);
    connect(m_ui->reason, &QPlainTextEdit::textChanged, this, check);
    check();
}

PassLeadDialog::~PassLeadDialog() = default;

std::optional<Initiative> PassLeadDialog::attempt(QString* problem) const
{
    const auto who = pickedMember(m_ui->nextLead);
    const Member* next = who ? m_session.member(*who) : nullptr;
    if (!next) {
        *problem = m_mode == Mode::PassLead ? tr("Pick who takes the lead: the member closest to the problem now.")
                                            : tr("Pick who co-leads.");
        return std::nullopt;
    }
    Initiative i = m_initiative;
    const Date on = fromQDate(m_ui->handoverOn->date());
    std::string reason = toStd(m_ui->reason->toPlainText().trimmed());
    const auto ok = m_mode == Mode::PassLead ? passLead(i, *next, on, std::move(reason))
                                             : startStint(i, *next, StintRole::CoLead, on, std::move(reason));
    if (!ok) {
        *problem = toQ(ok.error().message);
        return std::nullopt;
    }
    i.leadership.back().suggestedRank = m_suggest->rankOf(next->id);
    return i;
}

Initiative PassLeadDialog::result() const
{
    QString ignored;
    return attempt(&ignored).value_or(m_initiative);
}

ContributionEditor::ContributionEditor(TeamSession& session, Contribution contribution,
                                       std::vector<Contribution> siblings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContributionEditor>())
    , m_original(std::move(contribution))
    , m_siblings(std::move(siblings))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->member, session, true);
    selectMember(m_ui->member, m_original.member.empty() ? session.me() : std::optional(m_original.member));
    fillEnumCombo<ContributionStatus>(m_ui->status);
    selectEnum(m_ui->status, m_original.status);
    m_ui->description->setText(toQ(m_original.description));
    const Date today = session.today();
    setOptionalDate(m_ui->hasStarted, m_ui->startedOn, m_original.startedOn, today);
    setOptionalDate(m_ui->hasDone, m_ui->doneOn, m_original.doneOn,
                    std::max(today, m_original.startedOn.value_or(today)));
    for (const auto& c : m_siblings) {
        if (c.id == m_original.id)
            continue;
        auto* item = new QListWidgetItem(toQ(c.description) + QStringLiteral(" — ") + session.memberName(c.member),
                                         m_ui->dependsOn);
        item->setData(Qt::UserRole, toQ(c.id.str()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on =
            std::find(m_original.dependsOn.begin(), m_original.dependsOn.end(), c.id) != m_original.dependsOn.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_ui->description, &QLineEdit::textChanged, this, &ContributionEditor::validate);
    connect(m_ui->member, &QComboBox::currentTextChanged, this, &ContributionEditor::validate);
    connect(m_ui->dependsOn, &QListWidget::itemChanged, this, &ContributionEditor::validate);
    connect(m_ui->hasStarted, &QCheckBox::toggled, this, &ContributionEditor::validate);
    connect(m_ui->startedOn, &QDateEdit::dateChanged, this, &ContributionEditor::validate);
    connect(m_ui->hasDone, &QCheckBox::toggled, this, &ContributionEditor::validate);
    connect(m_ui->doneOn, &QDateEdit::dateChanged, this, &ContributionEditor::validate);
    setWindowTitle(m_original.description.empty() ? tr("New Contribution") : tr("Edit Contribution"));
    validate();
}

ContributionEditor::~ContributionEditor() = default;

Contribution ContributionEditor::result() const
{
    Contribution c = m_original;
    c.description = toStd(m_ui->description->text().trimmed());
    c.member = pickedMember(m_ui->member).value_or(MemberId());
    c.status = enumValue<ContributionStatus>(m_ui->status);
    c.startedOn = optionalDate(m_ui->hasStarted, m_ui->startedOn);
    c.doneOn = optionalDate(m_ui->hasDone, m_ui->doneOn);
    c.dependsOn.clear();
    for (int k = 0; k < m_ui->dependsOn->count(); ++k) {
        const auto* item = m_ui->dependsOn->item(k);
        if (item->checkState() == Qt::Checked)
            c.dependsOn.emplace_back(toStd(item->data(Qt::UserRole).toString()));
    }
    return c;
}

void ContributionEditor::validate()
{
    const Contribution c = result();
    QString problem;
    if (c.description.empty())
        problem = tr("Describe the contribution.");
    else if (c.member.empty())
        problem = tr("Pick who contributes it.");
    else if (c.startedOn && c.doneOn && *c.doneOn < *c.startedOn)
        problem =
            tr("It cannot be done (%1) before it started (%2).").arg(displayDate(c.doneOn), displayDate(c.startedOn));
    else {
        DependencyGraph graph;
        std::map<std::string, std::string> names;
        for (const auto& s : m_siblings) {
            std::vector<std::string> deps;
            for (const auto& d : s.dependsOn)
                deps.push_back(d.str());
            graph.setEdges(s.id.str(), deps);
            names[s.id.str()] = s.description;
        }
        std::vector<std::string> deps;
        for (const auto& d : c.dependsOn)
            deps.push_back(d.str());
        graph.setEdges(c.id.str(), deps);
        names[c.id.str()] = c.description;
        if (const auto loop = graph.findCycle()) {
            std::vector<std::string> named;
            for (const auto& id : *loop)
                named.push_back(names.count(id) ? names[id] : id);
            problem = tr("These dependencies would go round in a loop: %1").arg(toQ(DependencyGraph::describe(named)));
        }
    }
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

} // namespace baton::ui
