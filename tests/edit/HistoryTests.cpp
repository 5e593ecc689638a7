#include "edit/EditFixture.h"

#include "baton/exchange/TeamImporter.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/Migrations.h"

#include <filesystem>
#include <set>

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;
using baton::test::TeamFileFixture;

namespace {

/// Runs `sql` on its own plain sqlite3 connection to `path`; returns SQLite's message on failure.
std::string rawExec(const std::string& path, const std::string& sql)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_busy_timeout(raw, 5000);
    char* message = nullptr;
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message);
    std::string out = rc == SQLITE_OK ? std::string() : std::string(message ? message : "failed");
    sqlite3_free(message);
    sqlite3_close(raw);
    return out;
}

const std::string kZed = "01930000-0000-7000-8000-00000000000f";
const std::string kNumbers = "01930000-0000-7000-8000-0000000000c1";
const std::string kEndorse = "01930000-0000-7000-8000-0000000000e1";

/// A team file in the first schema (before history and retraction), written with plain SQL
/// the way Baton 1 wrote it: nine records of every kind.
void writeSchemaOneFile(const std::string& path)
{
    const auto& migrations = storage::embeddedMigrations();
    REQUIRE(migrations.at(0).version == 1);
    const std::string ts = "'2025-03-01T10:00:00Z'";
    const auto q = [](const std::string& id) { return "'" + id + "'"; };
    const std::string sql =
        "PRAGMA application_id = " + std::to_string(storage::kApplicationId) + "; BEGIN; " + migrations[0].sql +
        "; INSERT INTO team VALUES (1, 'Old team', '', " + ts + ", " + ts + ");" +
        "INSERT INTO members (id, name, email, joined_on, updated_at) VALUES (" + q(kAna) +
        ", 'Ana Silva', "
        "'ana@northwind.example', '2024-01-15', " +
        ts + "), (" + q(kBo) + ", 'Bo Chen', NULL, NULL, " + ts + ");" +
        "INSERT INTO expertise_areas (id, name, updated_at) VALUES (" + q(kData) + ", 'Data', " + ts + ");" +
        "INSERT INTO expertise (member, area, level, updated_at) VALUES (" + q(kAna) + ", " + q(kData) + ", 4, " + ts +
        ");" + "INSERT INTO endorsements (id, endorser, member, area, note, updated_at) VALUES (" + q(kEndorse) + ", " +
        q(kBo) + ", " + q(kAna) + ", " + q(kData) + ", 'knows the warehouse', " + ts + ");" +
        "INSERT INTO initiatives (id, title, status, started_on, updated_at) VALUES (" + q(kInit) +
        ", 'Churn dashboard', 'active', '2025-01-01', " + ts + ");" + "INSERT INTO initiative_areas VALUES (" +
        q(kInit) + ", 0, " + q(kData) + ");" +
        "INSERT INTO lead_stints (initiative, position, member, role, from_on, reason) VALUES (" + q(kInit) + ", 0, " +
        q(kAna) + ", 'lead', '2025-01-01', 'kick-off');" +
        "INSERT INTO contributions (id, initiative, member, description, status, updated_at) VALUES (" + q(kNumbers) +
        ", " + q(kInit) + ", " + q(kBo) + ", 'Churn numbers', 'planned', " + ts + ");" +
        "INSERT INTO decisions (id, title, method, status, proposed_on, updated_at) VALUES (" + q(kDec) +
        ", 'Report churn monthly', 'consent', 'proposed', '2025-01-02', " + ts + ");" +
        "INSERT INTO decision_options VALUES (" + q(kDec) + ", 0, 'monthly');" +
        "INSERT INTO decision_participants VALUES (" + q(kDec) + ", 0, " + q(kAna) + ", 'proposer', 'support', '');" +
        "INSERT INTO decisions_fts (rowid, title, context, outcome, rationale) "
        "SELECT rid, title, context, outcome, rationale FROM decisions;" +
        "INSERT INTO commitments (id, description, owner, status, updated_at) VALUES (" + q(kCom) +
        ", 'Automate the export', " + q(kAna) + ", 'open', " + ts + ");" +
        "INSERT INTO commitment_supporters VALUES (" + q(kCom) + ", 0, " + q(kBo) + ");" +
        "PRAGMA user_version = 1; COMMIT;";
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
}

/// Every record in the file has a newest history entry that says exactly what it holds.
std::int64_t expectEveryRecordInHistory(storage::Database& db)
{
    storage::RecordStore store(db);
    storage::HistoryLog log(db);
    std::int64_t records = 0;
    for (const RecordKind kind : storage::RecordStore::kinds()) {
        store.forEach(kind, [&](const AnyRecord& r) {
            ++records;
            const auto latest = log.latestOf(keyOf(r));
            INFO(toString(kind) << " " << keyOf(r));
            REQUIRE(latest);
            CHECK(latest->kind == kind);
            CHECK(latest->after == canonicalFields(r));
        });
    }
    return records;
}

} // namespace

TEST_CASE_METHOD(EditFixture, "The history refuses an UPDATE of its entries, even through plain sqlite3",
                 "[edit][history]")
{
    const auto before = history();
    REQUIRE_FALSE(before.empty());
    CHECK(rawExec(path, "UPDATE changes SET author = 'someone' WHERE seq = 1") ==
          "the change history is append-only: entries cannot be changed");
    CHECK(rawExec(path, "UPDATE changes SET after = '{}'") ==
          "the change history is append-only: entries cannot be changed");
    CHECK_THROWS(db().exec("UPDATE changes SET operation = 'x' WHERE seq = 2"));
    const auto after = history();
    REQUIRE(after.size() == before.size());
    CHECK(after[0].author == before[0].author);
    CHECK(after[0].after == before[0].after);
    CHECK(after[1].operation == before[1].operation);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "The history refuses a DELETE of its entries, even through plain sqlite3",
                 "[edit][history]")
{
    const auto count = historyCount();
    CHECK(rawExec(path, "DELETE FROM changes WHERE seq = 1") ==
          "the change history is append-only: entries cannot be deleted");
    CHECK(rawExec(path, "DELETE FROM changes") == "the change history is append-only: entries cannot be deleted");
    CHECK_THROWS(db().exec("DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)"));
    CHECK(historyCount() == count);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "Each entry's hash covers its contents and the entry before it", "[edit][history]")
{
    requireOk(service.decisions.propose(decision()));
    const auto entries = history();
    REQUIRE(entries.size() == 7);
    std::string previous;
    for (const auto& e : entries) {
        INFO("entry " << e.seq);
        CHECK(e.hash == storage::HistoryLog::hashOf(previous, e));
        storage::ChangeEntry changed = e;
        changed.author = "someone";
        CHECK(storage::HistoryLog::hashOf(previous, changed) != e.hash);
        CHECK(storage::HistoryLog::hashOf("0" + previous, e) != e.hash);
        previous = e.hash;
    }
    CHECK(storage::HistoryLog(db()).head() == entries.back().hash);
}

TEST_CASE_METHOD(EditFixture, "An edit that changes nothing writes no entry", "[edit][history]")
{
    const auto count = historyCount();
    const auto before = baton::test::dumpAll(db());
    const auto done = requireOk(service.people.editMember(stored<Member>(kBo)));
    CHECK(done.empty());
    CHECK(historyCount() == count);
    CHECK(baton::test::dumpAll(db()) == before);
}

TEST_CASE_METHOD(EditFixture, "A read-only team file refuses every edit and keeps its bytes",
                 "[edit][history][refused]")
{
    close();
    const std::string bytes = baton::test::readFile(path);
    {
        auto opened = storage::TeamFile::open(path, storage::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        edit::EditService readOnly(*opened.value(), clock);
        const auto added = readOnly.people.addMember(member(kZed, "Zed", std::nullopt));
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().message.find("read-only") != std::string::npos);
        CHECK_FALSE(readOnly.retract(RecordKind::Member, kDee).ok());
    }
    CHECK(baton::test::readFile(path) == bytes);
}

TEST_CASE_METHOD(TeamFileFixture, "A schema-1 team file is upgraded and each of its records adopted once",
                 "[edit][history][migration]")
{
    const std::string old = dir.file("old.baton");
    writeSchemaOneFile(old);
    auto opened = storage::TeamFile::open(old);
    INFO((opened.ok() ? std::string() : opened.error().message));
    REQUIRE(opened.ok());
    auto& upgraded = *opened.value();
    CHECK(std::filesystem::exists(upgraded.upgradeBackup()));
    storage::Database& udb = upgraded.db();
    CHECK(udb.queryInt("PRAGMA user_version") == storage::currentSchemaVersion());
    const auto entries = baton::test::allEntries(udb);
    REQUIRE(entries.size() == 9);
    std::set<std::string> records;
    for (const auto& e : entries) {
        INFO("entry " << e.seq << " " << e.record);
        CHECK(e.operation == "adopt");
        CHECK_FALSE(e.author);
        CHECK_FALSE(e.before);
        CHECK_FALSE(e.undoes);
        records.insert(e.record);
    }
    CHECK(records.size() == 9);
    CHECK(records.count(kAna + "/" + kData) == 1);
    CHECK(expectEveryRecordInHistory(udb) == 9);
    const auto v = storage::verifyHistory(udb);
    INFO(v.problem);
    CHECK(v.ok);
    CHECK(v.entries == 9);
    CHECK(v.records == 9);

    // The upgraded file takes edits like any other, and they follow on from the adoption.
    edit::EditService upgradedService(upgraded, clock);
    auto d = *storage::RecordStore(udb).find<Decision>(kDec);
    CHECK_FALSE(d.retracted);
    CHECK(d.options == std::vector<std::string>{"monthly"});
    d.title = "Report churn every month";
    REQUIRE(upgradedService.decisions.editDecision(d).ok());
    CHECK(storage::verifyHistory(udb).ok);
}

TEST_CASE_METHOD(TeamFileFixture, "The sample team imported into a new file has every record in the history",
                 "[edit][history][import]")
{
    const auto report = exchange::TeamImporter(*file).importFile(BATON_SAMPLE_TEAM);
    REQUIRE(report.applied);
    {
        // Until the importer writes history itself, the records it wrote are adopted here.
        storage::Transaction tx(db());
        storage::adoptUntracked(db(), clock.now());
        tx.commit();
    }
    const std::int64_t records = expectEveryRecordInHistory(db());
    CHECK(records == 991);
    CHECK(storage::HistoryLog(db()).count() >= records);
    const auto v = storage::verifyHistory(db());
    INFO(v.problem);
    CHECK(v.ok);
    CHECK(v.records == records);
}

TEST_CASE_METHOD(EditFixture, "Records written straight through the repositories are adopted once", "[edit][history]")
{
    const auto count = historyCount();
    {
        storage::Transaction tx(db());
        Member zed = member(kZed, "Zed Quinn", std::nullopt);
        zed.updatedAt = clock.now();
        storage::MemberRepository(db()).upsert(zed);
        Decision d = decision();
        d.updatedAt = clock.now();
        storage::DecisionRepository(db()).upsert(d);
        tx.commit();
    }
    const auto drift = storage::verifyHistory(db());
    CHECK_FALSE(drift.ok);
    CHECK(drift.problem.find("is not in the history: it was added outside Baton") != std::string::npos);

    std::int64_t adopted = 0;
    {
        storage::Transaction tx(db());
        adopted = storage::adoptUntracked(db(), clock.now());
        tx.commit();
    }
    CHECK(adopted == 2);
    const auto entries = history();
    REQUIRE(entries.size() == static_cast<std::size_t>(count) + 2);
    std::set<std::string> records;
    for (auto it = entries.begin() + count; it != entries.end(); ++it) {
        CHECK(it->operation == "adopt");
        CHECK_FALSE(it->author);
        CHECK_FALSE(it->before);
        CHECK(it->at == clock.now());
        records.insert(it->record);
    }
    CHECK(records == std::set<std::string>{kZed, kDec});
    expectVerified();
    {
        storage::Transaction tx(db());
        CHECK(storage::adoptUntracked(db(), clock.now()) == 0);
        tx.commit();
    }
    CHECK(historyCount() == count + 2);
}

TEST_CASE_METHOD(EditFixture, "A period filter compares times as times, fractions of a second included",
                 "[edit][history]")
{
    storage::Transaction tx(db());
    storage::HistoryLog log(db());
    const auto base = historyCount();
    for (const char* at : {"2026-05-01T04:59:59.999Z", "2026-05-01T05:00:00Z", "2026-05-01T05:00:00.500Z",
                           "2026-05-01T05:59:59.999999Z", "2026-05-01T06:00:00Z"}) {
        storage::ChangeEntry e;
        e.at = *Timestamp::parse(at);
        e.operation = "test";
        e.kind = RecordKind::Member;
        e.record = std::string("probe-") + at;
        e.after = "{}";
        log.append(e);
    }
    tx.commit();
    storage::ChangeFilter filter;
    filter.since = *Timestamp::parse("2026-05-01T05:00:00Z");
    filter.until = *Timestamp::parse("2026-05-01T06:00:00Z");
    std::set<std::string> seen;
    for (const auto& e : log.page(filter, std::nullopt, 100))
        seen.insert(e.at.toString());
    CHECK(seen ==
          std::set<std::string>{"2026-05-01T05:00:00Z", "2026-05-01T05:00:00.500Z", "2026-05-01T05:59:59.999999Z"});
    CHECK(log.count(filter) == 3);
    CHECK(historyCount() == base + 5);
}

TEST_CASE_METHOD(EditFixture, "A short period pages newest first, even when times do not follow the sequence",
                 "[edit][history]")
{
    storage::Transaction tx(db());
    storage::HistoryLog log(db());
    // In the period: the 1st, 3rd, 5th and 6th appended; the others are newer in time but outside.
    const char* times[] = {"2026-05-01T05:10:00Z", "2026-06-01T00:00:00Z", "2026-05-01T05:20:00Z",
                           "2026-06-02T00:00:00Z", "2026-05-01T05:05:00Z", "2026-05-01T05:30:00Z"};
    std::vector<std::int64_t> inPeriod;
    for (int i = 0; i < 6; ++i) {
        storage::ChangeEntry e;
        e.at = *Timestamp::parse(times[i]);
        e.operation = "test";
        e.kind = RecordKind::Member;
        e.record = "probe-" + std::to_string(i);
        e.after = "{}";
        log.append(e); // fills in seq
        if (i % 2 == 0 || i == 5)
            inPeriod.push_back(e.seq);
    }
    tx.commit();
    storage::ChangeFilter filter;
    filter.since = *Timestamp::parse("2026-05-01T05:00:00Z");
    filter.until = *Timestamp::parse("2026-05-01T06:00:00Z");
    const auto first = log.page(filter, std::nullopt, 2);
    REQUIRE(first.size() == 2);
    CHECK(first[0].seq == inPeriod[3]);
    CHECK(first[1].seq == inPeriod[2]);
    const auto second = log.page(filter, first[1].seq, 2);
    REQUIRE(second.size() == 2);
    CHECK(second[0].seq == inPeriod[1]);
    CHECK(second[1].seq == inPeriod[0]);
    CHECK(log.skip(filter, std::nullopt, 3) == inPeriod[1]);
}

TEST_CASE_METHOD(EditFixture, "Two records of different kinds with the same id verify without a false alarm",
                 "[edit][history]")
{
    using namespace baton::test::edits;
    auto d = decision();
    d.id = DecisionId(kAna); // the same id as a member: ids are unique per kind only
    requireOk(service.decisions.propose(d));
    auto again = stored<Decision>(kAna);
    again.title = "Retitled";
    requireOk(service.decisions.editDecision(again));
    const auto verified = storage::verifyHistory(db());
    INFO(verified.problem);
    CHECK(verified.ok);
}
