#include "EditChecks.h"

#include "baton/domain/DependencyGraph.h"
#include "baton/domain/LeadershipRules.h"
#include "baton/domain/TextRules.h"
#include "baton/edit/EditService.h"
#include "baton/storage/InitiativeRepository.h"

namespace baton::edit {
using namespace baton::domain;

namespace {

Result<void> checkInitiativeFields(EditWriter& w, const Initiative& i)
{
    if (auto ok = checkName(i.title, "A title"); !ok)
        return ok;
    if (i.startedOn && i.dueOn && *i.dueOn < *i.startedOn)
        return makeError(ErrorCode::InvalidValue, "The due date is before the start date.");
    if (i.startedOn && i.closedOn && *i.closedOn < *i.startedOn)
        return makeError(ErrorCode::InvalidValue, "The initiative cannot close before it starts.");
    return requireAllLive(w, RecordKind::Area, i.areas, "An area of the initiative");
}

Result<void> checkContribution(EditWriter& w, const Contribution& c)
{
    if (isBlank(c.description))
        return makeError(ErrorCode::InvalidValue, "Say what the contribution is (a description).");
    if (c.startedOn && c.doneOn && *c.doneOn < *c.startedOn)
        return makeError(ErrorCode::InvalidValue, "The contribution cannot be done (" + c.doneOn->toString() +
                                                      ") before it started (" + c.startedOn->toString() + ").");
    if (auto ok = w.requireLive(RecordKind::Initiative, c.initiative.str(), "The initiative"); !ok)
        return ok;
    if (auto ok = w.requireLive(RecordKind::Member, c.member.str(), "The contributor"); !ok)
        return ok;
    if (auto ok = requireAllLive(w, RecordKind::Contribution, c.dependsOn, "A dependency"); !ok)
        return ok;
    DependencyGraph graph;
    for (auto& [id, targets] : storage::InitiativeRepository(w.db()).dependencyEdges())
        graph.setEdges(id, std::move(targets));
    std::vector<std::string> mine;
    for (const auto& d : c.dependsOn)
        mine.push_back(d.str());
    graph.setEdges(c.id.str(), mine);
    if (const auto cycle = graph.findCycle()) {
        std::vector<std::string> named; // descriptions, as the user knows them, not ids
        for (const auto& id : *cycle) {
            std::string name = c.description;
            if (id != c.id.str()) {
                const auto other = w.find<Contribution>(id);
                name = other ? other->description : id;
            }
            named.push_back("“" + name + "”");
        }
        return makeError(ErrorCode::RuleViolation,
                         "These dependencies would make a loop: " + DependencyGraph::describe(named) + ".");
    }
    return {};
}

/// Work under way has a start date and finished work a finish date: when the status says so
/// and the date is missing, it is today.
void stampWorkDates(Contribution& c, Date today)
{
    if (c.status != ContributionStatus::Planned && !c.startedOn)
        c.startedOn = c.doneOn && *c.doneOn < today ? *c.doneOn : today;
    if (c.status == ContributionStatus::Done && !c.doneOn)
        c.doneOn = std::max(today, *c.startedOn);
}

Result<void> checkRank(std::optional<int> rank)
{
    if (rank && *rank < 1)
        return makeError(ErrorCode::InvalidValue, "A suggested rank starts at 1 (the first suggestion).");
    return {};
}

/// Loads the initiative, applies `change` to its leadership, and writes it.
template <typename Change>
Result<void> changeLeadership(EditWriter& w, const InitiativeId& id, const MemberId& member, Change change)
{
    auto initiative = loadLive<Initiative>(w, id.str(), "initiative");
    if (!initiative)
        return initiative.error();
    const auto who = w.liveMember(member);
    if (!who)
        return makeError(ErrorCode::NotFound, "there is no member with id " + member.str() + " in this team");
    Initiative after = initiative.value();
    if (auto ok = change(after, *who); !ok)
        return ok;
    w.write(after);
    return {};
}

} // namespace

Edit InitiativeEdits::addInitiative(Initiative i)
{
    return m_context.run("add-initiative", [&](EditWriter& w) -> Result<void> {
        if (w.find<Initiative>(i.id.str()))
            return makeError(ErrorCode::Conflict, "An initiative with id " + i.id.str() + " already exists.");
        if (auto ok = checkInitiativeFields(w, i); !ok)
            return ok;
        if (auto ok = validateStints(i.leadership); !ok)
            return ok;
        for (const auto& s : i.leadership) {
            if (auto ok = checkRank(s.suggestedRank); !ok)
                return ok;
            const auto who = w.liveMember(s.member);
            if (!who)
                return makeError(ErrorCode::NotFound, "there is no member with id " + s.member.str() + " in this team");
            if (who->hasLeftBy(s.from))
                return makeError(ErrorCode::RuleViolation, who->name + " left the team on " + who->leftOn->toString() +
                                                               " and cannot lead from " + s.from.toString());
        }
        i.retracted = false;
        w.write(i);
        return {};
    });
}

Edit InitiativeEdits::editInitiative(Initiative i)
{
    return m_context.run("edit-initiative", [&](EditWriter& w) -> Result<void> {
        auto before = loadLive<Initiative>(w, i.id.str(), "initiative");
        if (!before)
            return before.error();
        if (auto ok = checkInitiativeFields(w, i); !ok)
            return ok;
        i.leadership = before.value().leadership; // handoffs go through passLead and co-lead intents
        i.retracted = false;
        w.write(i);
        return {};
    });
}

Edit InitiativeEdits::passLead(const InitiativeId& id, const MemberId& next, Date on, std::string reason,
                               std::optional<int> suggestedRank)
{
    return m_context.run("pass-lead", [&](EditWriter& w) {
        return changeLeadership(w, id, next, [&](Initiative& i, const Member& m) -> Result<void> {
            if (auto ok = checkRank(suggestedRank); !ok)
                return ok;
            if (auto ok = domain::passLead(i, m, on, std::move(reason)); !ok)
                return ok;
            i.leadership.back().suggestedRank = suggestedRank;
            return {};
        });
    });
}

Edit InitiativeEdits::addCoLead(const InitiativeId& id, const MemberId& member, Date from, std::string reason,
                                std::optional<int> suggestedRank)
{
    return m_context.run("add-co-lead", [&](EditWriter& w) {
        return changeLeadership(w, id, member, [&](Initiative& i, const Member& m) -> Result<void> {
            for (const auto& s : i.leadership) {
                if (s.member == m.id && s.role == StintRole::CoLead && !s.to)
                    return makeError(ErrorCode::Conflict, m.name + " already co-leads this initiative.");
            }
            if (auto ok = checkRank(suggestedRank); !ok)
                return ok;
            if (auto ok = startStint(i, m, StintRole::CoLead, from, std::move(reason)); !ok)
                return ok;
            i.leadership.back().suggestedRank = suggestedRank;
            return {};
        });
    });
}

Edit InitiativeEdits::endCoLead(const InitiativeId& id, const MemberId& member, Date on)
{
    return m_context.run("end-co-lead", [&](EditWriter& w) {
        return changeLeadership(w, id, member, [&](Initiative& i, const Member& m) -> Result<void> {
            for (auto& s : i.leadership) {
                if (s.member != m.id || s.role != StintRole::CoLead || s.to)
                    continue;
                if (on < s.from)
                    return makeError(ErrorCode::InvalidValue,
                                     m.name + "'s co-lead stint only starts on " + s.from.toString() + ".");
                s.to = on;
                return validateStints(i.leadership);
            }
            return makeError(ErrorCode::NotFound, m.name + " does not co-lead this initiative now.");
        });
    });
}

Edit InitiativeEdits::addContribution(Contribution c)
{
    stampWorkDates(c, m_context.today());
    return addChecked(m_context, "add-contribution", std::move(c), "contribution", checkContribution);
}

Edit InitiativeEdits::editContribution(Contribution c)
{
    return m_context.run("edit-contribution", [&](EditWriter& w) -> Result<void> {
        const auto before = loadLive<Contribution>(w, c.id.str(), "contribution");
        if (!before)
            return before.error();
        // Only a change of status dates the work: editing the words of old, finished work
        // must not claim it started and ended today.
        if (before.value().status != c.status)
            stampWorkDates(c, m_context.today());
        if (auto ok = checkContribution(w, c); !ok)
            return ok;
        c.retracted = false;
        w.write(c);
        return {};
    });
}

} // namespace baton::edit
