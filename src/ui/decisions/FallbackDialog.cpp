#include "decisions/FallbackDialog.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/FallbackRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// Who decides by default: the accountable member, else the decider, else this workstation's member.
std::optional<MemberId> defaultDecider(TeamSession& session, const Decision& d)
{
    if (d.accountable)
        return d.accountable;
    for (const auto& p : d.participants) {
        if (p.role == ParticipantRole::Decider)
            return p.member;
    }
    return session.me();
}

} // namespace

FallbackDialog::FallbackDialog(TeamSession& session, Decision decision, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_decision(std::move(decision))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Apply Fallback: %1").arg(toQ(m_decision.title)));
    setMinimumWidth(480);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply Fallback"));
    auto* layout = new QVBoxLayout(this);
    const DecisionFallback fallback = m_decision.fallback.value_or(DecisionFallback::AccountableDecides);
    auto* what = new QLabel(QStringLiteral("<b>%1</b><br/>%2")
                                .arg(tr("The deadline (%1) has passed.").arg(displayDate(m_decision.decideBy)),
                                     toQ(fallbackText(fallback)).toHtmlEscaped()),
                            this);
    auto* effect = new QLabel(toQ(fallbackEffect(fallback)), this);
    effect->setObjectName(QStringLiteral("fallbackEffect"));
    what->setWordWrap(true);
    effect->setWordWrap(true);
    layout->addWidget(what);
    layout->addWidget(effect);
    if (fallback == DecisionFallback::AccountableDecides) {
        m_accountable = new QComboBox(this);
        m_accountable->setObjectName(QStringLiteral("fallbackAccountable"));
        m_accountable->setAccessibleName(tr("Who decides"));
        fillMemberPicker(m_accountable, session, true);
        selectMember(m_accountable, defaultDecider(session, m_decision));
        m_outcome = new QPlainTextEdit(this);
        m_outcome->setObjectName(QStringLiteral("fallbackOutcome"));
        m_outcome->setAccessibleName(tr("Outcome"));
        m_rationale = new QPlainTextEdit(this);
        m_rationale->setObjectName(QStringLiteral("fallbackRationale"));
        m_rationale->setAccessibleName(tr("Rationale"));
        m_rationale->setPlaceholderText(tr("Optional: Baton notes that the fallback decided it"));
        for (auto* edit : {m_outcome, m_rationale})
            edit->setMaximumHeight(80);
        auto* form = new QFormLayout;
        form->addRow(tr("&Who decides"), m_accountable);
        form->addRow(tr("&Outcome"), m_outcome);
        form->addRow(tr("&Rationale"), m_rationale);
        layout->addLayout(form);
        connect(m_accountable, &QComboBox::currentTextChanged, this, &FallbackDialog::validate);
        connect(m_outcome, &QPlainTextEdit::textChanged, this, &FallbackDialog::validate);
    }
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    validate();
}

std::optional<MemberId> FallbackDialog::accountable() const
{
    return m_accountable ? pickedMember(m_accountable) : std::nullopt;
}

QString FallbackDialog::outcome() const
{
    return m_outcome ? m_outcome->toPlainText().trimmed() : QString();
}

QString FallbackDialog::rationale() const
{
    return m_rationale ? m_rationale->toPlainText().trimmed() : QString();
}

void FallbackDialog::validate()
{
    Decision probe = m_decision;
    FallbackInputs in;
    const auto who = accountable();
    in.accountable = who ? m_session.member(*who) : nullptr;
    in.outcome = toStd(outcome());
    in.ruleDays = 1; // the days do not change whether it may be applied
    in.team = {};
    QString problem;
    if (auto ok = domain::applyFallback(probe, in, m_session.today()); !ok) {
        problem = toQ(ok.error().message);
        problem[0] = problem[0].toUpper();
    }
    showProblem(m_buttons, m_problem, problem);
}

bool applyFallback(TeamSession& session, const DecisionId& id, QWidget* parent)
{
    const auto before = session.decision(id);
    if (!before || !before->fallback)
        return false;
    FallbackDialog dialog(session, *before, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto ok =
        session.apply(QObject::tr("Apply fallback to “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
            return e.decisions.applyFallback(id, dialog.accountable(), toStd(dialog.outcome()),
                                             toStd(dialog.rationale()));
        });
    if (!ok)
        QMessageBox::warning(parent, QObject::tr("Not applied"), toQ(ok.error().message));
    return ok.ok();
}

} // namespace baton::ui
