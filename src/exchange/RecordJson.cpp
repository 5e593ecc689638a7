#include "RecordJson.h"

namespace baton::exchange {
using namespace baton::domain;

namespace {

OrderedJson orNull(const std::optional<Date>& d)
{
    return d ? OrderedJson(d->toString()) : OrderedJson(nullptr);
}
OrderedJson orNull(const std::optional<std::string>& s)
{
    return s ? OrderedJson(*s) : OrderedJson(nullptr);
}

template <typename Tag> OrderedJson orNull(const std::optional<Id<Tag>>& id)
{
    return id ? OrderedJson(id->str()) : OrderedJson(nullptr);
}

template <typename Tag> OrderedJson ids(const std::vector<Id<Tag>>& list)
{
    OrderedJson out = OrderedJson::array();
    for (const auto& id : list)
        out.push_back(id.str());
    return out;
}

} // namespace

OrderedJson toJson(const Member& m)
{
    return {{"id", m.id.str()},
            {"name", m.name},
            {"email", orNull(m.email)},
            {"title", orNull(m.title)},
            {"facilitator", m.facilitator},
            {"joined_on", orNull(m.joinedOn)},
            {"left_on", orNull(m.leftOn)},
            {"updated_at", m.updatedAt.toString()}};
}

OrderedJson toJson(const ExpertiseArea& a)
{
    return {{"id", a.id.str()},
            {"name", a.name},
            {"description", a.description},
            {"parent", orNull(a.parent)},
            {"updated_at", a.updatedAt.toString()}};
}

OrderedJson toJson(const Expertise& e)
{
    return {{"member", e.member.str()},
            {"area", e.area.str()},
            {"level", e.level},
            {"wants_to_learn", e.wantsToLearn},
            {"updated_at", e.updatedAt.toString()}};
}

OrderedJson toJson(const Endorsement& e)
{
    return {{"id", e.id.str()},
            {"endorser", e.endorser.str()},
            {"member", e.member.str()},
            {"area", e.area.str()},
            {"note", e.note},
            {"on", orNull(e.on)},
            {"updated_at", e.updatedAt.toString()}};
}

OrderedJson toJson(const Initiative& i)
{
    OrderedJson stints = OrderedJson::array();
    for (const auto& s : i.leadership)
        stints.push_back({{"member", s.member.str()},
                          {"role", std::string(toString(s.role))},
                          {"from", s.from.toString()},
                          {"to", orNull(s.to)},
                          {"reason", s.reason},
                          {"suggested_rank", s.suggestedRank ? OrderedJson(*s.suggestedRank) : OrderedJson(nullptr)}});
    return {{"id", i.id.str()},
            {"title", i.title},
            {"description", i.description},
            {"status", std::string(toString(i.status))},
            {"started_on", orNull(i.startedOn)},
            {"due_on", orNull(i.dueOn)},
            {"closed_on", orNull(i.closedOn)},
            {"areas", ids(i.areas)},
            {"leadership", std::move(stints)},
            {"updated_at", i.updatedAt.toString()}};
}

OrderedJson toJson(const Contribution& c)
{
    return {{"id", c.id.str()},
            {"initiative", c.initiative.str()},
            {"member", c.member.str()},
            {"description", c.description},
            {"status", std::string(toString(c.status))},
            {"depends_on", ids(c.dependsOn)},
            {"started_on", orNull(c.startedOn)},
            {"done_on", orNull(c.doneOn)},
            {"updated_at", c.updatedAt.toString()}};
}

OrderedJson toJson(const Decision& d)
{
    OrderedJson people = OrderedJson::array();
    for (const auto& p : d.participants)
        people.push_back({{"member", p.member.str()},
                          {"role", std::string(toString(p.role))},
                          {"stance", std::string(toString(p.stance))},
                          {"comment", p.comment},
                          {"advice", p.advice},
                          {"followed", p.followed ? OrderedJson(*p.followed) : OrderedJson(nullptr)}});
    return {{"id", d.id.str()},
            {"title", d.title},
            {"context", d.context},
            {"options", d.options},
            {"outcome", d.outcome},
            {"rationale", d.rationale},
            {"method", std::string(toString(d.method))},
            {"status", std::string(toString(d.status))},
            {"initiative", orNull(d.initiative)},
            {"areas", ids(d.areas)},
            {"proposed_on", orNull(d.proposedOn)},
            {"decide_by", orNull(d.decideBy)},
            {"decided_on", orNull(d.decidedOn)},
            {"review_on", orNull(d.reviewOn)},
            {"accountable", orNull(d.accountable)},
            {"supersedes", orNull(d.supersedes)},
            {"participants", std::move(people)},
            {"fallback", d.fallback ? OrderedJson(std::string(toString(*d.fallback))) : OrderedJson(nullptr)},
            {"charter_rule", orNull(d.charterRule)},
            {"updated_at", d.updatedAt.toString()}};
}

OrderedJson toJson(const Commitment& c)
{
    return {{"id", c.id.str()},
            {"description", c.description},
            {"owner", c.owner.str()},
            {"supporters", ids(c.supporters)},
            {"decision", orNull(c.decision)},
            {"initiative", orNull(c.initiative)},
            {"due_on", orNull(c.dueOn)},
            {"status", std::string(toString(c.status))},
            {"closed_on", orNull(c.closedOn)},
            {"outcome", c.outcome},
            {"updated_at", c.updatedAt.toString()}};
}

OrderedJson toJson(const DevelopmentGoal& g)
{
    return {{"id", g.id.str()},
            {"member", g.member.str()},
            {"area", g.area.str()},
            {"target_level", g.targetLevel},
            {"mentor", orNull(g.mentor)},
            {"started_on", orNull(g.startedOn)},
            {"review_on", orNull(g.reviewOn)},
            {"status", std::string(toString(g.status))},
            {"note", g.note},
            {"updated_at", g.updatedAt.toString()}};
}

OrderedJson toJson(const CharterRule& c)
{
    return {{"id", c.id.str()},
            {"kind", std::string(toString(c.kind))},
            {"title", c.title},
            {"text", c.text},
            {"position", c.position},
            {"areas", ids(c.areas)},
            {"method", c.method ? OrderedJson(std::string(toString(*c.method))) : OrderedJson(nullptr)},
            {"decide_within_days", c.decideWithinDays ? OrderedJson(*c.decideWithinDays) : OrderedJson(nullptr)},
            {"fallback", c.fallback ? OrderedJson(std::string(toString(*c.fallback))) : OrderedJson(nullptr)},
            {"updated_at", c.updatedAt.toString()}};
}

OrderedJson toJson(const Conflict& c)
{
    OrderedJson steps = OrderedJson::array();
    for (const auto& step : c.steps)
        steps.push_back({{"rung", step.rung}, {"on", step.on.toString()}, {"note", step.note}});
    return {{"id", c.id.str()},
            {"title", c.title},
            {"description", c.description},
            {"parties", ids(c.parties)},
            {"raised_on", orNull(c.raisedOn)},
            {"status", std::string(toString(c.status))},
            {"steps", std::move(steps)},
            {"resolution", c.resolution},
            {"resolved_on", orNull(c.resolvedOn)},
            {"decision", orNull(c.decision)},
            {"updated_at", c.updatedAt.toString()}};
}

OrderedJson toJson(const VoiceItem& v)
{
    return {{"id", v.id.str()},
            {"kind", std::string(toString(v.kind))},
            {"text", v.text},
            {"author", orNull(v.author)},
            {"raised_on", orNull(v.raisedOn)},
            {"status", std::string(toString(v.status))},
            {"response", v.response},
            {"responder", orNull(v.responder)},
            {"initiative", orNull(v.initiative)},
            {"decision", orNull(v.decision)},
            {"updated_at", v.updatedAt.toString()}};
}

OrderedJson toJson(const Pulse& p)
{
    // Below min_responses no answer leaves the team file, nor while the pulse is open (two
    // exports around one more answer would pair it with the member who joined `responded`).
    // They go out sorted by their answers, as stored, so their order links none of them.
    OrderedJson responses = OrderedJson::array();
    if (p.closedOn && static_cast<int>(p.responses.size()) >= p.minResponses)
        for (const auto& answers : p.responses)
            responses.push_back({{"answers", answers}});
    return {{"id", p.id.str()},
            {"title", p.title},
            {"opened_on", orNull(p.openedOn)},
            {"closed_on", orNull(p.closedOn)},
            {"min_responses", p.minResponses},
            {"responded", ids(p.responded)},
            {"responses", std::move(responses)},
            {"updated_at", p.updatedAt.toString()}};
}

OrderedJson toJson(const Review& r)
{
    return {{"id", r.id.str()},
            {"subject_kind", std::string(toString(r.subjectKind))},
            {"subject", r.subject},
            {"held_on", orNull(r.heldOn)},
            {"participants", ids(r.participants)},
            {"what_happened", r.whatHappened},
            {"contributing_factors", r.contributingFactors},
            {"what_we_change", r.whatWeChange},
            {"follow_ups", ids(r.followUps)},
            {"updated_at", r.updatedAt.toString()}};
}

} // namespace baton::exchange
