#include "SyntheticTeam.h"

#include <array>
#include <cstdio>

namespace baton::bench {
using namespace baton::domain;

namespace {

constexpr std::array<const char*, 16> kVerbs{"Adopt",    "Retire",   "Pilot",     "Standardise", "Pause",   "Expand",
                                             "Simplify", "Automate", "Outsource", "Rewrite",     "Measure", "Document",
                                             "Migrate",  "Share",    "Review",    "Replace"};
constexpr std::array<const char*, 24> kNouns{"the pricing page",       "weekly demos",        "the onboarding email",
                                             "churn reporting",        "the design system",   "feature flags",
                                             "the release train",      "customer interviews", "the analytics warehouse",
                                             "on-call rotation",       "the help centre",     "accessibility audits",
                                             "the mobile checkout",    "A/B testing",         "the roadmap review",
                                             "invoice exports",        "the partner API",     "search ranking",
                                             "the style guide",        "sprint planning",     "incident reviews",
                                             "the referral programme", "data retention",      "localisation"};
constexpr std::array<const char*, 8> kReasons{"customers asked for it in three interviews",
                                              "the numbers from last quarter point this way",
                                              "it halves the time the team spends on hand-offs",
                                              "the risk is small and easy to undo",
                                              "legal needs it before the next audit",
                                              "the current approach no longer scales past ten teams",
                                              "support tickets doubled since the last release",
                                              "it lets the analyst's numbers feed the copy directly"};

/// SplitMix64: a cheap, well-mixed hash so record i always gets the same "random" values.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

Timestamp stamp(std::size_t i)
{
    return Timestamp::fromMillis(1735689600000LL + static_cast<std::int64_t>(i) * 60000);
}

} // namespace

SyntheticTeam::SyntheticTeam(std::size_t decisions)
    : m_members(200)
    , m_areas(30)
    , m_initiatives(std::max<std::size_t>(30, decisions / 20))
    , m_decisions(decisions)
    , m_commitments(decisions / 2)
{
}

std::string SyntheticTeam::id(char kind, std::size_t i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "01940000-0000-7000-8%03x-%012zx", static_cast<unsigned>(kind) & 0xfffu, i);
    return buf;
}

Member SyntheticTeam::member(std::size_t i) const
{
    Member m;
    m.id = MemberId(id('m', i));
    m.name = "Member " + std::to_string(i);
    m.email = "member" + std::to_string(i) + "@example.org";
    m.title = i % 10 == 0 ? "Manager" : "Engineer";
    m.facilitator = i % 25 == 0;
    m.joinedOn = Date::fromYmd(2020, 1, 1).addDays(static_cast<std::int32_t>(i));
    if (i % 17 == 16)
        m.leftOn = Date::fromYmd(2026, 1, 1).addDays(static_cast<std::int32_t>(i % 200));
    m.updatedAt = stamp(i);
    return m;
}

ExpertiseArea SyntheticTeam::area(std::size_t i) const
{
    ExpertiseArea a;
    a.id = AreaId(id('a', i));
    a.name = "Area " + std::to_string(i);
    a.description = "Skills the team needs for area " + std::to_string(i);
    if (i >= 5)
        a.parent = AreaId(id('a', i % 5));
    a.updatedAt = stamp(i);
    return a;
}

Initiative SyntheticTeam::initiative(std::size_t i) const
{
    Initiative in;
    in.id = InitiativeId(id('i', i));
    in.title =
        std::string(kVerbs[i % kVerbs.size()]) + " " + kNouns[(i / 16) % kNouns.size()] + " #" + std::to_string(i);
    in.description = "Initiative number " + std::to_string(i);
    in.status = static_cast<InitiativeStatus>(mix(i) % 5);
    const Date start = Date::fromYmd(2024, 1, 1).addDays(static_cast<std::int32_t>(i % 700));
    in.startedOn = start;
    in.areas = {AreaId(id('a', i % m_areas))};
    // Three lead stints with handoffs, plus one co-lead.
    for (std::size_t k = 0; k < 3; ++k) {
        LeadStint s;
        s.member = MemberId(id('m', mix(i * 7 + k) % m_members));
        s.role = StintRole::Lead;
        s.from = start.addDays(static_cast<std::int32_t>(k * 60));
        if (k < 2)
            s.to = start.addDays(static_cast<std::int32_t>(k * 60 + 59));
        s.reason = "handoff " + std::to_string(k) + ": closest to the problem";
        in.leadership.push_back(std::move(s));
    }
    in.leadership.push_back(LeadStint{MemberId(id('m', mix(i * 7 + 5) % m_members)), StintRole::CoLead, start,
                                      std::nullopt, "shares the load", std::nullopt});
    in.updatedAt = stamp(i);
    return in;
}

Decision SyntheticTeam::decision(std::size_t i) const
{
    const std::uint64_t r = mix(i);
    Decision d;
    d.id = DecisionId(id('d', i));
    d.title = std::string(kVerbs[r % kVerbs.size()]) + " " + kNouns[(r >> 8) % kNouns.size()] + " (" +
              std::to_string(i) + ")";
    d.context = "The team discussed " + std::string(kNouns[(r >> 16) % kNouns.size()]) + " because " +
                kReasons[(r >> 24) % kReasons.size()] + ". Several members raised the cost of waiting; others wanted " +
                "more data from " + kNouns[(r >> 32) % kNouns.size()] + " before committing to a direction.";
    d.options = {"Go ahead now", "Wait a quarter"};
    d.outcome = "Go ahead with a two-week pilot and review the results.";
    d.rationale = std::string("Chosen because ") + kReasons[(r >> 40) % kReasons.size()] + ".";
    d.method = static_cast<DecisionMethod>((r >> 48) % 6);
    d.status = (r >> 52) % 10 == 0 ? DecisionStatus::Proposed : DecisionStatus::Decided;
    d.initiative = InitiativeId(id('i', i % m_initiatives));
    d.areas = {AreaId(id('a', (r >> 20) % m_areas))};
    d.proposedOn =
        Date::fromYmd(2024, 1, 1).addDays(static_cast<std::int32_t>(i * 730 / std::max<std::size_t>(m_decisions, 1)));
    d.decideBy = d.proposedOn->addDays(14);
    const MemberId accountable(id('m', (r >> 12) % m_members));
    if (d.status == DecisionStatus::Decided) {
        d.decidedOn = d.proposedOn->addDays(static_cast<std::int32_t>(r % 14));
        d.accountable = accountable;
    }
    d.participants = {
        {accountable, ParticipantRole::Decider, Stance::Support, "", "", std::nullopt},
        {MemberId(id('m', (r >> 28) % m_members)), ParticipantRole::Advisor, Stance::Concern, "Watch the support load",
         "", std::nullopt},
        {MemberId(id('m', (r >> 36) % m_members)), ParticipantRole::Consulted, Stance::Support, "", "", std::nullopt}};
    d.updatedAt = stamp(i);
    return d;
}

Commitment SyntheticTeam::commitment(std::size_t i) const
{
    const std::uint64_t r = mix(i + 1'000'000'007ULL);
    Commitment c;
    c.id = CommitmentId(id('c', i));
    c.description = "Follow up on decision " + std::to_string(i * 2);
    c.owner = MemberId(id('m', r % m_members));
    c.supporters = {MemberId(id('m', (r >> 8) % m_members))};
    if (c.supporters[0] == c.owner)
        c.supporters.clear();
    c.decision = DecisionId(id('d', (i * 2) % std::max<std::size_t>(m_decisions, 1)));
    c.dueOn = Date::fromYmd(2024, 2, 1).addDays(static_cast<std::int32_t>(r % 900));
    c.status = static_cast<CommitmentStatus>((r >> 16) % 4);
    if (c.status != CommitmentStatus::Open) {
        c.closedOn = c.dueOn;
        c.outcome = "closed";
    }
    c.updatedAt = stamp(i);
    return c;
}

} // namespace baton::bench
