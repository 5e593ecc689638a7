// The leadership review by SQL: the stints that meet the period stream past once, adding up
// the members' figures; the timelines read them again in title order (for the screen, only
// the first rows); handoffs come from the lead stints of the initiatives whose lead changed in
// the period. Only the roster is held whole.
#include "baton/report/LatencyQueries.h"
#include "baton/report/ReportQueries.h"

#include "LeadershipRows.h"
#include "ReadTransaction.h"
#include "TrendQueries.h"

#include "baton/storage/MemberRepository.h"

#include <set>

namespace baton::report {
using namespace baton::domain;
using storage::Statement;

namespace {

// The initiatives asked for (?3 status, ?4 area), and their stints clipped to the period
// ?1..?2, an open stint running to ?5 (today). Lead-days are whole days, both ends counted.
constexpr const char* kClipped = R"(
WITH chosen AS (
    SELECT id, title, status FROM initiatives
    WHERE retracted = 0 AND (?3 IS NULL OR status = ?3)
      AND (?4 IS NULL OR id IN (SELECT initiative FROM initiative_areas WHERE area = ?4))
),
clipped AS (
    SELECT s.initiative, s.position, s.member, s.role, s.to_on, s.reason, c.title, c.status,
           max(s.from_on, ?1) AS clip_from, min(coalesce(s.to_on, ?5), ?2) AS clip_to
    FROM lead_stints s JOIN chosen c ON c.id = s.initiative
    WHERE max(s.from_on, ?1) <= min(coalesce(s.to_on, ?5), ?2)
))";

// A handoff is a lead stint that follows another member's, starting in the period: only the
// initiatives with a lead stint starting then are read, each in the order its leads took over.
constexpr const char* kLeads = R"(
WITH chosen AS (
    SELECT id FROM initiatives
    WHERE retracted = 0 AND (?3 IS NULL OR status = ?3)
      AND (?4 IS NULL OR id IN (SELECT initiative FROM initiative_areas WHERE area = ?4))
)
SELECT s.initiative, s.member, s.from_on FROM lead_stints s JOIN chosen c ON c.id = s.initiative
WHERE s.role = 'lead'
  AND s.initiative IN (SELECT initiative FROM lead_stints WHERE role = 'lead' AND from_on BETWEEN ?1 AND ?2)
ORDER BY s.initiative, s.from_on, s.position)";

// Every stint that meets the period, an initiative's together, in the order the join reads
// them (no sort): the members' figures are added up from these.
constexpr const char* kFigures = R"(
SELECT initiative, status, member, role, clip_from, clip_to FROM clipped ORDER BY initiative, position)";

// The timelines, by initiative title; the screen reads only the first rows (?6, -1: all).
constexpr const char* kTimelines = R"(
SELECT initiative, title, status, member, role, clip_from, clip_to, to_on, reason
FROM clipped ORDER BY title, initiative, position LIMIT ?6)";

void bindPeriod(Statement& s, Date from, Date to, const LeadershipQuery& q, bool clipped = true)
{
    s.bind(1, from.toString()).bind(2, to.toString());
    if (clipped)
        s.bind(5, q.today.toString());
    if (q.status)
        s.bind(3, std::string(toString(*q.status)));
    else
        s.bindNull(3);
    if (q.area)
        s.bind(4, q.area->str());
    else
        s.bindNull(4);
}

Date dateColumn(const Statement& s, int column)
{
    return Date::parse(s.columnView(column)).value_or(Date{});
}

void readHandoffs(storage::Database& db, Date from, Date to, const LeadershipQuery& q, LeadershipRows& rows,
                  const ReadTransaction& read)
{
    Statement s = db.prepare(kLeads);
    bindPeriod(s, from, to, q, false);
    std::string initiative;
    std::string previous;
    std::size_t count = 0;
    while (s.step()) {
        if (++count % 1024 == 0)
            read.checkCancelled();
        std::string member = s.columnText(1);
        if (s.columnView(0) != initiative) {
            initiative = s.columnText(0);
        } else if (previous != member) {
            const Date handover = dateColumn(s, 2);
            if (from <= handover && handover <= to) {
                if (const auto in = rows.find(member); in != rows.end())
                    ++in->second.handoffsIn;
                if (const auto out = rows.find(previous); out != rows.end())
                    ++out->second.handoffsOut;
            }
        }
        previous = std::move(member);
    }
}

/// Adds one initiative's stints in the period to its leads' and co-leads' figures: lead-days,
/// and each initiative once per member however many stints they had in it.
class FigureTally {
public:
    explicit FigureTally(LeadershipRows& rows)
        : m_rows(rows)
    {
    }
    void add(const std::string& initiative, InitiativeStatus status, const std::string& member, StintRole role,
             std::int64_t days)
    {
        if (initiative != m_initiative) {
            flush();
            m_initiative = initiative;
            m_status = status;
        }
        const auto it = m_rows.find(member);
        if (it == m_rows.end())
            return; // a stint of someone no longer on the roster
        if (role == StintRole::Lead) {
            it->second.leadDays += days;
            m_led.insert(&it->second);
        } else {
            m_coLed.insert(&it->second);
        }
    }
    void flush()
    {
        for (MemberLeadership* row : m_led) {
            ++row->initiativesLed;
            row->completed += m_status == InitiativeStatus::Completed ? 1 : 0;
            row->missed += m_status == InitiativeStatus::Missed ? 1 : 0;
            row->cancelled += m_status == InitiativeStatus::Cancelled ? 1 : 0;
        }
        for (MemberLeadership* row : m_coLed)
            ++row->initiativesCoLed;
        m_led.clear();
        m_coLed.clear();
    }

private:
    LeadershipRows& m_rows;
    std::string m_initiative;
    InitiativeStatus m_status = InitiativeStatus::Active;
    std::set<MemberLeadership*> m_led;
    std::set<MemberLeadership*> m_coLed;
};

/// Streams every clipped stint once, adding up the members' figures and counting them.
void readFigures(storage::Database& db, Date from, Date to, const LeadershipQuery& q, LeadershipRows& rows,
                 LeadershipReport& report, const ReadTransaction& read)
{
    Statement s = db.prepare(std::string(kClipped) + kFigures);
    bindPeriod(s, from, to, q);
    FigureTally tally(rows);
    while (s.step()) {
        if (++report.stintCount % 1024 == 0)
            read.checkCancelled();
        const Date clipFrom = dateColumn(s, 4);
        const Date clipTo = dateColumn(s, 5);
        tally.add(s.columnText(0), parseEnum<InitiativeStatus>(s.columnView(1)).value_or(InitiativeStatus::Active),
                  s.columnText(2), parseEnum<StintRole>(s.columnView(3)).value_or(StintRole::Lead),
                  clipTo.days() - clipFrom.days() + 1);
    }
    tally.flush();
}

/// The first `limit` clipped stints (0: all) in title order, as the timelines.
void readTimelines(storage::Database& db, Date from, Date to, const LeadershipQuery& q, std::size_t limit,
                   LeadershipReport& report, const ReadTransaction& read)
{
    Statement s = db.prepare(std::string(kClipped) + kTimelines);
    bindPeriod(s, from, to, q);
    s.bind(6, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
    std::size_t kept = 0;
    while (s.step()) {
        if (++kept % 1024 == 0)
            read.checkCancelled();
        const std::string initiative = s.columnText(0);
        if (report.initiatives.empty() || report.initiatives.back().id.str() != initiative) {
            InitiativeTimeline timeline;
            timeline.id = InitiativeId(initiative);
            timeline.title = s.columnText(1);
            timeline.status = parseEnum<InitiativeStatus>(s.columnView(2)).value_or(InitiativeStatus::Active);
            report.initiatives.push_back(std::move(timeline));
        }
        LeadStint stint;
        stint.member = MemberId(s.columnText(3));
        stint.role = parseEnum<StintRole>(s.columnView(4)).value_or(StintRole::Lead);
        stint.from = dateColumn(s, 5);
        // A stint still running is shown open only when the period reaches today.
        if (!s.isNull(7) || to < q.today)
            stint.to = dateColumn(s, 6);
        stint.reason = s.columnText(8);
        report.initiatives.back().stints.push_back(std::move(stint));
    }
}

} // namespace

LeadershipReport readLeadershipReport(storage::Database& db, const LeadershipQuery& query, const ReadLimits& limits)
{
    ReadTransaction read(db, limits);
    return read.run([&] {
        LeadershipReport report;
        report.to = query.to.value_or(query.today);
        if (query.from) {
            report.from = *query.from;
        } else {
            Statement first = db.prepare("SELECT min(s.from_on) FROM lead_stints s "
                                         "JOIN initiatives i ON i.id = s.initiative WHERE i.retracted = 0");
            first.step();
            report.from = first.isNull(0) ? report.to : dateColumn(first, 0);
        }
        LeadershipRows rows = rosterRows(storage::MemberRepository(db).all(), report.from, report.to);
        readFigures(db, report.from, report.to, query, rows, report, read);
        readTimelines(db, report.from, report.to, query, limits.listLimit, report, read);
        readHandoffs(db, report.from, report.to, query, rows, read);
        finishLeadership(rows, report);
        readLeadershipTrends(db, query, report, read);
        readParticipation(db, report, read);
        readSuggestionUse(db, query, report);
        report.latency = readDecisionLatency(db, report.from, report.to);
        report.charter = readCharter(db);
        report.voice = readVoiceFigures(db, report.from, report.to);
        report.pulses = readPulseOverview(db, query.today).pulses;
        return report;
    });
}

} // namespace baton::report
