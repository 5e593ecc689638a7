#include "RecordParser.h"

#include <limits>

#include "baton/domain/PulseScoring.h"
#include "baton/domain/TextRules.h"

namespace baton::exchange {
using namespace baton::domain;
using Need = FieldReader::Need;

namespace {

template <typename T> T makeId(const std::optional<std::string>& s)
{
    return s ? T(*s) : T();
}

template <typename T> std::optional<T> makeOptionalId(const std::optional<std::string>& s)
{
    if (!s)
        return std::nullopt;
    return T(*s);
}

template <typename T> std::vector<T> makeIds(const std::vector<std::string>& ids)
{
    std::vector<T> out;
    out.reserve(ids.size());
    for (const auto& s : ids)
        out.emplace_back(s);
    return out;
}

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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        m.updatedAt = *ts;
    m.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return m;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        a.updatedAt = *ts;
    a.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return a;
}

std::optional<Expertise> parseExpertise(FieldReader& r)
{
    Expertise e;
    e.member = makeId<MemberId>(r.id("member", Need::Required));
    e.area = makeId<AreaId>(r.id("area", Need::Required));
    e.level = r.integer("level", kMinLevel, kMaxLevel, Need::Required).value_or(kMinLevel);
    e.wantsToLearn = r.boolean("wants_to_learn", false);
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        e.updatedAt = *ts;
    e.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return e;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        e.updatedAt = *ts;
    e.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return e;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        i.updatedAt = *ts;
    i.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return i;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        c.updatedAt = *ts;
    c.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return c;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        c.updatedAt = *ts;
    c.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return c;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        g.updatedAt = *ts;
    g.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return g;
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
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        c.updatedAt = *ts;
    c.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return c;
}

/// Two or more distinct member ids at `key`; a repeat is refused at its place.
std::vector<MemberId> parseParties(FieldReader& r, IssueSink& sink)
{
    std::vector<MemberId> parties = makeIds<MemberId>(r.idArray("parties"));
    for (std::size_t k = 0; k < parties.size(); ++k)
        for (std::size_t j = 0; j < k; ++j)
            if (parties[j] == parties[k]) {
                sink.error(r.at("parties") + "/" + std::to_string(k),
                           "member " + parties[k].str() + " is named twice; name each party once");
                r.markFailed();
            }
    if (!r.failed() && parties.size() < 2)
        r.fail("parties", "a conflict needs two or more parties; this one names " + std::to_string(parties.size()));
    return parties;
}

void parseSteps(FieldReader& r, Conflict& c, IssueSink& sink)
{
    const Json* list = r.array("steps", Need::Optional);
    if (!list)
        return;
    for (std::size_t k = 0; k < list->size(); ++k) {
        FieldReader s((*list)[k], r.at("steps") + "/" + std::to_string(k), sink, {"rung", "on", "note"});
        if (!s.isObject()) {
            r.markFailed();
            continue;
        }
        ConflictStep step;
        step.rung = s.integer("rung", 1, std::numeric_limits<int>::max(), Need::Required).value_or(1);
        const auto on = s.date("on", Need::Required);
        step.note = s.text("note", Need::Optional);
        if (on && !c.steps.empty() && *on < c.steps.back().on)
            s.fail("on", "steps are in date order; " + on->toString() + " comes before the step before it, on " +
                             c.steps.back().on.toString());
        if (s.failed() || !on) {
            r.markFailed();
            continue;
        }
        step.on = *on;
        c.steps.push_back(std::move(step));
    }
}

std::optional<Conflict> parseConflict(FieldReader& r, IssueSink& sink)
{
    Conflict c;
    c.id = makeId<ConflictId>(r.id("id", Need::Required));
    c.title = r.text("title", Need::Required, kMaxNameLength);
    c.description = r.text("description", Need::Optional);
    c.parties = parseParties(r, sink);
    c.raisedOn = r.date("raised_on");
    c.status = r.enumeration<ConflictStatus>("status", Need::Required).value_or(ConflictStatus::Open);
    parseSteps(r, c, sink);
    c.resolution = r.text("resolution", Need::Optional);
    c.resolvedOn = r.date("resolved_on");
    c.decision = makeOptionalId<DecisionId>(r.id("decision", Need::Optional));
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        c.updatedAt = *ts;
    c.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return c;
}

std::optional<VoiceItem> parseVoiceItem(FieldReader& r)
{
    VoiceItem v;
    v.id = makeId<VoiceItemId>(r.id("id", Need::Required));
    v.kind = r.enumeration<VoiceKind>("kind", Need::Required).value_or(VoiceKind::Idea);
    v.text = r.text("text", Need::Required);
    v.author = makeOptionalId<MemberId>(r.id("author", Need::Optional));
    v.raisedOn = r.date("raised_on");
    v.status = r.enumeration<VoiceStatus>("status", Need::Required).value_or(VoiceStatus::Open);
    v.response = r.text("response", Need::Optional);
    v.responder = makeOptionalId<MemberId>(r.id("responder", Need::Optional));
    v.initiative = makeOptionalId<InitiativeId>(r.id("initiative", Need::Optional));
    v.decision = makeOptionalId<DecisionId>(r.id("decision", Need::Optional));
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        v.updatedAt = *ts;
    v.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return v;
}

void parseResponses(FieldReader& r, Pulse& p, IssueSink& sink)
{
    const Json* list = r.array("responses", Need::Optional);
    if (!list)
        return;
    for (std::size_t k = 0; k < list->size(); ++k) {
        FieldReader one((*list)[k], r.at("responses") + "/" + std::to_string(k), sink, {"answers"});
        if (!one.isObject()) {
            r.markFailed();
            continue;
        }
        const Json* answers = one.array("answers", Need::Required);
        if (!answers) {
            r.markFailed();
            continue;
        }
        if (answers->size() != kPulseItems) {
            one.fail("answers", "a response answers all seven items; this one has " + std::to_string(answers->size()));
            r.markFailed();
            continue;
        }
        PulseAnswers values{};
        bool ok = true;
        for (std::size_t j = 0; j < kPulseItems; ++j) {
            const Json& a = (*answers)[j];
            if (!a.is_number_integer() || a.get<long long>() < 1 || a.get<long long>() > 7) {
                sink.error(one.at("answers") + "/" + std::to_string(j),
                           "item " + std::to_string(j + 1) + " must be answered with a whole number from 1 to 7");
                ok = false;
                continue;
            }
            values[j] = static_cast<int>(a.get<long long>());
        }
        if (!ok) {
            r.markFailed();
            continue;
        }
        p.responses.push_back(values);
    }
}

std::optional<Pulse> parsePulse(FieldReader& r, IssueSink& sink)
{
    Pulse p;
    p.id = makeId<PulseId>(r.id("id", Need::Required));
    p.title = r.text("title", Need::Optional, kMaxNameLength);
    p.openedOn = r.date("opened_on");
    p.closedOn = r.date("closed_on");
    p.minResponses = r.integer("min_responses", 3, std::numeric_limits<int>::max(), Need::Optional).value_or(5);
    p.responded = makeIds<MemberId>(r.idArray("responded"));
    for (std::size_t k = 0; k < p.responded.size(); ++k)
        for (std::size_t j = 0; j < k; ++j)
            if (p.responded[j] == p.responded[k]) {
                sink.error(r.at("responded") + "/" + std::to_string(k),
                           "member " + p.responded[k].str() + " responded once; they are listed twice");
                r.markFailed();
            }
    parseResponses(r, p, sink);
    if (!r.failed() && !p.responses.empty() && p.responses.size() != p.responded.size())
        r.fail("responses", "there is one response per member who responded: " + std::to_string(p.responded.size()) +
                                " responded, but there are " + std::to_string(p.responses.size()) + " responses");
    if (p.openedOn && p.closedOn && *p.closedOn < *p.openedOn)
        r.fail("closed_on", "a pulse cannot close (" + p.closedOn->toString() + ") before it opened (" +
                                p.openedOn->toString() + ")");
    p.responses = sortedForStorage(std::move(p.responses));
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        p.updatedAt = *ts;
    p.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return p;
}

std::optional<Review> parseReview(FieldReader& r, IssueSink& sink)
{
    Review v;
    v.id = makeId<ReviewId>(r.id("id", Need::Required));
    v.subjectKind =
        r.enumeration<ReviewSubjectKind>("subject_kind", Need::Required).value_or(ReviewSubjectKind::Commitment);
    v.subject = r.id("subject", Need::Required).value_or("");
    v.heldOn = r.date("held_on");
    v.participants = makeIds<MemberId>(r.idArray("participants"));
    v.whatHappened = r.text("what_happened", Need::Optional);
    v.contributingFactors = r.textArray("contributing_factors");
    for (std::size_t k = 0; k < v.contributingFactors.size(); ++k)
        if (isBlank(v.contributingFactors[k])) {
            sink.error(r.at("contributing_factors") + "/" + std::to_string(k),
                       "a contributing factor says what contributed; this one is blank");
            r.markFailed();
        }
    v.whatWeChange = r.text("what_we_change", Need::Optional);
    v.followUps = makeIds<CommitmentId>(r.idArray("follow_ups"));
    if (const auto ts = r.timestamp("updated_at", Need::Required))
        v.updatedAt = *ts;
    v.retracted = r.boolean("retracted", false);
    if (r.failed())
        return std::nullopt;
    return v;
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
