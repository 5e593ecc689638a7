#include "decisions/DecisionDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "decisions/CharterDefaults.h"
#include "expertise/LeadSuggestionList.h"
#include "ui_DecideDialog.h"
#include "ui_DecisionEditor.h"
#include "ui_ReasonDialog.h"
#include "ui_StanceDialog.h"

#include "baton/domain/DecisionRules.h"

#include <QListWidgetItem>

namespace baton::ui {
using namespace baton::domain;

DecisionEditor::DecisionEditor(TeamSession& session, Decision decision, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DecisionEditor>())
    , m_session(session)
    , m_original(std::move(decision))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillEnumCombo<DecisionMethod>(m_ui->method);
    fillInitiativePicker(m_ui->initiative, session, tr("(no initiative: a team-level decision)"));
    fillAreaChecklist(m_ui->areas, session, m_original.areas);
    m_ui->title->setText(toQ(m_original.title));
    m_ui->context->setPlainText(toQ(m_original.context));
    QStringList options;
    for (const auto& o : m_original.options)
        options << toQ(o);
    m_ui->options->setPlainText(options.join(QLatin1Char('\n')));
    selectEnum(m_ui->method, m_original.method);
    selectInitiative(m_ui->initiative, session, m_original.initiative);
    const Date today = session.today();
    m_ui->proposedOn->setDate(toQDate(m_original.proposedOn.value_or(today)));
    setOptionalDate(m_ui->hasDecideBy, m_ui->decideBy, m_original.decideBy, today.addDays(14));
    setOptionalDate(m_ui->hasReviewOn, m_ui->reviewOn, m_original.reviewOn, today.addDays(90));
    connect(m_ui->title, &QLineEdit::textChanged, this, &DecisionEditor::validate);
    connect(m_ui->initiative, &QComboBox::currentTextChanged, this, &DecisionEditor::validate);
    connect(m_ui->proposedOn, &QDateEdit::dateChanged, this, &DecisionEditor::validate);
    connect(m_ui->decideBy, &QDateEdit::dateChanged, this, &DecisionEditor::validate);
    connect(m_ui->hasDecideBy, &QCheckBox::toggled, this, &DecisionEditor::validate);
    setWindowTitle(m_original.title.empty() ? tr("Propose a Decision") : tr("Edit Decision"));
    auto* charterNote = new QLabel(this);
    m_ui->form->addRow(charterNote);
    m_charter = new CharterDefaults(
        session, {m_ui->method, m_ui->areas, m_ui->proposedOn, m_ui->hasDecideBy, m_ui->decideBy, charterNote},
        m_original, m_original.title.empty(), this);
    if (m_original.title.empty()) {
        // Leadership follows expertise: for an expert or advice decision, Baton suggests who
        // should decide from the areas it touches, and the choice becomes the accountable member.
        m_decider = new QComboBox(this);
        m_decider->setObjectName(QStringLiteral("decider"));
        m_decider->setAccessibleName(tr("Who decides"));
        fillMemberPicker(m_decider, session, true, tr("(name them later)"));
        m_deciderLabel = new QLabel(tr("&Who decides"), this);
        m_deciderLabel->setBuddy(m_decider);
        m_suggest = new LeadSuggestionList(session, this);
        m_ui->form->addRow(m_deciderLabel, m_decider);
        m_ui->form->addRow(m_suggest);
        connect(m_suggest, &LeadSuggestionList::picked, this,
                [this](const MemberId& m) { selectMember(m_decider, m); });
        connect(m_ui->method, &QComboBox::currentIndexChanged, this, &DecisionEditor::updateSuggestions);
        connect(m_ui->areas, &QListWidget::itemChanged, this, &DecisionEditor::updateSuggestions);
        updateSuggestions();
    }
    validate();
}

void DecisionEditor::updateSuggestions()
{
    const auto method = enumValue<DecisionMethod>(m_ui->method);
    const bool shown = method == DecisionMethod::Expert || method == DecisionMethod::Advice;
    m_decider->setVisible(shown);
    m_deciderLabel->setVisible(shown);
    m_deciderLabel->setText(method == DecisionMethod::Expert ? tr("&Expert who decides")
                                                             : tr("&Who decides (after advice)"));
    m_suggest->setVisible(shown);
    if (shown)
        m_suggest->suggestFor(checkedAreas(m_ui->areas));
    else
        m_suggest->clear();
}

DecisionEditor::~DecisionEditor() = default;

Decision DecisionEditor::result() const
{
    Decision d = m_original;
    d.title = toStd(m_ui->title->text().trimmed());
    d.context = toStd(m_ui->context->toPlainText().trimmed());
    d.options.clear();
    for (const QString& line : m_ui->options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            d.options.push_back(toStd(line.trimmed()));
    }
    d.method = enumValue<DecisionMethod>(m_ui->method);
    d.initiative = pickedInitiative(m_ui->initiative);
    d.areas = checkedAreas(m_ui->areas);
    d.proposedOn = fromQDate(m_ui->proposedOn->date());
    d.decideBy = optionalDate(m_ui->hasDecideBy, m_ui->decideBy);
    d.reviewOn = optionalDate(m_ui->hasReviewOn, m_ui->reviewOn);
    if (m_charter)
        m_charter->fill(d);
    if (m_decider && m_decider->isVisibleTo(this)) {
        const auto who = pickedMember(m_decider);
        d.accountable = who;
        std::erase_if(d.participants, [](const Participant& p) { return p.role == ParticipantRole::Decider; });
        if (who)
            d.participants.push_back(Participant{*who, ParticipantRole::Decider, Stance::None, {}, {}, std::nullopt});
    }
    return d;
}

void DecisionEditor::validate()
{
    QString problem;
    const Decision d = result();
    if (const auto problems = decisionFieldProblems(d); !problems.empty())
        problem = toQ(problems.front());
    else if (!m_ui->initiative->currentText().isEmpty() && m_ui->initiative->currentIndex() != 0 &&
             !pickedInitiative(m_ui->initiative))
        problem = tr("There is no initiative called “%1”.").arg(m_ui->initiative->currentText());
    else if (d.decideBy && d.proposedOn && *d.decideBy < *d.proposedOn)
        problem = tr("The deadline is before the proposal date.");
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

DecideDialog::DecideDialog(TeamSession& session, Decision decision, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DecideDialog>())
    , m_session(session)
    , m_decision(std::move(decision))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->accountable, session, true);
    selectMember(m_ui->accountable, m_decision.accountable);
    m_ui->decidedOn->setDate(toQDate(session.today()));
    m_ui->outcome->setPlainText(toQ(m_decision.outcome));
    m_ui->rationale->setPlainText(toQ(m_decision.rationale));
    setWindowTitle(tr("Decide: %1").arg(toQ(m_decision.title)));
    auto check = [this] {
        QString problem;
        attempt(&problem);
        showProblem(m_ui->buttons, m_ui->problem, problem);
    };
    connect(m_ui->accountable, &QComboBox::currentTextChanged, this, check);
    connect(m_ui->decidedOn, &QDateEdit::dateChanged, this, check);
    connect(m_ui->outcome, &QPlainTextEdit::textChanged, this, check);
    check();
}

DecideDialog::~DecideDialog() = default;

std::optional<Decision> DecideDialog::attempt(QString* problem) const
{
    Decision d = m_decision;
    d.outcome = toStd(m_ui->outcome->toPlainText().trimmed());
    d.rationale = toStd(m_ui->rationale->toPlainText().trimmed());
    const auto who = pickedMember(m_ui->accountable);
    const Member* accountable = who ? m_session.member(*who) : nullptr;
    if (auto ok = decide(d, accountable, fromQDate(m_ui->decidedOn->date())); !ok) {
        *problem = toQ(ok.error().message);
        return std::nullopt;
    }
    if (d.outcome.empty()) {
        *problem = tr("Write down what was decided (the outcome).");
        return std::nullopt;
    }
    return d;
}

Decision DecideDialog::result() const
{
    QString ignored;
    return attempt(&ignored).value_or(m_decision);
}

StanceDialog::StanceDialog(TeamSession& session, const Decision& decision, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StanceDialog>())
    , m_decision(decision)
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->member, session, true);
    fillEnumCombo<ParticipantRole>(m_ui->role);
    fillEnumCombo<Stance>(m_ui->stance);
    selectEnum(m_ui->role, ParticipantRole::Consulted);
    selectEnum(m_ui->stance, Stance::Support);
    selectMember(m_ui->member, session.me());
    setWindowTitle(tr("Record a Stance: %1").arg(toQ(decision.title)));
    auto sync = [this] {
        const auto who = pickedMember(m_ui->member);
        for (const auto& p : m_decision.participants) {
            if (who && p.member == *who) {
                selectEnum(m_ui->role, p.role);
                selectEnum(m_ui->stance, p.stance);
                m_ui->comment->setText(toQ(p.comment));
            }
        }
        showProblem(m_ui->buttons, m_ui->problem, who ? QString() : tr("Pick a member of the team."));
    };
    connect(m_ui->member, &QComboBox::currentTextChanged, this, sync);
    sync();
}

StanceDialog::~StanceDialog() = default;

std::optional<MemberId> StanceDialog::member() const
{
    return pickedMember(m_ui->member);
}

Decision StanceDialog::result() const
{
    Decision d = m_decision;
    const auto who = pickedMember(m_ui->member);
    if (!who)
        return d;
    recordStance(d, *who, enumValue<Stance>(m_ui->stance), toStd(m_ui->comment->text().trimmed()));
    for (auto& p : d.participants) {
        if (p.member == *who)
            p.role = enumValue<ParticipantRole>(m_ui->role);
    }
    return d;
}

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReasonDialog>())
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    setWindowTitle(title);
    m_ui->reasonLabel->setText(prompt);
    auto check = [this] {
        showProblem(m_ui->buttons, m_ui->problem, reason().isEmpty() ? tr("Say why, for the record.") : QString());
    };
    connect(m_ui->reason, &QPlainTextEdit::textChanged, this, check);
    check();
}

ReasonDialog::~ReasonDialog() = default;

QString ReasonDialog::reason() const
{
    return m_ui->reason->toPlainText().trimmed();
}

} // namespace baton::ui
