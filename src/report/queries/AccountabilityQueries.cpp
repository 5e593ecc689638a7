// The accountability review by SQL. A commitment is open on the as-of date ?1 when it is still
// open or was closed only after it. Per-owner and per-accountable figures are GROUP BY counts
// over covering indexes (migration 0003); each gap list is read as row ids in file order, counted
// in full, and only the rows kept are looked up for their titles. Likely duplicates stream
// the open commitments grouped by decision and initiative. Only the roster is held whole.
#include "baton/report/ReportQueries.h"

#include "DuplicateSearch.h"
#include "ReadTransaction.h"
#include "TrendQueries.h"

#include "baton/report/TrustQueries.h"

#include "baton/storage/MemberRepository.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>

namespace baton::report {
using namespace baton::domain;
using storage::Statement;

namespace {

// Per-owner figures are counts over the covering commitments_owner index: counting rows in
// an index range costs a fraction of evaluating an expression for every row. A commitment
// closed after the as-of date ?1 was open then: those few are read through commitments_closed
// and moved back to open.
constexpr const char* kOwnerStatus = R"(
SELECT owner, status, count(*) FROM commitments INDEXED BY commitments_owner
WHERE retracted = 0 GROUP BY owner, status)";
constexpr const char* kOwnerOverdue = R"(
SELECT owner, count(*) FROM commitments INDEXED BY commitments_owner
WHERE status = 'open' AND due_on < ?1 AND retracted = 0 GROUP BY owner)";
constexpr const char* kOwnerOnTime = R"(
SELECT owner, count(*) FROM commitments INDEXED BY commitments_owner
WHERE status = 'done' AND retracted = 0 AND coalesce(closed_on, '') <= ?1
  AND (due_on IS NULL OR closed_on IS NULL OR closed_on <= due_on)
GROUP BY owner)";
constexpr const char* kOwnerClosedLater = R"(
SELECT owner, status, count(*), sum(due_on < ?1) FROM commitments INDEXED BY commitments_closed
WHERE closed_on > ?1 AND status <> 'open' AND retracted = 0 GROUP BY owner, status)";

// Decisions per accountable member as of ?1, counted by status over decisions_accountable. A
// decision proposed later did not exist then; one decided later (read through
// decisions_decided, few) was still proposed then.
constexpr const char* kAccountableStatus = R"(
SELECT accountable, status, count(*) FROM decisions INDEXED BY decisions_accountable
WHERE accountable IS NOT NULL AND retracted = 0 AND coalesce(proposed_on, '') <= ?1
GROUP BY accountable, status)";
constexpr const char* kAccountableDecidedLater = R"(
SELECT accountable, count(*) FROM decisions INDEXED BY decisions_decided
WHERE decided_on > ?1 AND status NOT IN ('proposed', 'withdrawn') AND accountable IS NOT NULL AND retracted = 0
  AND coalesce(proposed_on, '') <= ?1
GROUP BY accountable)";

constexpr const char* kDecidedWithoutAccountable = R"(
SELECT rid FROM decisions
WHERE accountable IS NULL AND retracted = 0 AND coalesce(proposed_on, '') <= ?1
  AND status IN ('decided', 'superseded', 'reversed') AND coalesce(decided_on, '') <= ?1
ORDER BY rid)";

// The planner, without statistics, prefers decisions_status; the partial indexes answer from
// themselves.
constexpr const char* kPastDeadline = R"(
SELECT rid FROM decisions INDEXED BY decisions_deadline
WHERE status = 'proposed' AND retracted = 0 AND decide_by < ?1 AND coalesce(proposed_on, '') <= ?1
UNION ALL
SELECT rid FROM decisions INDEXED BY decisions_decided
WHERE decided_on > ?1 AND status IN ('decided', 'superseded', 'reversed') AND retracted = 0
  AND decide_by < ?1 AND coalesce(proposed_on, '') <= ?1
ORDER BY rid)";

constexpr const char* kWithoutLead = R"(
SELECT rid FROM initiatives i
WHERE status = 'active' AND retracted = 0
  AND NOT EXISTS (SELECT 1 FROM lead_stints s
                  WHERE s.initiative = i.id AND s.role = 'lead' AND s.from_on <= ?1
                    AND (s.to_on IS NULL OR s.to_on >= ?1))
ORDER BY rid)";

// Retracted commitments are few: leaving out the rows of that tiny partial index keeps the
// rest of the query inside the (status, due_key) index (due_key is due_on where there is one).
constexpr const char* kOverdue = R"(
SELECT rid FROM commitments
WHERE status = 'open' AND due_key < ?1 AND rid NOT IN (SELECT rid FROM commitments WHERE retracted = 1)
UNION ALL
SELECT rid FROM commitments INDEXED BY commitments_closed
WHERE closed_on > ?1 AND status <> 'open' AND due_on < ?1 AND retracted = 0
ORDER BY rid)";

constexpr const char* kOwnedByLeavers = R"(
SELECT rid FROM commitments
WHERE owner IN (SELECT id FROM members WHERE retracted = 0 AND left_on <= ?1)
  AND retracted = 0 AND (status = 'open' OR coalesce(closed_on, '') > ?1)
ORDER BY rid)";

constexpr const char* kGrouped = R"(
SELECT 'd' || decision AS work, rid, id, owner, description, decision FROM commitments
WHERE decision IS NOT NULL AND retracted = 0 AND (status = 'open' OR coalesce(closed_on, '') > ?1)
UNION ALL
SELECT 'i' || initiative AS work, rid, id, owner, description, decision FROM commitments
WHERE initiative IS NOT NULL AND retracted = 0 AND (status = 'open' OR coalesce(closed_on, '') > ?1)
ORDER BY work, rid)";

/// One gap list as read: the first rows kept, and how many there are.
struct RowIds {
    std::vector<std::int64_t> kept;
    std::size_t count = 0;
};

RowIds readRowIds(storage::Database& db, const char* sql, Date asOf, std::size_t limit, const ReadTransaction& read)
{
    RowIds ids;
    Statement s = db.prepare(sql);
    s.bind(1, asOf.toString());
    while (s.step()) {
        if (++ids.count % 4096 == 0)
            read.checkCancelled();
        if (limit == 0 || ids.kept.size() < limit)
            ids.kept.push_back(s.columnInt(0));
    }
    return ids;
}

// A gap's id and what it is called, by row id.
constexpr const char* kDecisionLabel = "SELECT id, title FROM decisions WHERE rid = ?1";
constexpr const char* kInitiativeLabel = "SELECT id, title FROM initiatives WHERE rid = ?1";
constexpr const char* kCommitmentLabel = "SELECT id, description FROM commitments WHERE rid = ?1";

/// The ids of the kept rows, with their titles (or descriptions, read by `labelSql`) entered
/// in `labels`.
template <typename Id>
std::vector<Id> labelled(storage::Database& db, const char* labelSql, const RowIds& rows,
                         std::unordered_map<std::string, std::string>& labels, const ReadTransaction& read)
{
    std::vector<Id> out;
    out.reserve(rows.kept.size());
    Statement s = db.prepare(labelSql);
    for (const std::int64_t rid : rows.kept) {
        if (out.size() % 4096 == 4095)
            read.checkCancelled();
        s.reset();
        s.bind(1, rid);
        if (!s.step())
            continue;
        out.emplace_back(s.columnText(0));
        labels.emplace(s.columnText(0), s.columnText(1));
    }
    return out;
}

const Member* find(const std::map<std::string, Member>& roster, const std::string& id)
{
    const auto it = roster.find(id);
    return it == roster.end() ? nullptr : &it->second;
}

/// Runs a per-member count statement bound to the as-of date, row by row.
void eachRow(storage::Database& db, const char* sql, Date asOf, const ReadTransaction& read,
             const std::function<void(const Statement&)>& visit)
{
    Statement s = db.prepare(sql);
    if (std::string_view(sql).find("?1") != std::string_view::npos)
        s.bind(1, asOf.toString());
    while (s.step()) {
        read.checkCancelled();
        visit(s);
    }
}

int* statusCount(OwnerAccountability& row, std::string_view status)
{
    if (status == "open")
        return &row.open;
    if (status == "done")
        return &row.done;
    if (status == "missed")
        return &row.missed;
    if (status == "dropped")
        return &row.dropped;
    return nullptr;
}

void readOwners(storage::Database& db, Date asOf, const std::map<std::string, Member>& roster,
                AccountabilityReport& report, const ReadTransaction& read)
{
    std::map<std::string, OwnerAccountability> owners; // by id, as GROUP BY gives them
    std::map<std::string, int> onTime;
    const auto rowOf = [&](const Statement& s) -> OwnerAccountability& {
        auto [it, added] = owners.try_emplace(s.columnText(0));
        if (added) {
            OwnerAccountability& row = it->second;
            row.id = MemberId(it->first);
            const Member* m = find(roster, it->first);
            row.name = m ? m->name : it->first;
            row.hasLeft = m && m->hasLeftBy(asOf);
        }
        return it->second;
    };
    eachRow(db, kOwnerStatus, asOf, read, [&](const Statement& s) {
        if (int* count = statusCount(rowOf(s), s.columnView(1)))
            *count += static_cast<int>(s.columnInt(2));
    });
    eachRow(db, kOwnerOverdue, asOf, read,
            [&](const Statement& s) { rowOf(s).overdue += static_cast<int>(s.columnInt(1)); });
    eachRow(db, kOwnerOnTime, asOf, read,
            [&](const Statement& s) { onTime[s.columnText(0)] += static_cast<int>(s.columnInt(1)); });
    eachRow(db, kOwnerClosedLater, asOf, read, [&](const Statement& s) {
        OwnerAccountability& row = rowOf(s);
        const int moved = static_cast<int>(s.columnInt(2));
        if (int* count = statusCount(row, s.columnView(1)))
            *count -= moved;
        row.open += moved;
        row.overdue += static_cast<int>(s.columnInt(3));
    });
    for (auto& [id, row] : owners) {
        if (row.done + row.missed > 0)
            row.onTimeRate = static_cast<double>(onTime[id]) / (row.done + row.missed);
        report.owners.push_back(std::move(row));
    }
    std::stable_sort(report.owners.begin(), report.owners.end(),
                     [](const OwnerAccountability& a, const OwnerAccountability& b) { return a.name < b.name; });
}

void readDecisionOwners(storage::Database& db, Date asOf, const std::map<std::string, Member>& roster,
                        AccountabilityReport& report, const ReadTransaction& read)
{
    std::map<std::string, AccountableDecisions> byMember; // by id, as GROUP BY gives them
    const auto rowOf = [&](const Statement& s) -> AccountableDecisions& {
        auto [it, added] = byMember.try_emplace(s.columnText(0));
        if (added) {
            it->second.id = MemberId(it->first);
            const Member* m = find(roster, it->first);
            it->second.name = m ? m->name : it->first;
        }
        return it->second;
    };
    eachRow(db, kAccountableStatus, asOf, read, [&](const Statement& s) {
        AccountableDecisions& row = rowOf(s);
        const auto status = s.columnView(1);
        const int n = static_cast<int>(s.columnInt(2));
        if (status == "proposed")
            row.proposed += n;
        else if (status != "withdrawn")
            row.decided += n;
    });
    eachRow(db, kAccountableDecidedLater, asOf, read, [&](const Statement& s) {
        AccountableDecisions& row = rowOf(s);
        const int n = static_cast<int>(s.columnInt(1));
        row.decided -= n;
        row.proposed += n;
    });
    for (auto& [id, row] : byMember)
        report.decisionOwners.push_back(std::move(row));
    std::stable_sort(report.decisionOwners.begin(), report.decisionOwners.end(),
                     [](const AccountableDecisions& a, const AccountableDecisions& b) { return a.name < b.name; });
}

void readDuplicates(storage::Database& db, Date asOf, std::size_t limit, AccountabilityGaps& gaps,
                    const ReadTransaction& read)
{
    DuplicateSearch search(limit, [&read] { read.checkCancelled(); });
    std::vector<Commitment> group;
    std::string work;
    const auto flush = [&] {
        if (group.size() > 1) {
            std::vector<const Commitment*> members;
            for (const auto& c : group)
                members.push_back(&c);
            search.compare(members,
                           work[0] == 'i' ? DuplicateSearch::Link::Initiative : DuplicateSearch::Link::Decision);
        }
        group.clear();
    };
    Statement s = db.prepare(kGrouped);
    s.bind(1, asOf.toString());
    std::size_t rows = 0;
    while (s.step()) {
        if (++rows % 4096 == 0)
            read.checkCancelled();
        if (s.columnView(0) != work) {
            flush();
            work = s.columnText(0);
        }
        Commitment c;
        c.id = CommitmentId(s.columnText(2));
        c.owner = MemberId(s.columnText(3));
        c.description = s.columnText(4);
        if (!s.isNull(5))
            c.decision = DecisionId(s.columnText(5));
        group.push_back(std::move(c));
    }
    flush();
    gaps.likelyDuplicates = std::move(search.found());
    gaps.counts.likelyDuplicates = search.count();
}

} // namespace

AccountabilityReport readAccountabilityReport(storage::Database& db, Date asOf, const ReadLimits& limits)
{
    ReadTransaction read(db, limits);
    return read.run([&] {
        AccountabilityReport report;
        report.asOf = asOf;
        std::map<std::string, Member> roster;
        for (auto& m : storage::MemberRepository(db).all())
            roster.emplace(m.id.str(), std::move(m));
        readOwners(db, asOf, roster, report, read);
        readDecisionOwners(db, asOf, roster, report, read);

        auto& g = report.gaps;
        const std::size_t limit = limits.listLimit;
        const auto gap = [&](const char* sql, std::size_t& count) {
            RowIds ids = readRowIds(db, sql, asOf, limit, read);
            count = ids.count;
            return ids;
        };
        g.decidedWithoutAccountable = labelled<DecisionId>(
            db, kDecisionLabel, gap(kDecidedWithoutAccountable, g.counts.decidedWithoutAccountable), report.labels,
            read);
        g.initiativesWithoutLead = labelled<InitiativeId>(
            db, kInitiativeLabel, gap(kWithoutLead, g.counts.initiativesWithoutLead), report.labels, read);
        g.decisionsPastDeadline = labelled<DecisionId>(
            db, kDecisionLabel, gap(kPastDeadline, g.counts.decisionsPastDeadline), report.labels, read);
        g.overdueCommitments = labelled<CommitmentId>(db, kCommitmentLabel, gap(kOverdue, g.counts.overdueCommitments),
                                                      report.labels, read);
        g.openOwnedByLeavers = labelled<CommitmentId>(
            db, kCommitmentLabel, gap(kOwnedByLeavers, g.counts.openOwnedByLeavers), report.labels, read);
        readDuplicates(db, asOf, limit, g, read);
        // The twelve calendar months ending with the as-of date's (that one up to the date).
        const Month current = monthOf(asOf);
        const int back = current.month - 11;
        const Date yearStart = Date::fromYmd(back > 0 ? current.year : current.year - 1,
                                             static_cast<unsigned>(back > 0 ? back : back + 12), 1);
        report.months = readAccountableByMonth(db, yearStart, asOf, read);
        report.trust = readTrust(db, asOf);
        return report;
    });
}

} // namespace baton::report
