#include "voice/PulseDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/report/VoiceReport.h"
#include "baton/storage/PulseRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

OpenPulseDialog::OpenPulseDialog(TeamSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_minResponses(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open a Pulse"));
    setMinimumWidth(420);
    m_title->setObjectName(QStringLiteral("pulseTitle"));
    m_minResponses->setObjectName(QStringLiteral("pulseMinResponses"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_title->setAccessibleName(tr("Title"));
    m_minResponses->setAccessibleName(tr("Minimum responses"));
    m_minResponses->setRange(3, 999);
    m_minResponses->setValue(5);
    m_title->setText(tr("Pulse of %1").arg(toQDate(session.today()).toString(QStringLiteral("MMMM yyyy"))));
    auto* note = new QLabel(tr("No figure is shown until the pulse is closed with at least this many responses, so "
                               "that no one's answers can be told apart."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Minimum responses"), m_minResponses);
    form->addRow(QString(), note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_title, &QLineEdit::textChanged, this, &OpenPulseDialog::validate);
    validate();
}

Pulse OpenPulseDialog::result() const
{
    Pulse p;
    p.id = PulseId(m_session.newId());
    p.title = toStd(m_title->text().trimmed());
    p.minResponses = m_minResponses->value();
    return p;
}

void OpenPulseDialog::validate()
{
    showProblem(m_buttons, m_problem, m_title->text().trimmed().isEmpty() ? tr("Give the pulse a title.") : QString());
}

PulseAnswerDialog::PulseAnswerDialog(TeamSession& session, const Pulse& pulse, Record record, QWidget* parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_member(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Answer the Pulse"));
    m_member->setObjectName(QStringLiteral("pulseMember"));
    m_member->setAccessibleName(tr("Who you are"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_member->addItem(tr("Choose who you are…"), QString());
    const Date today = session.today();
    for (const auto& m : session.members()) {
        const bool answered = std::find(pulse.responded.begin(), pulse.responded.end(), m.id) != pulse.responded.end();
        if (!m.retracted && !m.hasLeftBy(today) && !answered)
            m_member->addItem(toQ(m.name), toQ(m.id.str()));
    }

    auto* intro = new QLabel(tr("<b>%1</b><br/>How accurately does each statement describe your team? Your answers "
                                "are stored apart from your name, and no figure is shown until the pulse closes with "
                                "enough answers.")
                                 .arg(toQ(pulse.title).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* grid = new QGridLayout;
    const QStringList scale{tr("1\nVery inaccurate"), tr("2"), tr("3"), tr("4\nNeither"), tr("5"), tr("6"),
                            tr("7\nVery accurate")};
    for (int a = 0; a < 7; ++a) {
        auto* head = new QLabel(scale[a], this);
        head->setAlignment(Qt::AlignCenter);
        grid->addWidget(head, 0, a + 1);
    }
    for (std::size_t i = 0; i < kPulseItems; ++i) {
        const int row = static_cast<int>(i) + 1;
        auto* text = new QLabel(QStringLiteral("%1. %2").arg(row).arg(toQ(report::pulseItemTexts()[i])), this);
        text->setWordWrap(true);
        text->setMinimumWidth(320);
        grid->addWidget(text, row, 0);
        m_items[i] = new QButtonGroup(this);
        m_items[i]->setObjectName(QStringLiteral("pulseItem%1").arg(row));
        for (int a = 1; a <= 7; ++a) {
            auto* button = new QRadioButton(this);
            button->setAccessibleName(
                tr("Item %1: %2").arg(row).arg(scale[a - 1].split(QLatin1Char('\n')).join(QStringLiteral(", "))));
            m_items[i]->addButton(button, a);
            grid->addWidget(button, row, a, Qt::AlignCenter);
        }
        connect(m_items[i], &QButtonGroup::idClicked, this, &PulseAnswerDialog::validate);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Who you are"), m_member);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_member, &QComboBox::currentIndexChanged, this, &PulseAnswerDialog::validate);
    validate();
}

int PulseAnswerDialog::answered() const
{
    return static_cast<int>(
        std::count_if(m_items.begin(), m_items.end(), [](const QButtonGroup* g) { return g->checkedId() >= 1; }));
}

void PulseAnswerDialog::validate()
{
    QString problem;
    if (m_member->currentData().toString().isEmpty())
        problem = tr("Choose who you are.");
    else if (answered() < static_cast<int>(kPulseItems))
        problem = tr("Answer all seven statements (%1 of 7 answered).").arg(answered());
    showProblem(m_buttons, m_problem, problem);
}

void PulseAnswerDialog::clear()
{
    for (QButtonGroup* group : m_items) {
        // An exclusive group never lets its checked button go: lift that for a moment.
        group->setExclusive(false);
        for (QAbstractButton* b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    m_member->setCurrentIndex(0);
}

void PulseAnswerDialog::accept()
{
    const QString id = m_member->currentData().toString();
    if (id.isEmpty() || answered() < static_cast<int>(kPulseItems))
        return;
    PulseAnswers answers{};
    for (std::size_t i = 0; i < kPulseItems; ++i)
        answers[i] = m_items[i]->checkedId();
    const QString failure = m_record(MemberId(toStd(id)), answers);
    answers.fill(0);
    if (!failure.isEmpty()) {
        showProblem(m_buttons, m_problem, failure);
        return;
    }
    m_member->removeItem(m_member->currentIndex()); // a member answers once
    clear();
    QDialog::accept();
}

void PulseAnswerDialog::reject()
{
    clear();
    QDialog::reject();
}

bool openPulse(TeamSession& session, QWidget* parent)
{
    OpenPulseDialog dialog(session, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Pulse pulse = dialog.result();
    if (auto ok = session.apply(QCoreApplication::translate("OpenPulseDialog", "Open pulse %1").arg(toQ(pulse.title)),
                                [&](edit::EditService& e) { return e.pulses.open(pulse); });
        !ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("OpenPulseDialog", "Not opened"),
                             toQ(ok.error().message));
        return false;
    }
    return true;
}

bool answerPulse(TeamSession& session, const PulseId& id, QWidget* parent)
{
    auto pulse = storage::PulseRepository(session.db()).find(id);
    if (!pulse || !pulse->isOpen())
        return false;
    pulse->responses.clear(); // only who answered is needed here, never what
    PulseAnswerDialog dialog(
        session, *pulse,
        [&session, id](const MemberId& member, const PulseAnswers& answers) -> QString {
            auto ok = session.applyWithoutUndo(
                [&](edit::EditService& e) { return e.pulses.recordResponse(id, member, answers); });
            return ok ? QString() : toQ(ok.error().message);
        },
        parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace baton::ui
