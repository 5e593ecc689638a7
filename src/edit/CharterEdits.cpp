#include "EditChecks.h"

#include "baton/domain/CharterRules.h"
#include "baton/edit/EditService.h"

#include <cctype>

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkRule(EditWriter& w, const CharterRule& rule)
{
    if (const auto problems = charterRuleProblems(rule); !problems.empty()) {
        std::string what = problems.front();
        what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
        return makeError(ErrorCode::InvalidValue, what + ".");
    }
    for (const auto& area : rule.areas)
        if (auto ok = w.requireLive(RecordKind::Area, area.str(), "The area"); !ok)
            return ok;
    return {};
}

/// Only a decision rule keeps areas, a method, a deadline and a fallback.
void dropDecisionFields(CharterRule& rule)
{
    if (rule.kind == CharterRuleKind::DecisionRule)
        return;
    rule.areas.clear();
    rule.method.reset();
    rule.decideWithinDays.reset();
    rule.fallback.reset();
}

} // namespace

Edit CharterEdits::addRule(CharterRule rule)
{
    dropDecisionFields(rule);
    return addChecked(m_context, "add-charter-rule", std::move(rule), "charter rule", checkRule);
}

Edit CharterEdits::editRule(CharterRule rule)
{
    dropDecisionFields(rule);
    return editChecked(m_context, "edit-charter-rule", std::move(rule), "charter rule", checkRule);
}

} // namespace baton::edit
