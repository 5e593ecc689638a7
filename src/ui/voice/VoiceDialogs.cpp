#include "voice/VoiceDialogs.h"

#include "common/FormSupport.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/SqliteDecisionCatalog.h"
#include "baton/storage/VoiceItemRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// Decisions offered as a link: the most recent few hundred, newest first; a team file may hold
/// a million, and an item is nearly always about something recent.
constexpr std::size_t kDecisionChoices = 300;

void fillDecisionChoices(QComboBox* combo, TeamSession& session)
{
    combo->addItem(QCoreApplication::translate("RaiseDialog", "No decision"), QString());
    storage::SqliteDecisionCatalog catalog(session.db());
    for (const auto& d : catalog.page(DecisionFilter{}, std::nullopt, kDecisionChoices).rows)
        combo->addItem(toQ(d.title), toQ(d.id.str()));
}

} // namespace

RaiseDialog::RaiseDialog(TeamSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_hasMe(session.me().has_value())
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_initiative(new QComboBox(this))
    , m_decision(new QComboBox(this))
    , m_anonymous(new QCheckBox(tr("Raise &anonymously"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Raise an Idea, Concern or Question"));
    setMinimumWidth(520);
    m_kind->setObjectName(QStringLiteral("voiceKind"));
    m_text->setObjectName(QStringLiteral("voiceText"));
    m_initiative->setObjectName(QStringLiteral("voiceInitiative"));
    m_decision->setObjectName(QStringLiteral("voiceDecision"));
    m_anonymous->setObjectName(QStringLiteral("voiceAnonymous"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_kind->setAccessibleName(tr("Kind"));
    m_text->setAccessibleName(tr("Text"));
    m_initiative->setAccessibleName(tr("Initiative"));
    m_decision->setAccessibleName(tr("Decision"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    fillEnumCombo<VoiceKind>(m_kind);
    fillInitiativePicker(m_initiative, session, tr("No initiative"));
    fillDecisionChoices(m_decision, session);
    auto* explained =
        new QLabel(tr("No one, not even Baton, will know it was you: your name is stored nowhere."), this);
    explained->setObjectName(QStringLiteral("anonymityNote"));
    explained->setWordWrap(true);
    explained->setStyleSheet(QStringLiteral("color: palette(mid);"));
    if (!m_hasMe) { // nobody chosen on this workstation: the item can only be raised without a name
        m_anonymous->setChecked(true);
        m_anonymous->setEnabled(false);
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Text"), m_text);
    form->addRow(tr("&Initiative"), m_initiative);
    form->addRow(tr("&Decision"), m_decision);
    form->addRow(QString(), m_anonymous);
    form->addRow(QString(), explained);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_text, &QPlainTextEdit::textChanged, this, &RaiseDialog::validate);
    validate();
}

VoiceItem RaiseDialog::result() const
{
    VoiceItem v;
    v.id = VoiceItemId(m_session.newId());
    v.kind = enumValue<VoiceKind>(m_kind);
    v.text = toStd(m_text->toPlainText().trimmed());
    v.initiative = pickedInitiative(m_initiative);
    const QString decision = m_decision->currentData().toString();
    if (!decision.isEmpty())
        v.decision = DecisionId(toStd(decision));
    return v;
}

bool RaiseDialog::anonymous() const
{
    return m_anonymous->isChecked();
}

void RaiseDialog::validate()
{
    showProblem(m_buttons, m_problem,
                m_text->toPlainText().trimmed().isEmpty() ? tr("Say what the idea, concern or question is.")
                                                          : QString());
}

RespondDialog::RespondDialog(const VoiceItem& item, QWidget* parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_response(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Respond"));
    setMinimumWidth(480);
    m_status->setObjectName(QStringLiteral("voiceStatus"));
    m_response->setObjectName(QStringLiteral("voiceResponse"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_status->setAccessibleName(tr("Status"));
    m_response->setAccessibleName(tr("Response"));
    m_response->setTabChangesFocus(true);
    for (VoiceStatus s : {VoiceStatus::Acknowledged, VoiceStatus::ActedOn, VoiceStatus::Declined})
        m_status->addItem(displayName(s), static_cast<int>(s));
    if (item.status != VoiceStatus::Open)
        selectEnum(m_status, item.status);
    m_response->setPlainText(toQ(item.response));
    auto* said = new QLabel(toQ(item.text), this);
    said->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(displayName(item.kind), said);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Response"), m_response);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);
    connect(m_response, &QPlainTextEdit::textChanged, this, &RespondDialog::validate);
    validate();
}

VoiceStatus RespondDialog::status() const
{
    return enumValue<VoiceStatus>(m_status);
}

std::string RespondDialog::response() const
{
    return toStd(m_response->toPlainText().trimmed());
}

void RespondDialog::validate()
{
    showProblem(m_buttons, m_problem,
                m_response->toPlainText().trimmed().isEmpty() ? tr("Say what the team's response is.") : QString());
}

bool raiseVoiceItem(TeamSession& session, QWidget* parent)
{
    RaiseDialog dialog(session, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const VoiceItem item = dialog.result();
    const auto ok =
        dialog.anonymous()
            ? session.applyWithoutUndo([&](edit::EditService& e) { return e.voice.raiseAnonymously(item); })
            : session.apply(
                  QCoreApplication::translate("RaiseDialog", "Raise %1").arg(displayName(item.kind).toLower()),
                  [&](edit::EditService& e) { return e.voice.raise(item); });
    if (!ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("RaiseDialog", "Not saved"), toQ(ok.error().message));
        return false;
    }
    return true;
}

bool respondToVoiceItem(TeamSession& session, const VoiceItemId& id, QWidget* parent)
{
    const auto item = storage::VoiceItemRepository(session.db()).find(id);
    if (!item)
        return false;
    RespondDialog dialog(*item, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const auto status = dialog.status();
    const auto response = dialog.response();
    if (auto ok = session.apply(
            QCoreApplication::translate("RespondDialog", "Respond to %1").arg(displayName(item->kind).toLower()),
            [&](edit::EditService& e) { return e.voice.respond(id, status, response); });
        !ok) {
        QMessageBox::warning(parent, QCoreApplication::translate("RespondDialog", "Not saved"),
                             toQ(ok.error().message));
        return false;
    }
    return true;
}

} // namespace baton::ui
