#include "RecordParser.h"

#include "ParseSupport.h"
#include "TrustRecordParser.h"

#include <limits>

#include "baton/domain/TextRules.h"

namespace baton::exchange {
using namespace baton::domain;
using Need = FieldReader::Need;

namespace {

std::optional<Member> parseMember(FieldReader& r)
{
    Member m;
    m.id = makeId<MemberId>(r.id("id", Need::Required));
    m.name = r.text("name", Need::Required, kMaxNameLength);
    m.email = r.optionalText("email");
    m.title = r.optionalText("title");
    m.facilitator = r.boolean("facilitator", false);
    m.joinedOn = r.date("joined_on");
    m.leftOn = r.date("left_on");
    return finished(r, std::move(m));
}

std::optional<ExpertiseArea> parseArea(FieldReader& r)
{
    ExpertiseArea a;
    a.id = makeId<AreaId>(r.id("id", Need::Required));
    a.name = r.text("name", Need::Required);
    a.description = r.text("description", Need::Optional);
    a.parent = makeOptionalId<AreaId>(r.id("parent", Need::Optional));
    if (a.parent && *a.parent == a.id)
        r.fail("parent", "an area cannot be its own parent");
    return finished(r, std::move(a));
}

std::optional<Expertise> parseExpertise(FieldReader& r)
{
    Expertise e;
    e.member = makeId<MemberId>(r.id("member", Need::Required));
    e.area = makeId<AreaId>(r.id("area", Need::Required));
    e.level = r.integer("level", kMinLevel, kMaxLevel, Need::Required).value_or(kMinLevel);
    e.wantsToLearn = r.boolean("wants_to_learn", false);
    return finished(r, std::move(e));
}

std::optional<Endorsement> parseEndorsement(FieldReader& r)
{
    Endorsement e;
    e.id = makeId<EndorsementId>(r.id("id", Need::Required));
    e.endorser = makeId<MemberId>(r.id("endorser", Need::Required));
    e.member = makeId<MemberId>(r.id("member", Need::Required));
    e.area = makeId<AreaId>(r.id("area", Need::Required));
    e.note = r.text("note", Need::Optional);
    e.on = r.date("on");
    if (!e.member.empty() && e.member == e.endorser)
        r.fail("endorser", "a member cannot endorse themself");
    return finished(r, std::move(e));
}

void parseStints(FieldReader& r, Initiative& i, IssueSink& sink)
{
    const Json* stints = r.array("leadership", Need::Optional);
    if (!stints)
        return;
    for (std::size_t k = 0; k < stints->size(); ++k) {
        FieldReader s((*stints)[k], r.at("leadership") + "/" + std::to_string(k), sink,
                      {"member", "role", "from", "to", "reason", "suggested_rank"});
        if (!s.isObject()) {
            r.markFailed();
            continue;
        }
        LeadStint st;
        st.member = makeId<MemberId>(s.id("member", Need::Required));
        st.role = s.enumeration<StintRole>("role", Need::Required).value_or(StintRole::Lead);
        st.from = s.date("from", Need::Required).value_or(Date{});
        st.to = s.date("to");
        st.reason = s.text("reason", Need::Optional);
        st.suggestedRank = s.integer("suggested_rank", 1, std::numeric_limits<int>::max(), Need::Optional);
        if (st.to && *st.to < st.from)
            s.fail("to", "the stint ends (" + st.to->toString() + ") before it starts (" + st.from.toString() + ")");
        if (s.failed()) {
            r.markFailed();
            continue;
        }
        i.leadership.push_back(std::move(st));
    }
}

std::optional<Initiative> parseInitiative(FieldReader& r, IssueSink& sink)
{
    Initiative i;
    i.id = makeId<InitiativeId>(r.id("id", Need::Required));
    i.title = r.text("title", Need::Required);
    i.description = r.text("description", Need::Optional);
    i.status = r.enumeration<InitiativeStatus>("status", Need::Required).value_or(InitiativeStatus::Proposed);
    i.startedOn = r.date("started_on");
    i.dueOn = r.date("due_on");
    i.closedOn = r.date("closed_on");
    i.areas = makeIds<AreaId>(r.idArray("areas"));
    parseStints(r, i, sink);
    return finished(r, std::move(i));
}

std::optional<Contribution> parseContribution(FieldReader& r)
{
    Contribution c;
    c.id = makeId<ContributionId>(r.id("id", Need::Required));
    c.initiative = makeId<InitiativeId>(r.id("initiative", Need::Required));
    c.member = makeId<MemberId>(r.id("member", Need::Required));
    c.description = r.text("description", Need::Optional);
    c.status = r.enumeration<ContributionStatus>("status", Need::Required).value_or(ContributionStatus::Planned);
    c.dependsOn = makeIds<ContributionId>(r.idArray("depends_on"));
    c.startedOn = r.date("started_on"); // their order is an edit rule, not the format's (spec: dates)
    c.doneOn = r.date("done_on");
    return finished(r, std::move(c));
}

void parseParticipants(FieldReader& r, Decision& d, IssueSink& sink)
{
    const Json* list = r.array("participants", Need::Optional);
    if (!list)
        return;
    d.participants.reserve(list->size());
    for (std::size_t k = 0; k < list->size(); ++k) {
        FieldReader p((*list)[k], r.at("participants") + "/" + std::to_string(k), sink,
                      {"member", "role", "stance", "comment", "advice", "followed"});
        if (!p.isObject()) {
            r.markFailed();
            continue;
        }
        Participant part;
        part.member = makeId<MemberId>(p.id("member", Need::Required));
        part.role = p.enumeration<ParticipantRole>("role", Need::Required).value_or(ParticipantRole::Consulted);
        part.stance = p.enumeration<Stance>("stance", Need::Optional).value_or(Stance::None);
        part.comment = p.text("comment", Need::Optional);
        part.advice = p.text("advice", Need::Optional);
        part.followed = p.optionalBoolean("followed");
        if (p.failed()) {
            r.markFailed();
            continue;
        }
        d.participants.push_back(std::move(part));
    }
}

std::optional<Decision> parseDecision(FieldReader& r, IssueSink& sink)
{
    Decision d;
    d.id = makeId<DecisionId>(r.id("id", Need::Required));
    d.title = r.text("title", Need::Required);
    d.context = r.text("context", Need::Optional);
    d.options = r.textArray("options");
    d.outcome = r.text("outcome", Need::Optional);
    d.rationale = r.text("rationale", Need::Optional);
    d.method = r.enumeration<DecisionMethod>("method", Need::Required).value_or(DecisionMethod::Consent);
    const auto status = r.enumeration<DecisionStatus>("status", Need::Required);
    d.status = status.value_or(DecisionStatus::Proposed);
    d.initiative = makeOptionalId<InitiativeId>(r.id("initiative", Need::Optional));
    d.areas = makeIds<AreaId>(r.idArray("areas"));
    d.proposedOn = r.date("proposed_on");
    d.decideBy = r.date("decide_by");
    d.decidedOn = r.date("decided_on");
    d.reviewOn = r.date("review_on");
    d.accountable = makeOptionalId<MemberId>(r.id("accountable", Need::Optional));
    d.supersedes = makeOptionalId<DecisionId>(r.id("supersedes", Need::Optional));
    parseParticipants(r, d, sink);
    d.fallback = r.enumeration<DecisionFallback>("fallback", Need::Optional);
    d.charterRule = makeOptionalId<CharterRuleId>(r.id("charter_rule", Need::Optional));
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        d.updatedAt = *ts;
    d.retracted = r.boolean("retracted", false);
    if (status && d.needsAccountable() && !d.accountable)
        r.fail("accountable",
               "a " + std::string(toString(d.status)) + " decision needs exactly one accountable member; name one");
    if (d.supersedes && *d.supersedes == d.id)
        r.fail("supersedes", "a decision cannot supersede itself");
    if (r.failed())
        return std::nullopt;
    return d;
}

std::optional<Commitment> parseCommitment(FieldReader& r)
{
    Commitment c;
    c.id = makeId<CommitmentId>(r.id("id", Need::Required));
    c.description = r.text("description", Need::Required);
    const auto owner = r.id("owner", Need::Required);
    c.owner = makeId<MemberId>(owner);
    c.supporters = makeIds<MemberId>(r.idArray("supporters"));
    c.decision = makeOptionalId<DecisionId>(r.id("decision", Need::Optional));
    c.initiative = makeOptionalId<InitiativeId>(r.id("initiative", Need::Optional));
    c.dueOn = r.date("due_on");
    c.status = r.enumeration<CommitmentStatus>("status", Need::Required).value_or(CommitmentStatus::Open);
    c.closedOn = r.date("closed_on");
    c.outcome = r.text("outcome", Need::Optional);
    return finished(r, std::move(c));
}

std::optional<DevelopmentGoal> parseGoal(FieldReader& r)
{
    DevelopmentGoal g;
    g.id = makeId<GoalId>(r.id("id", Need::Required));
    g.member = makeId<MemberId>(r.id("member", Need::Required));
    g.area = makeId<AreaId>(r.id("area", Need::Required));
    g.targetLevel = r.integer("target_level", kMinLevel, kMaxLevel, Need::Required).value_or(kMinLevel);
    g.mentor = makeOptionalId<MemberId>(r.id("mentor", Need::Optional));
    g.startedOn = r.date("started_on");
    g.reviewOn = r.date("review_on");
    g.status = r.enumeration<GoalStatus>("status", Need::Required).value_or(GoalStatus::Active);
    g.note = r.text("note", Need::Optional);
    if (g.mentor && *g.mentor == g.member)
        r.fail("mentor", "a member cannot mentor themself; name someone else or leave it empty");
    return finished(r, std::move(g));
}

std::optional<CharterRule> parseCharterRule(FieldReader& r)
{
    CharterRule c;
    c.id = makeId<CharterRuleId>(r.id("id", Need::Required));
    c.kind = r.enumeration<CharterRuleKind>("kind", Need::Required).value_or(CharterRuleKind::DecisionRule);
    c.title = r.text("title", Need::Required, kMaxNameLength);
    c.text = r.text("text", Need::Optional);
    c.position = r.integer("position", std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), Need::Optional)
                     .value_or(1);
    c.areas = makeIds<AreaId>(r.idArray("areas"));
    c.method = r.enumeration<DecisionMethod>("method", Need::Optional);
    c.decideWithinDays = r.integer("decide_within_days", 1, std::numeric_limits<int>::max(), Need::Optional);
    c.fallback = r.enumeration<DecisionFallback>("fallback", Need::Optional);
    if (c.kind == CharterRuleKind::ConflictStep && c.position < 1)
        r.fail("position", "a conflict step's rung starts at 1; this one is " + std::to_string(c.position));
    return finished(r, std::move(c));
}

struct ArraySpec {
    RecordArray kind;
    std::string_view key;
    bool required;
    std::initializer_list<std::string_view> known;
};

const ArraySpec kArrays[] = {
    {RecordArray::Members,
     "members",
     true,
     {"id", "name", "email", "title", "facilitator", "joined_on", "left_on", "updated_at", "retracted"}},
    {RecordArray::ExpertiseAreas,
     "expertise_areas",
     true,
     {"id", "name", "description", "parent", "updated_at", "retracted"}},
    {RecordArray::Expertise,
     "expertise",
     true,
     {"member", "area", "level", "wants_to_learn", "updated_at", "retracted"}},
    {RecordArray::Endorsements,
     "endorsements",
     false,
     {"id", "endorser", "member", "area", "note", "on", "updated_at", "retracted"}},
    {RecordArray::Initiatives,
     "initiatives",
     true,
     {"id", "title", "description", "status", "started_on", "due_on", "closed_on", "areas", "leadership", "updated_at",
      "retracted"}},
    {RecordArray::Contributions,
     "contributions",
     false,
     {"id", "initiative", "member", "description", "status", "depends_on", "started_on", "done_on", "updated_at",
      "retracted"}},
    {RecordArray::Decisions,
     "decisions",
     true,
     {"id",          "title",      "context",      "options",     "outcome",      "rationale",  "method",
      "status",      "initiative", "areas",        "proposed_on", "decide_by",    "decided_on", "review_on",
      "accountable", "supersedes", "participants", "fallback",    "charter_rule", "updated_at", "retracted"}},
    {RecordArray::Commitments,
     "commitments",
     true,
     {"id", "description", "owner", "supporters", "decision", "initiative", "due_on", "status", "closed_on", "outcome",
      "updated_at", "retracted"}},
    {RecordArray::DevelopmentGoals,
     "development_goals",
     false,
     {"id", "member", "area", "target_level", "mentor", "started_on", "review_on", "status", "note", "updated_at",
      "retracted"}},
    {RecordArray::CharterRules,
     "charter_rules",
     false,
     {"id", "kind", "title", "text", "position", "areas", "method", "decide_within_days", "fallback", "updated_at",
      "retracted"}},
    {RecordArray::Conflicts,
     "conflicts",
     false,
     {"id", "title", "description", "parties", "raised_on", "status", "steps", "resolution", "resolved_on", "decision",
      "updated_at", "retracted"}},
    {RecordArray::VoiceItems,
     "voice_items",
     false,
     {"id", "kind", "text", "author", "raised_on", "status", "response", "responder", "initiative", "decision",
      "updated_at", "retracted"}},
    {RecordArray::Pulses,
     "pulses",
     false,
     {"id", "title", "opened_on", "closed_on", "min_responses", "responded", "responses", "updated_at", "retracted"}},
    {RecordArray::Reviews,
     "reviews",
     false,
     {"id", "subject_kind", "subject", "held_on", "participants", "what_happened", "contributing_factors",
      "what_we_change", "follow_ups", "updated_at", "retracted"}},
};

const ArraySpec& specOf(RecordArray kind)
{
    return kArrays[static_cast<std::size_t>(kind)];
}

template <typename T> bool keep(std::optional<T> record, std::size_t index, std::vector<Located<T>>& out)
{
    if (!record)
        return false;
    out.push_back({index, std::move(*record)});
    return true;
}

} // namespace

std::string_view arrayKey(RecordArray kind)
{
    return specOf(kind).key;
}

std::optional<RecordArray> recordArrayNamed(std::string_view key)
{
    for (const auto& spec : kArrays) {
        if (spec.key == key)
            return spec.kind;
    }
    return std::nullopt;
}

std::optional<Issue> unreadableFormat(const Json& header)
{
    if (!header.is_object())
        return std::nullopt;
    if (const auto f = header.find("format"); f != header.end() && f->is_string()) {
        const auto& format = f->get_ref<const std::string&>();
        if (!format.empty() && format != "baton-team")
            return Issue{"/format", "\"" + format + "\" is not a Baton team exchange file (expected \"baton-team\")"};
    }
    if (const auto v = header.find("version");
        v != header.end() && v->is_number_integer() && v->get<std::int64_t>() > kFormatVersion) {
        return Issue{"/version", "the file uses exchange format version " + std::to_string(v->get<std::int64_t>()) +
                                     ", written by a newer Baton; this version reads version " +
                                     std::to_string(kFormatVersion) + ". Update Baton to import it"};
    }
    return std::nullopt;
}

bool parseHeader(const Json& header, IssueSink& sink, TeamDraft& draft)
{
    FieldReader top(header, "", sink,
                    {"format", "version", "exported_at", "history_head", "team", "members", "expertise_areas",
                     "expertise", "endorsements", "initiatives", "contributions", "decisions", "commitments",
                     "development_goals", "charter_rules", "conflicts", "voice_items", "pulses", "reviews"});
    if (!top.isObject())
        return false;
    top.text("format", Need::Required);
    if (const auto refused = unreadableFormat(header)) {
        top.fail(refused->where.substr(1), refused->what);
        return false;
    }
    top.integer("version", 1, kFormatVersion, Need::Required);
    top.timestamp("exported_at", Need::Optional);
    if (header.contains("team") && !header["team"].is_null()) {
        FieldReader team(header["team"], "/team", sink, {"name", "description"});
        draft.teamName = team.text("name", Need::Required, kMaxNameLength);
        draft.teamDescription = team.text("description", Need::Optional);
    } else {
        top.fail("team", "is required (an object with the team's name)");
    }
    for (const auto& spec : kArrays) {
        const auto it = header.find(spec.key);
        const std::string pointer = "/" + std::string(spec.key);
        if (it == header.end() || it->is_null()) {
            if (spec.required)
                sink.error(pointer, "is required (an array, which may be empty)");
        } else if (!it->is_array()) {
            sink.error(pointer, "must be an array");
        }
    }
    return true;
}

bool parseRecord(RecordArray kind, const Json& value, std::size_t index, IssueSink& sink, TeamDraft& draft)
{
    const ArraySpec& spec = specOf(kind);
    FieldReader r(value, "/" + std::string(spec.key) + "/" + std::to_string(index), sink, spec.known);
    if (!r.isObject())
        return false;
    switch (kind) {
    case RecordArray::Members:
        return keep(parseMember(r), index, draft.members);
    case RecordArray::ExpertiseAreas:
        return keep(parseArea(r), index, draft.areas);
    case RecordArray::Expertise:
        return keep(parseExpertise(r), index, draft.expertise);
    case RecordArray::Endorsements:
        return keep(parseEndorsement(r), index, draft.endorsements);
    case RecordArray::Initiatives:
        return keep(parseInitiative(r, sink), index, draft.initiatives);
    case RecordArray::Contributions:
        return keep(parseContribution(r), index, draft.contributions);
    case RecordArray::Decisions:
        return keep(parseDecision(r, sink), index, draft.decisions);
    case RecordArray::Commitments:
        return keep(parseCommitment(r), index, draft.commitments);
    case RecordArray::DevelopmentGoals:
        return keep(parseGoal(r), index, draft.goals);
    case RecordArray::CharterRules:
        return keep(parseCharterRule(r), index, draft.charterRules);
    case RecordArray::Conflicts:
        return keep(parseConflict(r, sink), index, draft.conflicts);
    case RecordArray::VoiceItems:
        return keep(parseVoiceItem(r), index, draft.voiceItems);
    case RecordArray::Pulses:
        return keep(parsePulse(r, sink), index, draft.pulses);
    case RecordArray::Reviews:
        return keep(parseReview(r, sink), index, draft.reviews);
    }
    return false;
}

} // namespace baton::exchange
