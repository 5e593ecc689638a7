#include "people/PeopleDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "ui_EndorsementDialog.h"
#include "ui_MemberEditor.h"

#include "baton/domain/TextRules.h"

namespace baton::ui {
using namespace baton::domain;

MemberEditor::MemberEditor(TeamSession& session, Member member, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberEditor>())
    , m_session(session)
    , m_original(std::move(member))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    m_ui->name->setText(toQ(m_original.name));
    m_ui->email->setText(toQ(m_original.email.value_or("")));
    m_ui->title->setText(toQ(m_original.title.value_or("")));
    m_ui->title->setToolTip(tr("The formal job title. In Baton, leadership follows expertise, not titles."));
    m_ui->facilitator->setChecked(m_original.facilitator);
    const Date today = session.today();
    setOptionalDate(m_ui->hasJoined, m_ui->joinedOn, m_original.joinedOn, today);
    setOptionalDate(m_ui->hasLeft, m_ui->leftOn, m_original.leftOn, today);
    for (QLineEdit* e : {m_ui->name, m_ui->email})
        connect(e, &QLineEdit::textChanged, this, &MemberEditor::validate);
    for (QCheckBox* c : {m_ui->hasJoined, m_ui->hasLeft})
        connect(c, &QCheckBox::toggled, this, &MemberEditor::validate);
    connect(m_ui->joinedOn, &QDateEdit::dateChanged, this, &MemberEditor::validate);
    connect(m_ui->leftOn, &QDateEdit::dateChanged, this, &MemberEditor::validate);
    setWindowTitle(m_original.name.empty() ? tr("New Member") : tr("Edit Member"));
    validate();
}

MemberEditor::~MemberEditor() = default;

Member MemberEditor::result() const
{
    Member m = m_original;
    m.name = toStd(m_ui->name->text().trimmed());
    const QString email = m_ui->email->text().trimmed();
    m.email = email.isEmpty() ? std::nullopt : std::optional(toStd(email));
    const QString title = m_ui->title->text().trimmed();
    m.title = title.isEmpty() ? std::nullopt : std::optional(toStd(title));
    m.facilitator = m_ui->facilitator->isChecked();
    m.joinedOn = optionalDate(m_ui->hasJoined, m_ui->joinedOn);
    m.leftOn = optionalDate(m_ui->hasLeft, m_ui->leftOn);
    return m;
}

void MemberEditor::validate()
{
    const Member m = result();
    QString problem;
    if (m.name.empty())
        problem = tr("A member needs a name.");
    else if (codePointCount(m.name) > kMaxNameLength)
        problem = tr("The name is longer than 200 characters.");
    else if (m.joinedOn && m.leftOn && *m.leftOn < *m.joinedOn)
        problem = tr("The member cannot leave before joining.");
    else if (m.email) {
        for (const auto& other : m_session.members()) {
            if (other.id != m.id && other.email && foldCase(*other.email) == foldCase(*m.email))
                problem = tr("%1 already uses this email.").arg(toQ(other.name));
        }
    }
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

EndorsementDialog::EndorsementDialog(TeamSession& session, const MemberId& endorser,
                                     const std::optional<MemberId>& member, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndorsementDialog>())
    , m_session(session)
    , m_endorser(endorser)
    , m_id(session.newId())
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->member, session, true);
    selectMember(m_ui->member, member);
    fillAreaPicker(m_ui->area, session);
    setWindowTitle(tr("Endorse, as %1").arg(session.memberName(endorser)));
    connect(m_ui->member, &QComboBox::currentTextChanged, this, &EndorsementDialog::validate);
    connect(m_ui->area, &QComboBox::currentTextChanged, this, &EndorsementDialog::validate);
    validate();
}

EndorsementDialog::~EndorsementDialog() = default;

Endorsement EndorsementDialog::result() const
{
    Endorsement e;
    e.id = m_id;
    e.endorser = m_endorser;
    e.member = pickedMember(m_ui->member).value_or(MemberId());
    e.area = pickedArea(m_ui->area).value_or(AreaId());
    e.note = toStd(m_ui->note->text().trimmed());
    e.on = m_session.today();
    return e;
}

void EndorsementDialog::validate()
{
    QString problem;
    const auto member = pickedMember(m_ui->member);
    if (!member)
        problem = tr("Pick the member you endorse.");
    else if (*member == m_endorser)
        problem = tr("Members cannot endorse themselves; ask a peer.");
    else if (!pickedArea(m_ui->area))
        problem = tr("Pick the expertise area.");
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

} // namespace baton::ui
