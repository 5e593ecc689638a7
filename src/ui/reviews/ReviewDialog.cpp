#include "reviews/ReviewDialog.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/edit/EditService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

namespace {
QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& hint, int height)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setPlaceholderText(hint);
    box->setTabChangesFocus(true);
    box->setFixedHeight(height);
    return box;
}
} // namespace

ReviewEditor::ReviewEditor(TeamSession& session, Review review, const QString& subject, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(std::move(review))
    , m_participants(new QListWidget(this))
    , m_heldOn(new QDateEdit(this))
    , m_whatHappened(textBox(this, QStringLiteral("whatHappened"), tr("The facts, in order, as the team saw them"), 70))
    , m_factors(textBox(this, QStringLiteral("contributingFactors"),
                        tr("One per line: conditions, pressures, gaps in process or information. Factors, not people."),
                        90))
    , m_change(textBox(this, QStringLiteral("whatWeChange"), tr("What the team will do differently"), 60))
    , m_followUps(new QTableWidget(0, 3, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Shared-Responsibility Review"));
    auto* about = new QLabel(tr("Looking back on %1. This review names what contributed, never who is to blame.")
                                 .arg(subject.toHtmlEscaped()),
                             this);
    about->setWordWrap(true);
    m_participants->setObjectName(QStringLiteral("reviewParticipants"));
    for (const auto& m : session.members()) {
        if (m.retracted || m.hasLeftBy(session.today()))
            continue;
        auto* item = new QListWidgetItem(toQ(m.name), m_participants);
        item->setData(Qt::UserRole, toQ(m.id.str()));
        const auto& in = m_original.participants;
        item->setCheckState(std::find(in.begin(), in.end(), m.id) != in.end() ? Qt::Checked : Qt::Unchecked);
    }
    m_participants->setFixedHeight(100);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDate(toQDate(m_original.heldOn.value_or(session.today())));
    m_whatHappened->setPlainText(toQ(m_original.whatHappened));
    QStringList factors;
    for (const auto& f : m_original.contributingFactors)
        factors << toQ(f);
    m_factors->setPlainText(factors.join(QLatin1Char('\n')));
    m_change->setPlainText(toQ(m_original.whatWeChange));
    m_followUps->setObjectName(QStringLiteral("followUps"));
    m_followUps->setHorizontalHeaderLabels({tr("Follow-up commitment"), tr("Owner"), tr("Due")});
    m_followUps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_followUps->verticalHeader()->hide();
    m_followUps->setFixedHeight(110);
    auto* add = new QPushButton(tr("Add Follow-up"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addFollowUp"));
    connect(add, &QPushButton::clicked, this, [this] { addFollowUp(); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_followUps->currentRow() >= 0)
            m_followUps->removeRow(m_followUps->currentRow());
        validate();
    });
    auto* followButtons = new QHBoxLayout;
    followButtons->addWidget(add);
    followButtons->addWidget(remove);
    followButtons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Held on:"), m_heldOn);
    form->addRow(tr("&Taking part:"), m_participants);
    form->addRow(tr("What &happened:"), m_whatHappened);
    form->addRow(tr("Contributing &factors:"), m_factors);
    form->addRow(tr("What we &change:"), m_change);
    form->addRow(tr("Follow-ups:"), m_followUps);
    form->addRow(QString(), followButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    resize(620, sizeHint().height());
    connect(m_whatHappened, &QPlainTextEdit::textChanged, this, &ReviewEditor::validate);
    connect(m_change, &QPlainTextEdit::textChanged, this, &ReviewEditor::validate);
    connect(m_followUps, &QTableWidget::itemChanged, this, &ReviewEditor::validate);
    validate();
}

void ReviewEditor::addFollowUp(const QString& description)
{
    const int row = m_followUps->rowCount();
    m_followUps->insertRow(row);
    m_followUps->setItem(row, 0, new QTableWidgetItem(description));
    auto* owner = new QComboBox(m_followUps);
    fillMemberPicker(owner, m_session, true);
    selectMember(owner, m_session.me());
    m_followUps->setCellWidget(row, 1, owner);
    auto* due = new QDateEdit(toQDate(m_session.today().addDays(14)), m_followUps);
    due->setCalendarPopup(true);
    m_followUps->setCellWidget(row, 2, due);
    validate();
}

Review ReviewEditor::result() const
{
    Review r = m_original;
    r.heldOn = fromQDate(m_heldOn->date());
    r.participants.clear();
    for (int i = 0; i < m_participants->count(); ++i)
        if (m_participants->item(i)->checkState() == Qt::Checked)
            r.participants.emplace_back(toStd(m_participants->item(i)->data(Qt::UserRole).toString()));
    r.whatHappened = toStd(m_whatHappened->toPlainText().trimmed());
    r.contributingFactors.clear();
    for (const QString& line : m_factors->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            r.contributingFactors.push_back(toStd(line.trimmed()));
    }
    r.whatWeChange = toStd(m_change->toPlainText().trimmed());
    return r;
}

std::vector<Commitment> ReviewEditor::followUps() const
{
    std::vector<Commitment> out;
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        const auto* text = m_followUps->item(row, 0);
        const auto* owner = qobject_cast<QComboBox*>(m_followUps->cellWidget(row, 1));
        const auto* due = qobject_cast<QDateEdit*>(m_followUps->cellWidget(row, 2));
        Commitment c;
        c.id = CommitmentId(m_session.newId());
        c.description = text ? toStd(text->text().trimmed()) : std::string();
        c.owner = (owner ? pickedMember(owner) : std::nullopt).value_or(MemberId());
        if (due)
            c.dueOn = fromQDate(due->date());
        if (m_original.subjectKind == ReviewSubjectKind::Initiative)
            c.initiative = InitiativeId(m_original.subject);
        out.push_back(std::move(c));
    }
    return out;
}

void ReviewEditor::validate()
{
    const Review r = result();
    QString problem;
    if (r.whatHappened.empty())
        problem = tr("Say what happened.");
    else if (r.whatWeChange.empty())
        problem = tr("Say what the team changes.");
    else
        for (int row = 0; row < m_followUps->rowCount(); ++row) {
            const auto* text = m_followUps->item(row, 0);
            if (!text || text->text().trimmed().isEmpty()) {
                problem = tr("Describe follow-up %1, or remove it.").arg(row + 1);
                break;
            }
        }
    showProblem(m_buttons, m_problem, problem);
}

std::optional<ReviewId> holdReview(TeamSession& session, ReviewSubjectKind kind, const std::string& subject,
                                   const QString& label, QWidget* parent)
{
    Review draft;
    draft.id = ReviewId(session.newId());
    draft.subjectKind = kind;
    draft.subject = subject;
    if (const auto me = session.me())
        draft.participants.push_back(*me);
    ReviewEditor editor(session, draft, label, parent);
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    const Review r = editor.result();
    const auto followUps = editor.followUps();
    if (auto ok = session.apply(QObject::tr("Review of %1").arg(label),
                                [&](edit::EditService& e) { return e.reviews.hold(r, followUps); });
        !ok) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
        return std::nullopt;
    }
    return r.id;
}

} // namespace baton::ui
