#include "charter/CharterRuleDialog.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/domain/CharterRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {

/// The position after the last live rule of `kind`.
int nextPosition(const std::vector<CharterRule>& rules, CharterRuleKind kind)
{
    int last = 0;
    for (const auto& r : rules) {
        if (!r.retracted && r.kind == kind)
            last = std::max(last, r.position);
    }
    return last + 1;
}

} // namespace

CharterRuleDialog::CharterRuleDialog(TeamSession& session, CharterRule rule, bool isNew,
                                     std::vector<CharterRule> existing, QWidget* parent)
    : QDialog(parent)
    , m_original(std::move(rule))
    , m_new(isNew)
    , m_existing(std::move(existing))
    , m_kind(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_positionLabel(new QLabel(this))
    , m_position(new QSpinBox(this))
    , m_decisionPart(new QWidget(this))
    , m_areas(new QListWidget(m_decisionPart))
    , m_method(new QComboBox(m_decisionPart))
    , m_days(new QSpinBox(m_decisionPart))
    , m_fallback(new QComboBox(m_decisionPart))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add Charter Rule") : tr("Edit Charter Rule"));
    setMinimumWidth(520);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_kind->setObjectName(QStringLiteral("ruleKind"));
    m_title->setObjectName(QStringLiteral("ruleTitle"));
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_position->setObjectName(QStringLiteral("rulePosition"));
    m_decisionPart->setObjectName(QStringLiteral("decisionPart"));
    m_areas->setObjectName(QStringLiteral("ruleAreas"));
    m_method->setObjectName(QStringLiteral("ruleMethod"));
    m_days->setObjectName(QStringLiteral("ruleDays"));
    m_fallback->setObjectName(QStringLiteral("ruleFallback"));
    m_kind->setAccessibleName(tr("Kind"));
    m_title->setAccessibleName(tr("Title"));
    m_text->setAccessibleName(tr("What it means"));
    m_position->setAccessibleName(tr("Order"));
    m_areas->setAccessibleName(tr("Areas"));
    m_method->setAccessibleName(tr("Default method"));
    m_days->setAccessibleName(tr("Decide within (days)"));
    m_fallback->setAccessibleName(tr("Fallback"));

    fillEnumCombo<CharterRuleKind>(m_kind);
    fillEnumCombo<DecisionMethod>(m_method);
    fillEnumCombo<DecisionFallback>(m_fallback);
    fillAreaChecklist(m_areas, session, m_original.areas);
    m_areas->setMaximumHeight(120);
    m_areas->setToolTip(tr("Tick none for a rule that covers every area"));
    m_position->setRange(1, 999);
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days"));
    selectEnum(m_kind, m_original.kind);
    m_title->setText(toQ(m_original.title));
    m_text->setPlainText(toQ(m_original.text));
    m_text->setMaximumHeight(90);
    m_position->setValue(isNew ? nextPosition(m_existing, m_original.kind) : m_original.position);
    selectEnum(m_method, m_original.method.value_or(DecisionMethod::Consent));
    m_days->setValue(m_original.decideWithinDays.value_or(14));
    selectEnum(m_fallback, m_original.fallback.value_or(DecisionFallback::AccountableDecides));

    auto* decisionForm = new QFormLayout(m_decisionPart);
    decisionForm->setContentsMargins(0, 0, 0, 0);
    decisionForm->addRow(tr("A&reas (none: every area)"), m_areas);
    decisionForm->addRow(tr("Default &method"), m_method);
    decisionForm->addRow(tr("&Decide within"), m_days);
    decisionForm->addRow(tr("When the deadline &passes"), m_fallback);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&What it means"), m_text);
    form->addRow(m_positionLabel, m_position);
    m_positionLabel->setBuddy(m_position);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_decisionPart);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setupFormDialog(this, m_buttons, m_problem);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CharterRuleDialog::kindChanged);
    connect(m_title, &QLineEdit::textChanged, this, &CharterRuleDialog::validate);
    connect(m_position, &QSpinBox::valueChanged, this, &CharterRuleDialog::validate);
    connect(m_days, &QSpinBox::valueChanged, this, &CharterRuleDialog::validate);
    kindChanged();
}

void CharterRuleDialog::kindChanged()
{
    const auto kind = enumValue<CharterRuleKind>(m_kind);
    m_decisionPart->setVisible(kind == CharterRuleKind::DecisionRule);
    m_positionLabel->setText(kind == CharterRuleKind::ConflictStep ? tr("&Rung") : tr("&Order"));
    m_position->setAccessibleName(kind == CharterRuleKind::ConflictStep ? tr("Rung") : tr("Order"));
    if (m_new)
        m_position->setValue(nextPosition(m_existing, kind));
    adjustSize();
    validate();
}

CharterRule CharterRuleDialog::result() const
{
    CharterRule r = m_original;
    r.kind = enumValue<CharterRuleKind>(m_kind);
    r.title = toStd(m_title->text().trimmed());
    r.text = toStd(m_text->toPlainText().trimmed());
    r.position = m_position->value();
    if (r.kind == CharterRuleKind::DecisionRule) {
        r.areas = checkedAreas(m_areas);
        r.method = enumValue<DecisionMethod>(m_method);
        r.decideWithinDays = m_days->value();
        r.fallback = enumValue<DecisionFallback>(m_fallback);
    } else {
        r.areas.clear();
        r.method.reset();
        r.decideWithinDays.reset();
        r.fallback.reset();
    }
    return r;
}

QString CharterRuleDialog::problem() const
{
    const auto problems = charterRuleProblems(result());
    if (problems.empty())
        return {};
    QString first = toQ(problems.front());
    first[0] = first[0].toUpper();
    return first + QLatin1Char('.');
}

void CharterRuleDialog::validate()
{
    showProblem(m_buttons, m_problem, problem());
}

std::optional<CharterRuleId> addCharterRule(TeamSession& session, CharterRuleKind kind, QWidget* parent)
{
    CharterRule draft;
    draft.id = CharterRuleId(session.newId());
    draft.kind = kind;
    CharterRuleDialog dialog(session, draft, true, session.charterRules(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const CharterRule rule = dialog.result();
    if (auto ok = session.apply(QObject::tr("Add charter rule “%1”").arg(toQ(rule.title)),
                                [&](edit::EditService& e) { return e.charter.addRule(rule); });
        !ok) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
        return std::nullopt;
    }
    return rule.id;
}

bool editCharterRule(TeamSession& session, const CharterRuleId& id, QWidget* parent)
{
    const auto rules = session.charterRules();
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const CharterRule& r) { return r.id == id; });
    if (it == rules.end())
        return false;
    CharterRuleDialog dialog(session, *it, false, rules, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CharterRule rule = dialog.result();
    if (auto ok = session.apply(QObject::tr("Edit charter rule “%1”").arg(toQ(it->title)),
                                [&](edit::EditService& e) { return e.charter.editRule(rule); });
        !ok) {
        QMessageBox::warning(parent, QObject::tr("Not saved"), toQ(ok.error().message));
        return false;
    }
    return true;
}

} // namespace baton::ui
