#include "EditChecks.h"

#include "baton/edit/EditService.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkGoal(EditWriter& w, const DevelopmentGoal& g, Date today)
{
    if (g.targetLevel < kMinLevel || g.targetLevel > kMaxLevel)
        return makeError(ErrorCode::InvalidValue, "A target level is from 1 (aware) to 5 (authority).");
    if (g.mentor && *g.mentor == g.member)
        return makeError(ErrorCode::RuleViolation,
                         "A member cannot mentor themself; choose someone else or no mentor.");
    if (g.startedOn && g.reviewOn && *g.reviewOn < *g.startedOn)
        return makeError(ErrorCode::InvalidValue, "The review date is before the goal starts.");
    if (auto ok = w.requireLive(RecordKind::Member, g.member.str(), "The member"); !ok)
        return ok;
    if (const auto who = w.liveMember(g.member); who && who->hasLeftBy(today) && g.status == GoalStatus::Active)
        return makeError(ErrorCode::RuleViolation, who->name + " has left the team; their goals can only be closed.");
    if (g.mentor)
        if (const auto mentor = w.liveMember(*g.mentor); mentor && mentor->hasLeftBy(today))
            return makeError(ErrorCode::RuleViolation, mentor->name + " has left the team and cannot mentor.");
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
                      [today = m_context.today()](EditWriter& w, const DevelopmentGoal& goal) -> Result<void> {
                          if (auto ok = checkGoal(w, goal, today); !ok)
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
        if (auto ok = checkGoal(w, g, m_context.today()); !ok)
            return ok;
        g.retracted = false;
        w.write(g);
        return {};
    });
}

} // namespace baton::edit
