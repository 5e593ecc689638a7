#include "EditChecks.h"

#include "baton/edit/EditService.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkGoal(EditWriter& w, const DevelopmentGoal& g)
{
    if (g.targetLevel < kMinLevel || g.targetLevel > kMaxLevel)
        return makeError(ErrorCode::InvalidValue, "A target level is from 1 (aware) to 5 (authority).");
    if (g.mentor && *g.mentor == g.member)
        return makeError(ErrorCode::RuleViolation, "A member cannot mentor themself; choose someone else or no mentor.");
    if (g.startedOn && g.reviewOn && *g.reviewOn < *g.startedOn)
        return makeError(ErrorCode::InvalidValue, "The review date is before the goal starts.");
    if (auto ok = w.requireLive(RecordKind::Member, g.member.str(), "The member"); !ok)
        return ok;
    if (auto ok = w.requireLive(RecordKind::Area, g.area.str(), "The area"); !ok)
        return ok;
    return requireLiveIfSet(w, RecordKind::Member, g.mentor, "The mentor");
}

} // namespace

Edit GoalEdits::addGoal(DevelopmentGoal g)
{
    if (!g.startedOn)
        g.startedOn = m_context.today();
    return addChecked(m_context, "add-goal", std::move(g), "development goal",
                      [](EditWriter& w, const DevelopmentGoal& goal) -> Result<void> {
                          if (auto ok = checkGoal(w, goal); !ok)
                              return ok;
                          const auto now = w.find<Expertise>(goal.member.str() + "/" + goal.area.str());
                          if (now && !now->retracted && goal.targetLevel <= now->level)
                              return makeError(ErrorCode::RuleViolation,
                                               "The target level must be above the member's level now (" +
                                                   std::to_string(now->level) + ").");
                          return {};
                      });
}

Edit GoalEdits::editGoal(DevelopmentGoal g)
{
    return m_context.run("edit-goal", [&](EditWriter& w) -> Result<void> {
        auto before = loadLive<DevelopmentGoal>(w, g.id.str(), "development goal");
        if (!before)
            return before.error();
        g.member = before.value().member; // a goal belongs to one member and one area for good
        g.area = before.value().area;
        if (auto ok = checkGoal(w, g); !ok)
            return ok;
        g.retracted = false;
        w.write(g);
        return {};
    });
}

} // namespace baton::edit
