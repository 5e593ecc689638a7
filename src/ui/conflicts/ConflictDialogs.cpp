#include "conflicts/ConflictDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/ConflictRules.h"
#include "baton/edit/EditService.h"
#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/ConflictRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

ConflictEditor::ConflictEditor(TeamSession& session, Conflict conflict, QWidget* parent)
    : QDialog(parent)
    , m_original(std::move(conflict))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_parties(new QListWidget(this))
    , m_raisedOn(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Raise a Conflict"));
    m_title->setObjectName(QStringLiteral("conflictTitle"));
    m_parties->setObjectName(QStringLiteral("conflictParties"));
    m_title->setText(toQ(m_original.title));
    m_title->setPlaceholderText(tr("What the disagreement is about, in a few words"));
    m_description->setPlainText(toQ(m_original.description));
    m_description->setPlaceholderText(tr("The different goals or views, as each side would put them"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(90);
    for (const auto& m : session.members()) {
        if (m.retracted || m.hasLeftBy(session.today()))
            continue;
        auto* item = new QListWidgetItem(toQ(m.name), m_parties);
        item->setData(Qt::UserRole, toQ(m.id.str()));
        const bool in =
            std::find(m_original.parties.begin(), m_original.parties.end(), m.id) != m_original.parties.end();
        item->setCheckState(in ? Qt::Checked : Qt::Unchecked);
    }
    m_parties->setMinimumHeight(120);
    m_raisedOn->setCalendarPopup(true);
    m_raisedOn->setDate(toQDate(m_original.raisedOn.value_or(session.today())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&About:"), m_description);
    form->addRow(tr("&Parties (two or more):"), m_parties);
    form->addRow(tr("&Raised on:"), m_raisedOn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_title, &QLineEdit::textChanged, this, &ConflictEditor::validate);
    connect(m_parties, &QListWidget::itemChanged, this, &ConflictEditor::validate);
    validate();
}

Conflict ConflictEditor::result() const
{
    Conflict c = m_original;
    c.title = toStd(m_title->text().trimmed());
    c.description = toStd(m_description->toPlainText().trimmed());
    c.parties.clear();
    for (int i = 0; i < m_parties->count(); ++i)
        if (m_parties->item(i)->checkState() == Qt::Checked)
            c.parties.emplace_back(toStd(m_parties->item(i)->data(Qt::UserRole).toString()));
    c.raisedOn = fromQDate(m_raisedOn->date());
    return c;
}

void ConflictEditor::validate()
{
    const Conflict c = result();
    QString problem;
    if (c.title.empty())
        problem = tr("Give the conflict a title.");
    else if (c.parties.size() < 2)
        problem = tr("Tick the two or more members in the conflict.");
    showProblem(m_buttons, m_problem, problem);
}

namespace {

/// "rung 2 of 3: Facilitated conversation"
QString rungName(const std::vector<const CharterRule*>& ladder, int rung)
{
    for (const CharterRule* step : ladder)
        if (step->position == rung)
            return QObject::tr("rung %1 of %2: %3").arg(rung).arg(ladder.size()).arg(toQ(step->title));
    return QObject::tr("rung %1").arg(rung);
}

} // namespace

ConflictStepDialog::ConflictStepDialog(TeamSession& session, Mode mode, const std::optional<ConflictId>& preselect,
                                       QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_open(storage::ConflictRepository(session.db()).open())
    , m_conflict(new QComboBox(this))
    , m_standing(new QLabel(this))
    , m_on(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Climb ? tr("Climb the Ladder") : tr("Settle a Conflict"));
    m_conflict->setObjectName(QStringLiteral("stepConflict"));
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_standing->setObjectName(QStringLiteral("stepStanding"));
    m_standing->setWordWrap(true);
    for (const auto& c : m_open)
        m_conflict->addItem(toQ(c.title), toQ(c.id.str()));
    if (preselect)
        m_conflict->setCurrentIndex(std::max(0, m_conflict->findData(toQ(preselect->str()))));
    m_on->setCalendarPopup(true);
    m_on->setDate(toQDate(session.today()));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(80);

    auto* form = new QFormLayout;
    form->addRow(tr("&Conflict:"), m_conflict);
    form->addRow(QString(), m_standing);
    if (mode == Mode::Settle) {
        m_resolved = new QRadioButton(tr("&Resolved"), this);
        m_withdrawn = new QRadioButton(tr("&Withdrawn"), this);
        m_resolved->setObjectName(QStringLiteral("settleResolved"));
        m_withdrawn->setObjectName(QStringLiteral("settleWithdrawn"));
        m_resolved->setChecked(true);
        auto* how = new QHBoxLayout;
        how->addWidget(m_resolved);
        how->addWidget(m_withdrawn);
        how->addStretch();
        form->addRow(tr("Outcome:"), how);
        m_decision = new QComboBox(this);
        m_decision->setObjectName(QStringLiteral("settleDecision"));
        m_decision->addItem(tr("No decision"), QString());
        // The latest decided decisions, by an index: never the whole decision log.
        storage::Statement s = session.db().prepare(
            "SELECT id, title FROM decisions INDEXED BY decisions_decided_accountable WHERE decided_on IS NOT NULL "
            "AND retracted = 0 ORDER BY decided_on DESC LIMIT 100");
        while (s.step())
            m_decision->addItem(toQ(s.columnText(1)), toQ(s.columnText(0)));
        form->addRow(tr("Settled by &decision:"), m_decision);
        m_note->setPlaceholderText(tr("How it was resolved, or why it is withdrawn"));
        connect(m_withdrawn, &QRadioButton::toggled, m_decision, [this](bool on) { m_decision->setDisabled(on); });
    } else {
        m_note->setPlaceholderText(tr("What happened on the rung below, and why the next one is needed"));
    }
    form->addRow(tr("&On:"), m_on);
    form->addRow(mode == Mode::Climb ? tr("&Note:") : tr("&How:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_conflict, &QComboBox::currentIndexChanged, this, &ConflictStepDialog::conflictChanged);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ConflictStepDialog::validate);
    conflictChanged();
}

bool ConflictStepDialog::hasConflicts() const
{
    return !m_open.empty();
}

void ConflictStepDialog::conflictChanged()
{
    const int index = m_conflict->currentIndex();
    if (index < 0) {
        m_standing->clear();
        validate();
        return;
    }
    const Conflict& c = m_open[static_cast<std::size_t>(index)];
    const auto ladder = conflictLadder(storage::CharterRuleRepository(m_session.db()).all());
    const int rung = c.currentRung();
    QString text = rung == 0 ? tr("Not on the ladder yet.") : tr("Stands at %1.").arg(rungName(ladder, rung));
    if (const auto days = daysOnRung(c, m_session.today()))
        text += tr(" %n day(s) there.", nullptr, *days);
    if (m_mode == Mode::Climb)
        text += ladder.empty() ? tr(" The charter has no conflict ladder yet: add its steps on the Charter page.")
                               : tr(" Next: %1.").arg(rungName(ladder, rung + 1));
    m_standing->setText(text);
    validate();
}

void ConflictStepDialog::validate()
{
    QString problem;
    if (m_conflict->currentIndex() < 0)
        problem = tr("There is no open conflict.");
    else if (m_note->toPlainText().trimmed().isEmpty())
        problem = m_mode == Mode::Climb ? tr("Say what happened on the way up.") : tr("Say how it ended.");
    showProblem(m_buttons, m_problem, problem);
}

std::optional<QString> ConflictStepDialog::save()
{
    const ConflictId id(toStd(m_conflict->currentData().toString()));
    const Date on = fromQDate(m_on->date());
    const std::string note = toStd(m_note->toPlainText().trimmed());
    const QString title = m_conflict->currentText();
    domain::Result<void> ok;
    if (m_mode == Mode::Climb) {
        ok = m_session.apply(tr("Climb conflict %1").arg(title),
                             [&](edit::EditService& e) { return e.conflicts.climb(id, on, note); });
    } else if (m_withdrawn->isChecked()) {
        ok = m_session.apply(tr("Withdraw conflict %1").arg(title),
                             [&](edit::EditService& e) { return e.conflicts.withdraw(id, on, note); });
    } else {
        const QString decision = m_decision->currentData().toString();
        const auto settledBy = decision.isEmpty() ? std::nullopt : std::optional<DecisionId>(toStd(decision));
        ok = m_session.apply(tr("Resolve conflict %1").arg(title),
                             [&](edit::EditService& e) { return e.conflicts.resolve(id, on, note, settledBy); });
    }
    if (!ok)
        return toQ(ok.error().message);
    return std::nullopt;
}

std::optional<ConflictId> raiseConflict(TeamSession& session, QWidget* parent)
{
    Conflict draft;
    draft.id = ConflictId(session.newId());
    if (const auto me = session.edits().me())
        draft.parties.push_back(*me);
    ConflictEditor editor(session, draft, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    const Conflict c = editor.result();
    if (auto ok = session.apply(QObject::tr("Raise conflict %1").arg(toQ(c.title)),
                                [&](edit::EditService& e) { return e.conflicts.raise(c); });
        !ok) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
        return std::nullopt;
    }
    return c.id;
}

bool stepConflict(TeamSession& session, ConflictStepDialog::Mode mode, QWidget* parent)
{
    ConflictStepDialog dialog(session, mode, std::nullopt, parent);
    if (!dialog.hasConflicts()) {
        QMessageBox::information(parent, QObject::tr("No open conflicts"),
                                 QObject::tr("There is no open conflict. Raise one first."));
        return false;
    }
    while (dialog.exec() == QDialog::Accepted) {
        const auto refused = dialog.save();
        if (!refused)
            return true;
        QMessageBox::warning(parent, QObject::tr("Not saved"), *refused);
    }
    return false;
}

} // namespace baton::ui
