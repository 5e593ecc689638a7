// The leadership review's trends by SQL: lead-days per member per month from the lead stints
// that meet the period, decisions decided per month and accountable member from a covering
// index, and who took part in the period's decisions by role. Only the roster and per-month
// tallies are held in memory.
#include "TrendQueries.h"

#include "baton/domain/CaseFold.h"
#include "baton/storage/MemberRepository.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace baton::report {
using namespace baton::domain;
using storage::Statement;

namespace {

Date dateOf(const Statement& s, int column)
{
    return Date::parse(s.columnView(column)).value_or(Date{});
}

bool activeIn(const Member& m, Month month)
{
    if (m.retracted)
        return false;
    if (m.joinedOn && *m.joinedOn > month.last())
        return false;
    return !(m.leftOn && *m.leftOn < month.first());
}

/// Values per active member of the month (zero for those with none), in roster order.
std::vector<std::int64_t> valuesFor(const std::vector<Member>& roster, Month month,
                                    const std::unordered_map<std::string, std::int64_t>& tally)
{
    std::vector<std::int64_t> out;
    for (const auto& m : roster) {
        if (!activeIn(m, month))
            continue;
        const auto it = tally.find(m.id.str());
        out.push_back(it == tally.end() ? 0 : it->second);
    }
    return out;
}

void bindFilters(Statement& s, const LeadershipQuery& q, int statusIndex, int areaIndex)
{
    if (q.status)
        s.bind(statusIndex, std::string(toString(*q.status)));
    else
        s.bindNull(statusIndex);
    if (q.area)
        s.bind(areaIndex, q.area->str());
    else
        s.bindNull(areaIndex);
}

} // namespace

void readLeadershipTrends(storage::Database& db, const LeadershipQuery& q, LeadershipReport& report,
                          const ReadTransaction& read)
{
    const auto months = monthsBetween(report.from, report.to);
    if (months.empty())
        return;
    const auto roster = storage::MemberRepository(db).all();
    std::map<Month, std::unordered_map<std::string, std::int64_t>> leadDays, decided;

    // Lead stints (role lead) of the chosen initiatives that meet the period, clipped to it.
    Statement stints = db.prepare(R"(
        SELECT s.member, max(s.from_on, ?1), min(coalesce(s.to_on, ?5), ?2)
        FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
        WHERE i.retracted = 0 AND s.role = 'lead' AND (?3 IS NULL OR i.status = ?3)
          AND (?4 IS NULL OR i.id IN (SELECT initiative FROM initiative_areas WHERE area = ?4))
          AND max(s.from_on, ?1) <= min(coalesce(s.to_on, ?5), ?2))");
    stints.bind(1, report.from.toString()).bind(2, report.to.toString()).bind(5, q.today.toString());
    bindFilters(stints, q, 3, 4);
    std::size_t seen = 0;
    while (stints.step()) {
        if (++seen % 1024 == 0)
            read.checkCancelled();
        const std::string member = stints.columnText(0);
        const Date from = dateOf(stints, 1), to = dateOf(stints, 2);
        for (const auto& [month, days] : splitByMonth(from, to))
            leadDays[month][member] += days;
    }

    std::map<Month, std::int64_t> decidedTotal;
    tallyDecided(db, report.from, report.to, decided, decidedTotal, read);

    for (const Month m : months) {
        MonthlySpread row;
        row.month = m;
        row.lead = describeSpread(valuesFor(roster, m, leadDays[m]));
        row.accountable = describeSpread(valuesFor(roster, m, decided[m]));
        row.decisions = decidedTotal[m];
        report.months.push_back(row);
    }
}

void tallyDecided(storage::Database& db, Date from, Date to,
                  std::map<Month, std::unordered_map<std::string, std::int64_t>>& decided,
                  std::map<Month, std::int64_t>& decidedTotal, const ReadTransaction& read)
{
    // Decisions decided in the period, per month and accountable member: the covering index
    // streams them in date order (no sort, no table rows), tallied here month by month.
    Statement decisions = db.prepare(R"(
        SELECT decided_on, accountable FROM decisions INDEXED BY decisions_decided_accountable
        WHERE decided_on IS NOT NULL AND retracted = 0 AND decided_on BETWEEN ?1 AND ?2 AND accountable IS NOT NULL)");
    decisions.bind(1, from.toString()).bind(2, to.toString());
    std::string lastMonth;
    std::unordered_map<std::string, std::int64_t>* tally = nullptr;
    Month current;
    std::size_t seen = 0;
    while (decisions.step()) {
        if (++seen % 65536 == 0)
            read.checkCancelled();
        const std::string_view day = decisions.columnView(0);
        if (!tally || day.substr(0, 7) != lastMonth) {
            const auto parsed = Date::parse(day);
            if (!parsed)
                continue;
            lastMonth = std::string(day.substr(0, 7));
            current = monthOf(*parsed);
            tally = &decided[current];
        }
        ++(*tally)[decisions.columnText(1)];
        ++decidedTotal[current];
    }
    read.checkCancelled();
}

std::vector<MonthlySpread> readAccountableByMonth(storage::Database& db, Date from, Date to,
                                                  const ReadTransaction& read)
{
    std::vector<MonthlySpread> out;
    const auto months = monthsBetween(from, to);
    if (months.empty())
        return out;
    const auto roster = storage::MemberRepository(db).all();
    std::map<Month, std::unordered_map<std::string, std::int64_t>> decided;
    std::map<Month, std::int64_t> decidedTotal;
    tallyDecided(db, from, to, decided, decidedTotal, read);
    for (const Month m : months) {
        MonthlySpread row;
        row.month = m;
        row.accountable = describeSpread(valuesFor(roster, m, decided[m]));
        row.decisions = decidedTotal[m];
        out.push_back(row);
    }
    return out;
}

void readParticipation(storage::Database& db, LeadershipReport& report, const ReadTransaction& read)
{
    std::unordered_map<std::string, ParticipationRow> rows;
    const auto add = [&rows](Statement& s, int sign) {
        while (s.step()) {
            const std::string member = s.columnText(0);
            const auto role = parseEnum<ParticipantRole>(s.columnView(1));
            if (!role)
                continue;
            auto& row = rows[member];
            row.id = MemberId(member);
            const auto n = sign * static_cast<int>(s.columnInt(2));
            row.byRole[static_cast<std::size_t>(*role)] += n;
            row.total += n;
        }
    };
    // A period that holds every decision (the usual "since the start") is read from the
    // participants' own index, less the few retracted decisions'; a shorter period follows its
    // decisions by date.
    Statement span = db.prepare("SELECT min(listed_on), max(listed_on) FROM decisions");
    span.step();
    const bool everything =
        span.isNull(0) || (span.columnText(0) >= report.from.toString() && span.columnText(1) <= report.to.toString());
    if (everything) {
        Statement all = db.prepare("SELECT member, role, count(*) FROM decision_participants GROUP BY member, role");
        add(all, 1);
        Statement retracted = db.prepare(R"(
            SELECT p.member, p.role, count(*) FROM decisions d CROSS JOIN decision_participants p ON p.decision = d.id
            WHERE d.retracted = 1 GROUP BY p.member, p.role)"); // CROSS JOIN: the few retracted decisions lead
        add(retracted, -1);
    } else {
        Statement s = db.prepare(R"(
            SELECT p.member, p.role, count(*) FROM decisions d CROSS JOIN decision_participants p ON p.decision = d.id
            WHERE d.listed_on BETWEEN ?1 AND ?2 AND d.retracted = 0
            GROUP BY p.member, p.role)");
        s.bind(1, report.from.toString()).bind(2, report.to.toString());
        add(s, 1);
    }
    std::erase_if(rows, [](const auto& entry) { return entry.second.total <= 0; });
    read.checkCancelled();
    for (const auto& m : storage::MemberRepository(db).all(storage::Retracted::Included))
        if (const auto it = rows.find(m.id.str()); it != rows.end())
            it->second.name = m.name;
    for (auto& [id, row] : rows) {
        if (row.name.empty())
            row.name = id;
        report.participation.push_back(std::move(row));
    }
    std::sort(report.participation.begin(), report.participation.end(),
              [](const ParticipationRow& a, const ParticipationRow& b) {
                  return a.total != b.total ? a.total > b.total : foldCase(a.name) < foldCase(b.name);
              });
}

void readSuggestionUse(storage::Database& db, const LeadershipQuery& q, LeadershipReport& report)
{
    Statement s = db.prepare(R"(
        SELECT count(*), count(s.suggested_rank), count(CASE WHEN s.suggested_rank <= 3 THEN 1 END)
        FROM lead_stints s JOIN initiatives i ON i.id = s.initiative
        WHERE i.retracted = 0 AND s.role = 'lead' AND s.from_on BETWEEN ?1 AND ?2
          AND EXISTS (SELECT 1 FROM lead_stints p WHERE p.initiative = s.initiative AND p.role = 'lead'
                      AND p.from_on < s.from_on)
          AND (?3 IS NULL OR i.status = ?3)
          AND (?4 IS NULL OR i.id IN (SELECT initiative FROM initiative_areas WHERE area = ?4)))");
    s.bind(1, report.from.toString()).bind(2, report.to.toString());
    bindFilters(s, q, 3, 4);
    if (s.step()) {
        report.suggestions.handoffs = static_cast<int>(s.columnInt(0));
        report.suggestions.suggested = static_cast<int>(s.columnInt(1));
        report.suggestions.topThree = static_cast<int>(s.columnInt(2));
    }
}

} // namespace baton::report
