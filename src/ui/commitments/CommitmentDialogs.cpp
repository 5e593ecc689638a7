#include "commitments/CommitmentDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "ui_CloseCommitmentDialog.h"
#include "ui_CommitmentEditor.h"

#include "baton/domain/CommitmentRules.h"

#include <QListWidgetItem>

namespace baton::ui {
using namespace baton::domain;

CommitmentEditor::CommitmentEditor(TeamSession& session, Commitment commitment, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommitmentEditor>())
    , m_session(session)
    , m_original(std::move(commitment))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->owner, session, false);
    selectMember(m_ui->owner, m_original.owner.empty() ? std::optional<MemberId>() : std::optional(m_original.owner));
    const Date today = session.today();
    for (const auto& m : session.members()) {
        if (m.hasLeftBy(today))
            continue;
        auto* item = new QListWidgetItem(toQ(m.name), m_ui->supporters);
        item->setData(Qt::UserRole, toQ(m.id.str()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on =
            std::find(m_original.supporters.begin(), m_original.supporters.end(), m.id) != m_original.supporters.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    fillInitiativePicker(m_ui->initiative, session, tr("(no initiative)"));
    selectInitiative(m_ui->initiative, session, m_original.initiative);
    m_ui->description->setText(toQ(m_original.description));
    setOptionalDate(m_ui->hasDue, m_ui->dueOn, m_original.dueOn, today.addDays(14));
    connect(m_ui->description, &QLineEdit::textChanged, this, &CommitmentEditor::validate);
    connect(m_ui->owner, &QComboBox::currentTextChanged, this, &CommitmentEditor::validate);
    connect(m_ui->supporters, &QListWidget::itemChanged, this, &CommitmentEditor::validate);
    setWindowTitle(m_original.description.empty() ? tr("New Commitment") : tr("Edit Commitment"));
    validate();
}

CommitmentEditor::~CommitmentEditor() = default;

Commitment CommitmentEditor::result() const
{
    Commitment c = m_original;
    c.description = toStd(m_ui->description->text().trimmed());
    c.owner = pickedMember(m_ui->owner).value_or(MemberId());
    c.supporters.clear();
    for (int i = 0; i < m_ui->supporters->count(); ++i) {
        const auto* item = m_ui->supporters->item(i);
        if (item->checkState() == Qt::Checked)
            c.supporters.emplace_back(toStd(item->data(Qt::UserRole).toString()));
    }
    c.initiative = pickedInitiative(m_ui->initiative);
    c.dueOn = optionalDate(m_ui->hasDue, m_ui->dueOn);
    return c;
}

void CommitmentEditor::validate()
{
    const Commitment c = result();
    QString problem;
    const Member* owner = c.owner.empty() ? nullptr : m_session.member(c.owner);
    if (!owner)
        problem = tr("Name exactly one owner: the person accountable for this commitment.");
    else if (auto ok = validateNewCommitment(c, *owner, m_session.today());
             !ok && (m_original.owner != c.owner || m_original.description.empty()))
        problem = toQ(ok.error().message);
    else if (c.description.empty())
        problem = tr("Describe what is promised.");
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

CloseCommitmentDialog::CloseCommitmentDialog(TeamSession& session, Commitment commitment, CommitmentStatus status,
                                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CloseCommitmentDialog>())
    , m_commitment(std::move(commitment))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    for (auto s : {CommitmentStatus::Done, CommitmentStatus::Missed, CommitmentStatus::Dropped})
        m_ui->status->addItem(displayName(s), static_cast<int>(s));
    selectEnum(m_ui->status, status);
    m_ui->closedOn->setDate(toQDate(session.today()));
    setWindowTitle(tr("Close: %1").arg(toQ(m_commitment.description)));
    auto check = [this] {
        QString problem;
        attempt(&problem);
        showProblem(m_ui->buttons, m_ui->problem, problem);
    };
    connect(m_ui->status, &QComboBox::currentIndexChanged, this, check);
    connect(m_ui->outcome, &QPlainTextEdit::textChanged, this, check);
    check();
}

CloseCommitmentDialog::~CloseCommitmentDialog() = default;

std::optional<Commitment> CloseCommitmentDialog::attempt(QString* problem) const
{
    Commitment c = m_commitment;
    if (auto ok = closeCommitment(c, enumValue<CommitmentStatus>(m_ui->status), fromQDate(m_ui->closedOn->date()),
                                  toStd(m_ui->outcome->toPlainText().trimmed()));
        !ok) {
        *problem = toQ(ok.error().message);
        return std::nullopt;
    }
    return c;
}

Commitment CloseCommitmentDialog::result() const
{
    QString ignored;
    return attempt(&ignored).value_or(m_commitment);
}

} // namespace baton::ui
