// The leadership review by SQL: members' figures are added up by GROUP BY over the stints that
// meet the period, handoffs come from a window over each initiative's lead stints, and the
// timelines are streamed in title order. Only the roster is held in memory.
#include "baton/report/ReportQueries.h"

#include "LeadershipTally.h"
#include "ReadTransaction.h"

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

constexpr const char* kMemberFigures = R"(
SELECT member,
       sum(CASE WHEN role = 'lead' THEN CAST(julianday(clip_to) - julianday(clip_from) AS INTEGER) + 1 ELSE 0 END),
       count(DISTINCT CASE WHEN role = 'lead' THEN initiative END),
       count(DISTINCT CASE WHEN role = 'co-lead' THEN initiative END),
       count(DISTINCT CASE WHEN role = 'lead' AND status = 'completed' THEN initiative END),
       count(DISTINCT CASE WHEN role = 'lead' AND status = 'missed' THEN initiative END),
       count(DISTINCT CASE WHEN role = 'lead' AND status = 'cancelled' THEN initiative END)
FROM clipped GROUP BY member)";

// A handoff is a lead stint that follows another member's, starting in the period.
constexpr const char* kHandoffs = R"(
WITH chosen AS (
    SELECT id FROM initiatives
    WHERE retracted = 0 AND (?3 IS NULL OR status = ?3)
      AND (?4 IS NULL OR id IN (SELECT initiative FROM initiative_areas WHERE area = ?4))
),
leads AS (
    SELECT s.member, s.from_on,
           lag(s.member) OVER (PARTITION BY s.initiative ORDER BY s.from_on, s.position) AS previous
    FROM lead_stints s JOIN chosen c ON c.id = s.initiative
    WHERE s.role = 'lead'
)
SELECT member, previous FROM leads
WHERE previous IS NOT NULL AND previous <> member AND from_on BETWEEN ?1 AND ?2)";

constexpr const char* kTimelines = R"(
SELECT initiative, title, status, member, role, clip_from, clip_to, to_on, reason
FROM clipped ORDER BY title, initiative, position)";

/// Binds ?1..?4, and ?5 (today) for the statements over clipped stints.
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

void readMemberFigures(storage::Database& db, Date from, Date to, const LeadershipQuery& q, LeadershipRows& rows,
                       const ReadTransaction& read)
{
    Statement s = db.prepare(std::string(kClipped) + kMemberFigures);
    bindPeriod(s, from, to, q);
    while (s.step()) {
        read.checkCancelled();
        const auto it = rows.find(s.columnText(0));
        if (it == rows.end())
            continue; // a stint of someone no longer on the roster
        MemberLeadership& row = it->second;
        row.leadDays = s.columnInt(1);
        row.initiativesLed = static_cast<int>(s.columnInt(2));
        row.initiativesCoLed = static_cast<int>(s.columnInt(3));
        row.completed = static_cast<int>(s.columnInt(4));
        row.missed = static_cast<int>(s.columnInt(5));
        row.cancelled = static_cast<int>(s.columnInt(6));
    }
}

void readHandoffs(storage::Database& db, Date from, Date to, const LeadershipQuery& q, LeadershipRows& rows,
                  const ReadTransaction& read)
{
    Statement s = db.prepare(kHandoffs);
    bindPeriod(s, from, to, q, false);
    while (s.step()) {
        read.checkCancelled();
        if (const auto in = rows.find(s.columnText(0)); in != rows.end())
            ++in->second.handoffsIn;
        if (const auto out = rows.find(s.columnText(1)); out != rows.end())
            ++out->second.handoffsOut;
    }
}

/// Streams the clipped stints in title order, keeping the first `limit` (0: all).
void readTimelines(storage::Database& db, Date from, Date to, const LeadershipQuery& q, std::size_t limit,
                   LeadershipReport& report, const ReadTransaction& read)
{
    Statement s = db.prepare(std::string(kClipped) + kTimelines);
    bindPeriod(s, from, to, q);
    while (s.step()) {
        if (++report.stintCount % 1024 == 0)
            read.checkCancelled();
        if (limit > 0 && report.stintCount > limit)
            continue; // counted, not kept
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
        readMemberFigures(db, report.from, report.to, query, rows, read);
        readHandoffs(db, report.from, report.to, query, rows, read);
        readTimelines(db, report.from, report.to, query, limits.listLimit, report, read);
        finishLeadership(rows, report);
        return report;
    });
}

} // namespace baton::report
