#include "decisions/CharterDefaults.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/domain/CharterRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

CharterDefaults::CharterDefaults(TeamSession& session, Fields fields, const Decision& original, bool isNew,
                                 QObject* parent)
    : QObject(parent)
    , m_rules(session.charterRules())
    , m_fields(fields)
    , m_rule(original.charterRule)
    , m_fallback(original.fallback)
    , m_new(isNew)
    , m_overridden(!isNew) // an existing decision keeps what it has; the rule applied when it was proposed
{
    m_fields.note->setObjectName(QStringLiteral("charterRuleNote"));
    m_fields.note->setWordWrap(true);
    if (isNew) {
        connect(m_fields.areas, &QListWidget::itemChanged, this, &CharterDefaults::apply);
        connect(m_fields.proposedOn, &QDateEdit::dateChanged, this, &CharterDefaults::apply);
        connect(m_fields.method, &QComboBox::currentIndexChanged, this, &CharterDefaults::overrideByHand);
        connect(m_fields.decideBy, &QDateEdit::dateChanged, this, &CharterDefaults::overrideByHand);
        connect(m_fields.hasDecideBy, &QCheckBox::toggled, this, &CharterDefaults::overrideByHand);
        apply();
    }
    showNote();
}

void CharterDefaults::apply()
{
    if (m_overridden)
        return;
    Decision probe;
    probe.status = DecisionStatus::Proposed;
    const Date proposedOn = fromQDate(m_fields.proposedOn->date());
    const CharterRule* rule = matchingDecisionRule(m_rules, checkedAreas(m_fields.areas));
    if (!rule || !applyRule(probe, *rule, proposedOn)) {
        m_rule.reset();
        m_fallback.reset();
        showNote();
        return;
    }
    m_applying = true;
    selectEnum(m_fields.method, probe.method);
    m_fields.hasDecideBy->setChecked(true);
    m_fields.decideBy->setDate(toQDate(*probe.decideBy));
    m_applying = false;
    m_rule = probe.charterRule;
    m_fallback = probe.fallback;
    showNote();
}

void CharterDefaults::overrideByHand()
{
    if (m_applying || m_overridden || !m_rule)
        return;
    m_overridden = true;
    showNote();
}

void CharterDefaults::showNote()
{
    const auto rule =
        std::find_if(m_rules.begin(), m_rules.end(), [&](const CharterRule& r) { return m_rule && r.id == *m_rule; });
    if (rule == m_rules.end()) {
        const bool say = m_new && !m_rules.empty();
        m_fields.note->setText(say ? tr("No charter rule covers these areas.") : QString());
        m_fields.note->setVisible(say);
        return;
    }
    QString text = tr("From the charter: %1").arg(toQ(rule->title));
    if (m_fallback)
        text += QStringLiteral(" — ") + toQ(fallbackText(*m_fallback));
    if (m_new && m_overridden)
        text += tr(" (the method or deadline was changed by hand)");
    m_fields.note->setText(text);
    m_fields.note->setVisible(true);
}

void CharterDefaults::fill(Decision& decision) const
{
    decision.charterRule = m_rule;
    decision.fallback = m_fallback;
}

} // namespace baton::ui
