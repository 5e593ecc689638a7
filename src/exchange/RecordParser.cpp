#include "RecordParser.h"

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
                      {"member", "role", "from", "to", "reason"});
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
                      {"member", "role", "stance", "comment"});
        if (!p.isObject()) {
            r.markFailed();
            continue;
        }
        Participant part;
        part.member = makeId<MemberId>(p.id("member", Need::Required));
        part.role = p.enumeration<ParticipantRole>("role", Need::Required).value_or(ParticipantRole::Consulted);
        part.stance = p.enumeration<Stance>("stance", Need::Optional).value_or(Stance::None);
        part.comment = p.text("comment", Need::Optional);
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

/// Reads one array of records with `parse`, which takes a FieldReader (and the sink when
/// it reads nested objects).
template <typename T, typename Parse>
void readArray(const Json& root, std::string_view key, bool required, std::initializer_list<std::string_view> known,
               IssueSink& sink, std::vector<Located<T>>& out, Parse parse)
{
    const auto it = root.find(key);
    const std::string pointer = "/" + std::string(key);
    if (it == root.end() || it->is_null()) {
        if (required)
            sink.error(pointer, "is required (an array, which may be empty)");
        return;
    }
    if (!it->is_array()) {
        sink.error(pointer, "must be an array");
        return;
    }
    out.reserve(it->size());
    for (std::size_t i = 0; i < it->size(); ++i) {
        FieldReader reader((*it)[i], pointer + "/" + std::to_string(i), sink, known);
        if (!reader.isObject())
            continue;
        if (auto record = parse(reader))
            out.push_back({i, std::move(*record)});
    }
}

} // namespace

TeamDraft parseTeamDocument(const Json& root, IssueSink& sink)
{
    TeamDraft draft;
    FieldReader top(root, "", sink,
                    {"format", "version", "exported_at", "history_head", "team", "members", "expertise_areas",
                     "expertise", "endorsements", "initiatives", "contributions", "decisions", "commitments"});
    if (!top.isObject())
        return draft;
    const std::string format = top.text("format", Need::Required);
    if (!format.empty() && format != "baton-team") {
        top.fail("format", "\"" + format + "\" is not a Baton team exchange file (expected \"baton-team\")");
        return draft;
    }
    if (const auto* v = root.contains("version") ? &root["version"] : nullptr;
        v && v->is_number_integer() && v->get<std::int64_t>() > kFormatVersion) {
        top.fail("version", "the file uses exchange format version " + std::to_string(v->get<std::int64_t>()) +
                                ", written by a newer Baton; this version reads version " +
                                std::to_string(kFormatVersion) + ". Update Baton to import it");
        return draft;
    }
    top.integer("version", 1, kFormatVersion, Need::Required);
    top.timestamp("exported_at", Need::Optional);
    if (root.contains("team") && !root["team"].is_null()) {
        FieldReader team(root["team"], "/team", sink, {"name", "description"});
        draft.teamName = team.text("name", Need::Required, kMaxNameLength);
        draft.teamDescription = team.text("description", Need::Optional);
    } else {
        top.fail("team", "is required (an object with the team's name)");
    }

    readArray(root, "members", true,
              {"id", "name", "email", "title", "facilitator", "joined_on", "left_on", "updated_at", "retracted"}, sink,
              draft.members, parseMember);
    readArray(root, "expertise_areas", true, {"id", "name", "description", "parent", "updated_at", "retracted"}, sink,
              draft.areas, parseArea);
    readArray(root, "expertise", true, {"member", "area", "level", "wants_to_learn", "updated_at", "retracted"}, sink,
              draft.expertise, parseExpertise);
    readArray(root, "endorsements", false,
              {"id", "endorser", "member", "area", "note", "on", "updated_at", "retracted"}, sink, draft.endorsements,
              parseEndorsement);
    readArray(root, "initiatives", true,
              {"id", "title", "description", "status", "started_on", "due_on", "closed_on", "areas", "leadership",
               "updated_at", "retracted"},
              sink, draft.initiatives, [&](FieldReader& r) { return parseInitiative(r, sink); });
    readArray(root, "contributions", false,
              {"id", "initiative", "member", "description", "status", "depends_on", "updated_at", "retracted"}, sink,
              draft.contributions, parseContribution);
    readArray(root, "decisions", true,
              {"id", "title", "context", "options", "outcome", "rationale", "method", "status", "initiative", "areas",
               "proposed_on", "decide_by", "decided_on", "review_on", "accountable", "supersedes", "participants",
               "updated_at", "retracted"},
              sink, draft.decisions, [&](FieldReader& r) { return parseDecision(r, sink); });
    readArray(root, "commitments", true,
              {"id", "description", "owner", "supporters", "decision", "initiative", "due_on", "status", "closed_on",
               "outcome", "updated_at", "retracted"},
              sink, draft.commitments, parseCommitment);
    return draft;
}

} // namespace baton::exchange
