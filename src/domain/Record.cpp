#include "baton/domain/Record.h"

#include "baton/domain/CanonicalJson.h"

namespace baton::domain {

namespace {

std::optional<std::string> text(const std::optional<Date>& d)
{
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

template <typename Tag> std::optional<std::string> text(const std::optional<Id<Tag>>& id)
{
    return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

template <typename Tag> std::vector<std::string> texts(const std::vector<Id<Tag>>& ids)
{
    std::vector<std::string> out;
    out.reserve(ids.size());
    for (const auto& id : ids)
        out.push_back(id.str());
    return out;
}

/// The fields every record shares; `retracted` is written only when set, so a record that
/// was never retracted reads the same as before retraction existed.
CanonicalObject common(Timestamp updatedAt, bool retracted)
{
    CanonicalObject o;
    o.text("updated_at", updatedAt.toString());
    if (retracted)
        o.boolean("retracted", true);
    return o;
}

} // namespace

std::string canonicalFields(const Member& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("name", r.name).optionalText("email", r.email).optionalText("title", r.title);
    o.boolean("facilitator", r.facilitator)
        .optionalText("joined_on", text(r.joinedOn))
        .optionalText("left_on", text(r.leftOn));
    return o.str();
}

std::string canonicalFields(const ExpertiseArea& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str())
        .text("name", r.name)
        .text("description", r.description)
        .optionalText("parent", text(r.parent));
    return o.str();
}

std::string canonicalFields(const Expertise& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("member", r.member.str()).text("area", r.area.str()).integer("level", r.level);
    o.boolean("wants_to_learn", r.wantsToLearn);
    return o.str();
}

std::string canonicalFields(const Endorsement& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("endorser", r.endorser.str()).text("member", r.member.str());
    o.text("area", r.area.str()).text("note", r.note).optionalText("on", text(r.on));
    return o.str();
}

std::string canonicalFields(const Initiative& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).optionalText("title", r.title).text("description", r.description);
    o.text("status", toString(r.status))
        .optionalText("started_on", text(r.startedOn))
        .optionalText("due_on", text(r.dueOn));
    o.optionalText("closed_on", text(r.closedOn)).texts("areas", texts(r.areas));
    std::vector<std::string> stints;
    for (const auto& s : r.leadership) {
        CanonicalObject st;
        st.text("member", s.member.str()).text("role", toString(s.role)).text("from", s.from.toString());
        st.optionalText("to", text(s.to)).text("reason", s.reason);
        if (s.suggestedRank) // written only when set: older entries keep their exact bytes
            st.integer("suggested_rank", *s.suggestedRank);
        stints.push_back(st.str());
    }
    o.raw("leadership", jsonArray(stints));
    return o.str();
}

std::string canonicalFields(const Contribution& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("initiative", r.initiative.str()).text("member", r.member.str());
    o.text("description", r.description).text("status", toString(r.status)).texts("depends_on", texts(r.dependsOn));
    // Written only when set, so entries from before these fields keep their exact bytes.
    if (r.startedOn)
        o.text("started_on", r.startedOn->toString());
    if (r.doneOn)
        o.text("done_on", r.doneOn->toString());
    return o.str();
}

std::string canonicalFields(const Decision& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).optionalText("title", r.title).text("context", r.context).texts("options", r.options);
    o.text("outcome", r.outcome).text("rationale", r.rationale).text("method", toString(r.method));
    o.text("status", toString(r.status)).optionalText("initiative", text(r.initiative)).texts("areas", texts(r.areas));
    o.optionalText("proposed_on", text(r.proposedOn)).optionalText("decide_by", text(r.decideBy));
    o.optionalText("decided_on", text(r.decidedOn)).optionalText("review_on", text(r.reviewOn));
    o.optionalText("accountable", text(r.accountable)).optionalText("supersedes", text(r.supersedes));
    // The charter fields are written only when set, so entries from before them keep their exact bytes.
    if (r.fallback)
        o.text("fallback", toString(*r.fallback));
    if (r.charterRule)
        o.text("charter_rule", r.charterRule->str());
    std::vector<std::string> participants;
    for (const auto& p : r.participants) {
        CanonicalObject po;
        po.text("member", p.member.str()).text("role", toString(p.role)).text("stance", toString(p.stance));
        po.text("comment", p.comment);
        if (!p.advice.empty()) // written only when set, as above
            po.text("advice", p.advice);
        if (p.followed)
            po.boolean("followed", *p.followed);
        participants.push_back(po.str());
    }
    o.raw("participants", jsonArray(participants));
    return o.str();
}

std::string canonicalFields(const Commitment& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("description", r.description).text("owner", r.owner.str());
    o.texts("supporters", texts(r.supporters)).optionalText("decision", text(r.decision));
    o.optionalText("initiative", text(r.initiative))
        .optionalText("due_on", text(r.dueOn))
        .text("status", toString(r.status));
    o.optionalText("closed_on", text(r.closedOn)).text("outcome", r.outcome);
    return o.str();
}

std::string canonicalFields(const DevelopmentGoal& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("member", r.member.str()).text("area", r.area.str());
    o.integer("target_level", r.targetLevel).optionalText("mentor", text(r.mentor));
    o.optionalText("started_on", text(r.startedOn)).optionalText("review_on", text(r.reviewOn));
    o.text("status", toString(r.status)).text("note", r.note);
    return o.str();
}

std::string canonicalFields(const CharterRule& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("kind", toString(r.kind)).text("title", r.title).text("text", r.text);
    o.integer("position", r.position).texts("areas", texts(r.areas));
    o.optionalText("method", r.method ? std::optional<std::string>(std::string(toString(*r.method))) : std::nullopt);
    if (r.decideWithinDays)
        o.integer("decide_within_days", *r.decideWithinDays);
    else
        o.null("decide_within_days");
    o.optionalText("fallback",
                   r.fallback ? std::optional<std::string>(std::string(toString(*r.fallback))) : std::nullopt);
    return o.str();
}

std::string canonicalFields(const Conflict& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("title", r.title).text("description", r.description);
    o.texts("parties", texts(r.parties)).optionalText("raised_on", text(r.raisedOn));
    o.text("status", toString(r.status));
    std::vector<std::string> steps;
    for (const auto& step : r.steps) {
        CanonicalObject s;
        s.integer("rung", step.rung).text("on", step.on.toString()).text("note", step.note);
        steps.push_back(s.str());
    }
    o.raw("steps", jsonArray(steps));
    o.text("resolution", r.resolution).optionalText("resolved_on", text(r.resolvedOn));
    o.optionalText("decision", text(r.decision));
    return o.str();
}

std::string canonicalFields(const VoiceItem& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("kind", toString(r.kind)).text("text", r.text);
    o.optionalText("author", text(r.author)).optionalText("raised_on", text(r.raisedOn));
    o.text("status", toString(r.status)).text("response", r.response).optionalText("responder", text(r.responder));
    o.optionalText("initiative", text(r.initiative)).optionalText("decision", text(r.decision));
    return o.str();
}

std::string canonicalFields(const Pulse& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("title", r.title).optionalText("opened_on", text(r.openedOn));
    o.optionalText("closed_on", text(r.closedOn)).integer("min_responses", r.minResponses);
    o.texts("responded", texts(r.responded));
    std::vector<std::string> responses;
    const bool settled = r.closedOn && static_cast<int>(r.responses.size()) >= r.minResponses;
    if (settled) {
        for (const auto& answers : r.responses) {
            std::vector<std::string> values;
            for (int a : answers)
                values.push_back(std::to_string(a));
            CanonicalObject one;
            one.raw("answers", jsonArray(values));
            responses.push_back(one.str());
        }
    }
    o.raw("responses", jsonArray(responses));
    return o.str();
}

std::string canonicalFields(const Review& r)
{
    CanonicalObject o = common(r.updatedAt, r.retracted);
    o.text("id", r.id.str()).text("subject_kind", toString(r.subjectKind)).text("subject", r.subject);
    o.optionalText("held_on", text(r.heldOn)).texts("participants", texts(r.participants));
    o.text("what_happened", r.whatHappened).texts("contributing_factors", r.contributingFactors);
    o.text("what_we_change", r.whatWeChange).texts("follow_ups", texts(r.followUps));
    return o.str();
}

std::string canonicalFields(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return canonicalFields(v); }, r);
}

namespace {
using References = std::vector<std::pair<RecordKind, std::string>>;

template <typename Tag> void add(References& out, RecordKind kind, const Id<Tag>& id)
{
    if (!id.empty())
        out.emplace_back(kind, id.str());
}

template <typename Tag> void add(References& out, RecordKind kind, const std::optional<Id<Tag>>& id)
{
    if (id)
        add(out, kind, *id);
}

template <typename Tag> void add(References& out, RecordKind kind, const std::vector<Id<Tag>>& ids)
{
    for (const auto& id : ids)
        add(out, kind, id);
}

References refs(const Member&)
{
    return {};
}
References refs(const ExpertiseArea& a)
{
    References out;
    add(out, RecordKind::Area, a.parent);
    return out;
}
References refs(const Expertise& e)
{
    References out;
    add(out, RecordKind::Member, e.member);
    add(out, RecordKind::Area, e.area);
    return out;
}
References refs(const Endorsement& e)
{
    References out;
    add(out, RecordKind::Member, e.endorser);
    add(out, RecordKind::Member, e.member);
    add(out, RecordKind::Area, e.area);
    return out;
}
References refs(const Initiative& i)
{
    References out;
    add(out, RecordKind::Area, i.areas);
    for (const auto& s : i.leadership)
        add(out, RecordKind::Member, s.member);
    return out;
}
References refs(const Contribution& c)
{
    References out;
    add(out, RecordKind::Initiative, c.initiative);
    add(out, RecordKind::Member, c.member);
    add(out, RecordKind::Contribution, c.dependsOn);
    return out;
}
References refs(const Decision& d)
{
    References out;
    add(out, RecordKind::Initiative, d.initiative);
    add(out, RecordKind::Area, d.areas);
    add(out, RecordKind::Member, d.accountable);
    add(out, RecordKind::Decision, d.supersedes);
    add(out, RecordKind::CharterRule, d.charterRule);
    for (const auto& p : d.participants)
        add(out, RecordKind::Member, p.member);
    return out;
}
References refs(const Commitment& c)
{
    References out;
    add(out, RecordKind::Member, c.owner);
    add(out, RecordKind::Member, c.supporters);
    add(out, RecordKind::Decision, c.decision);
    add(out, RecordKind::Initiative, c.initiative);
    return out;
}
References refs(const DevelopmentGoal& g)
{
    References out;
    add(out, RecordKind::Member, g.member);
    add(out, RecordKind::Area, g.area);
    add(out, RecordKind::Member, g.mentor);
    return out;
}
References refs(const CharterRule& c)
{
    References out;
    add(out, RecordKind::Area, c.areas);
    return out;
}
References refs(const Conflict& c)
{
    References out;
    add(out, RecordKind::Member, c.parties);
    add(out, RecordKind::Decision, c.decision);
    return out;
}
References refs(const VoiceItem& v)
{
    References out;
    add(out, RecordKind::Member, v.author);
    add(out, RecordKind::Member, v.responder);
    add(out, RecordKind::Initiative, v.initiative);
    add(out, RecordKind::Decision, v.decision);
    return out;
}
References refs(const Pulse& p)
{
    References out;
    add(out, RecordKind::Member, p.responded);
    return out;
}
References refs(const Review& r)
{
    References out;
    static constexpr RecordKind kSubject[] = {RecordKind::Commitment, RecordKind::Initiative, RecordKind::Decision};
    if (!r.subject.empty())
        out.emplace_back(kSubject[static_cast<int>(r.subjectKind)], r.subject);
    add(out, RecordKind::Member, r.participants);
    add(out, RecordKind::Commitment, r.followUps);
    return out;
}
} // namespace

std::vector<std::pair<RecordKind, std::string>> referencesOf(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return refs(v); }, r);
}

RecordKind kindOf(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return RecordTraits<std::decay_t<decltype(v)>>::kKind; }, r);
}

std::string keyOf(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return RecordTraits<std::decay_t<decltype(v)>>::key(v); }, r);
}

std::string labelOf(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return RecordTraits<std::decay_t<decltype(v)>>::label(v); }, r);
}

Timestamp updatedAtOf(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return v.updatedAt; }, r);
}

void setUpdatedAt(AnyRecord& r, Timestamp at)
{
    std::visit([at](auto& v) { v.updatedAt = at; }, r);
}

bool isRetracted(const AnyRecord& r)
{
    return std::visit([](const auto& v) { return v.retracted; }, r);
}

void setRetracted(AnyRecord& r, bool retracted)
{
    std::visit([retracted](auto& v) { v.retracted = retracted; }, r);
}

} // namespace baton::domain
