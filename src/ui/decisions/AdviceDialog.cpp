#include "decisions/AdviceDialog.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "decisions/AdviceText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

AdviceDialog::AdviceDialog(TeamSession& session, Decision decision, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_decision(std::move(decision))
    , m_member(new QComboBox(this))
    , m_level(new QLabel(this))
    , m_advice(new QPlainTextEdit(this))
    , m_followed(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record Advice: %1").arg(toQ(m_decision.title)));
    setMinimumWidth(480);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_member->setObjectName(QStringLiteral("adviceMember"));
    m_level->setObjectName(QStringLiteral("adviceLevel"));
    m_advice->setObjectName(QStringLiteral("adviceText"));
    m_followed->setObjectName(QStringLiteral("adviceFollowed"));
    m_member->setAccessibleName(tr("Advisor"));
    m_advice->setAccessibleName(tr("Advice"));
    m_followed->setAccessibleName(tr("Followed"));
    fillMemberPicker(m_member, session, false);
    m_followed->addItem(tr("Not yet known"), -1);
    m_followed->addItem(tr("Yes: the decision followed it"), 1);
    m_followed->addItem(tr("No: the decision went another way"), 0);
    m_level->setWordWrap(true);
    m_advice->setMaximumHeight(110);
    // The first advisor, else this workstation's member.
    std::optional<MemberId> first = session.me();
    for (const auto& p : m_decision.participants) {
        if (p.role == ParticipantRole::Advisor) {
            first = p.member;
            break;
        }
    }
    selectMember(m_member, first);

    auto* form = new QFormLayout;
    form->addRow(tr("&Advisor"), m_member);
    form->addRow(QString(), m_level);
    form->addRow(tr("What they a&dvised"), m_advice);
    form->addRow(tr("&Followed"), m_followed);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_member, &QComboBox::currentTextChanged, this, &AdviceDialog::memberChanged);
    memberChanged();
}

void AdviceDialog::memberChanged()
{
    const auto who = member();
    m_advice->clear();
    m_followed->setCurrentIndex(0);
    if (who) {
        for (const auto& p : m_decision.participants) {
            if (p.member != *who)
                continue;
            m_advice->setPlainText(toQ(p.advice));
            m_followed->setCurrentIndex(m_followed->findData(p.followed ? (*p.followed ? 1 : 0) : -1));
        }
    }
    m_level->setText(who ? memberLevelText(m_session, m_decision, *who) : QString());
    showProblem(m_buttons, m_problem, who ? QString() : tr("Pick a member of the team."));
}

std::optional<MemberId> AdviceDialog::member() const
{
    return pickedMember(m_member);
}

QString AdviceDialog::advice() const
{
    return m_advice->toPlainText().trimmed();
}

std::optional<bool> AdviceDialog::followed() const
{
    const int v = m_followed->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

bool recordAdvice(TeamSession& session, const DecisionId& id, QWidget* parent)
{
    const auto before = session.decision(id);
    if (!before)
        return false;
    AdviceDialog dialog(session, *before, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto who = dialog.member();
    if (!who)
        return false;
    const auto ok =
        session.apply(QObject::tr("Record advice on “%1”").arg(toQ(before->title)), [&](edit::EditService& e) {
            return e.decisions.recordAdvice(id, *who, toStd(dialog.advice()), dialog.followed());
        });
    if (!ok)
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
    return ok.ok();
}

} // namespace baton::ui
