#include "TrustRecordParser.h"

#include "ParseSupport.h"

#include "baton/domain/PulseScoring.h"
#include "baton/domain/TextRules.h"

#include <limits>

namespace baton::exchange {
using namespace baton::domain;
using Need = FieldReader::Need;

namespace {

/// The member ids at `key`; a repeat is refused at its place, saying `twice`.
std::vector<MemberId> distinctMembers(FieldReader& r, IssueSink& sink, std::string_view key, const char* twice)
{
    std::vector<MemberId> ids = makeIds<MemberId>(r.idArray(key));
    for (std::size_t k = 0; k < ids.size(); ++k)
        for (std::size_t j = 0; j < k; ++j)
            if (ids[j] == ids[k]) {
                sink.error(r.at(key) + "/" + std::to_string(k), "member " + ids[k].str() + twice);
                r.markFailed();
            }
    return ids;
}

/// Two or more distinct member ids.
std::vector<MemberId> parseParties(FieldReader& r, IssueSink& sink)
{
    auto parties = distinctMembers(r, sink, "parties", " is named twice; name each party once");
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

} // namespace

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
    return finished(r, std::move(c));
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
    return finished(r, std::move(v));
}

std::optional<Pulse> parsePulse(FieldReader& r, IssueSink& sink)
{
    Pulse p;
    p.id = makeId<PulseId>(r.id("id", Need::Required));
    p.title = r.text("title", Need::Optional, kMaxNameLength);
    p.openedOn = r.date("opened_on");
    p.closedOn = r.date("closed_on");
    p.minResponses = r.integer("min_responses", 3, std::numeric_limits<int>::max(), Need::Optional).value_or(5);
    p.responded = distinctMembers(r, sink, "responded", " responded once; they are listed twice");
    parseResponses(r, p, sink);
    if (!r.failed() && !p.responses.empty() && p.responses.size() != p.responded.size())
        r.fail("responses", "there is one response per member who responded: " + std::to_string(p.responded.size()) +
                                " responded, but there are " + std::to_string(p.responses.size()) + " responses");
    if (p.openedOn && p.closedOn && *p.closedOn < *p.openedOn)
        r.fail("closed_on", "a pulse cannot close (" + p.closedOn->toString() + ") before it opened (" +
                                p.openedOn->toString() + ")");
    p.responses = sortedForStorage(std::move(p.responses));
    return finished(r, std::move(p));
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
    return finished(r, std::move(v));
}

} // namespace baton::exchange
