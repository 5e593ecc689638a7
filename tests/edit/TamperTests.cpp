// Tampering with a team file behind Baton's back: every kind of change verifyHistory must
// notice, made on copies of the sample team with the history's triggers dropped first.

#include "edit/EditFixture.h"

#include "baton/exchange/TeamImporter.h"

#include <array>
#include <filesystem>
#include <map>
#include <random>
#include <stdexcept>

using namespace baton;
using namespace baton::domain;
using baton::test::TeamFileFixture;

namespace {

/// The sample team imported into a new file, every record in the history, then a few edits
/// through the service (retitles, rewordings, a retraction, an undo) so the history holds
/// more than adoptions. The last edit rewords `lastEdited`.
struct SampleTeam : TeamFileFixture {
    edit::EditService service{*file, clock};
    std::vector<std::string> decisions, commitments;
    std::string lastEdited;

    SampleTeam()
    {
        const auto report = exchange::TeamImporter(*file).importFile(BATON_SAMPLE_TEAM);
        if (!report.applied)
            throw std::runtime_error("the sample team did not import: " + report.errors.at(0).toString());
        {
            // Until the importer writes history itself, the records it wrote are adopted here.
            storage::Transaction tx(db());
            storage::adoptUntracked(db(), clock.now());
            tx.commit();
        }
        storage::RecordStore store(db());
        store.forEach(RecordKind::Decision, [&](const AnyRecord& r) {
            if (decisions.size() < 10 && !isRetracted(r))
                decisions.push_back(keyOf(r));
        });
        store.forEach(RecordKind::Commitment, [&](const AnyRecord& r) {
            if (commitments.size() < 11 && !isRetracted(r))
                commitments.push_back(keyOf(r));
        });
        std::optional<edit::ChangeSet> firstRetitle;
        for (const auto& id : decisions) {
            clock.advanceMillis(1000);
            Decision d = *store.find<Decision>(id);
            d.title += " (revised)";
            auto done = service.decisions.editDecision(d);
            require(done);
            if (!firstRetitle)
                firstRetitle = done.value();
        }
        for (std::size_t i = 0; i < 10; ++i)
            reword(commitments[i], " (revised)");
        require(service.retract(RecordKind::Commitment, commitments[10]));
        require(service.undo(*firstRetitle));
        reword(commitments[0], " again");
        lastEdited = commitments[0];
    }
    static void require(const edit::Edit& done)
    {
        if (!done)
            throw std::runtime_error(done.error().message);
    }
    void reword(const std::string& id, const std::string& suffix)
    {
        clock.advanceMillis(1000);
        Commitment c = *storage::RecordStore(db()).find<Commitment>(id);
        c.description += suffix;
        require(service.commitments.editCommitment(c));
    }
};

void dropTriggers(storage::Database& db)
{
    db.exec("DROP TRIGGER changes_are_never_updated");
    db.exec("DROP TRIGGER changes_are_never_deleted");
}

/// One field of one live record (or of one of its child rows) changed in place.
struct FieldTamper {
    const char* table;
    const char* recordKey; ///< SQL giving the record's history key from the row
    const char* rowKey;    ///< the row's primary key columns
    const char* live;      ///< which rows belong to live records
    const char* set;       ///< the change; always gives a different value
};

constexpr const char* kLive = "retracted = 0";
constexpr const char* kLiveInitiative = "initiative IN (SELECT id FROM initiatives WHERE retracted = 0)";
constexpr const char* kLiveDecision = "decision IN (SELECT id FROM decisions WHERE retracted = 0)";
constexpr const char* kLiveCommitment = "commitment IN (SELECT id FROM commitments WHERE retracted = 0)";

const std::array<FieldTamper, 21> kFieldTampers{{
    {"members", "id", "rid", kLive, "name = name || ' (edited)'"},
    {"members", "id", "rid", kLive, "title = coalesce(title, '') || ' II'"},
    {"members", "id", "rid", kLive,
     "joined_on = CASE WHEN joined_on IS '2001-01-01' THEN '2001-01-02' ELSE '2001-01-01' END"},
    {"expertise_areas", "id", "rid", kLive, "description = description || ' (edited)'"},
    {"expertise", "member || '/' || area", "member, area", kLive, "level = level % 5 + 1"},
    {"expertise", "member || '/' || area", "member, area", kLive, "wants_to_learn = 1 - wants_to_learn"},
    {"endorsements", "id", "rid", kLive, "note = note || '!'"},
    {"initiatives", "id", "rid", kLive, "title = title || ' (edited)'"},
    {"initiatives", "id", "rid", kLive, "status = CASE status WHEN 'active' THEN 'cancelled' ELSE 'active' END"},
    {"contributions", "id", "rid", kLive, "description = description || '.'"},
    {"decisions", "id", "rid", kLive, "context = context || ' Edited.'"},
    {"decisions", "id", "rid", kLive, "decide_by = CASE WHEN decide_by IS NULL THEN '2030-01-01' ELSE NULL END"},
    {"commitments", "id", "rid", kLive, "outcome = outcome || ' Edited.'"},
    {"commitments", "id", "rid", kLive, "retracted = 1"},
    {"lead_stints", "initiative", "initiative, position", kLiveInitiative, "reason = reason || ' (edited)'"},
    {"lead_stints", "initiative", "initiative, position", kLiveInitiative, "from_on = date(from_on, '-1 day')"},
    {"decision_participants", "decision", "decision, position", kLiveDecision,
     "stance = CASE stance WHEN 'objection' THEN 'support' ELSE 'objection' END"},
    {"decision_participants", "decision", "decision, position", kLiveDecision, "comment = comment || ' (edited)'"},
    {"decision_options", "decision", "decision, position", kLiveDecision, "text = text || '?'"},
    {"commitment_supporters", "commitment", "commitment, position", kLiveCommitment,
     "member = (SELECT id FROM members m WHERE m.id <> commitment_supporters.member ORDER BY m.rid LIMIT 1)"},
    {"initiative_areas", "initiative", "initiative, position", kLiveInitiative,
     "area = (SELECT id FROM expertise_areas a WHERE a.id <> initiative_areas.area ORDER BY a.rid LIMIT 1)"},
}};

enum class Tamper { Field, DeleteEntry, SwapEntries, Author, After };
constexpr std::array<const char*, 5> kTamperNames{"field", "delete-entry", "swap-entries", "author", "after"};

/// What was done, and the entry or record a good verdict should name.
struct Tampered {
    Tamper kind;
    std::string what;
    std::string record;
};

std::int64_t pick(std::mt19937& random, std::int64_t count)
{
    return static_cast<std::int64_t>(random() % static_cast<std::uint32_t>(count));
}

std::string recordOfEntry(storage::Database& db, std::int64_t seq)
{
    storage::Statement s = db.prepare("SELECT record FROM changes WHERE seq = ?");
    s.bind(1, seq);
    REQUIRE(s.step());
    return s.columnText(0);
}

Tampered tamperField(storage::Database& db, std::mt19937& random)
{
    const FieldTamper& t = kFieldTampers[static_cast<std::size_t>(pick(random, kFieldTampers.size()))];
    const std::string from = std::string(" FROM ") + t.table + " WHERE " + t.live;
    const std::int64_t rows = db.queryInt("SELECT count(*)" + from);
    REQUIRE(rows > 0);
    const std::string nth = from + " ORDER BY " + t.rowKey + " LIMIT 1 OFFSET " + std::to_string(pick(random, rows));
    const std::string record = db.queryText(std::string("SELECT ") + t.recordKey + nth);
    db.exec(std::string("UPDATE ") + t.table + " SET " + t.set + " WHERE (" + t.rowKey + ") IN (SELECT " + t.rowKey +
            nth + ")");
    REQUIRE(db.changes() == 1);
    return {Tamper::Field, std::string(t.table) + ": " + t.set, record};
}

Tampered tamper(storage::Database& db, std::mt19937& random, Tamper kind)
{
    const std::int64_t entries = db.queryInt("SELECT count(*) FROM changes");
    const std::int64_t seq = 1 + pick(random, entries);
    const std::string at = std::to_string(seq);
    switch (kind) {
    case Tamper::Field:
        return tamperField(db, random);
    case Tamper::DeleteEntry: {
        const std::string record = recordOfEntry(db, seq);
        db.exec("DELETE FROM changes WHERE seq = " + at);
        REQUIRE(db.changes() == 1);
        return {kind, "deleted entry " + at, record};
    }
    case Tamper::SwapEntries: {
        std::int64_t other = 1 + pick(random, entries - 1);
        if (other >= seq)
            ++other;
        const std::string with = std::to_string(other);
        db.exec("CREATE TEMP TABLE swapped AS SELECT * FROM changes WHERE seq IN (" + at + ", " + with + ")");
        db.exec("UPDATE changes SET (at, author, operation, kind, record, before, after, undoes, hash) = "
                "(SELECT at, author, operation, kind, record, before, after, undoes, hash FROM swapped s "
                "WHERE s.seq = CASE changes.seq WHEN " +
                at + " THEN " + with + " ELSE " + at + " END) WHERE seq IN (" + at + ", " + with + ")");
        REQUIRE(db.changes() == 2);
        db.exec("DROP TABLE swapped");
        return {kind, "swapped entries " + at + " and " + with, recordOfEntry(db, std::min(seq, other))};
    }
    case Tamper::Author:
        db.exec(
            "UPDATE changes SET author = CASE WHEN author IS NULL THEN (SELECT id FROM members ORDER BY rid LIMIT 1) "
            "ELSE (SELECT id FROM members WHERE id IS NOT changes.author ORDER BY rid LIMIT 1) END WHERE seq = " +
            at);
        REQUIRE(db.changes() == 1);
        return {kind, "changed the author of entry " + at, recordOfEntry(db, seq)};
    case Tamper::After:
        db.exec("UPDATE changes SET after = replace(after, '\"updated_at\":\"20', '\"updated_at\":\"19') WHERE seq = " +
                at);
        REQUIRE(db.changes() == 1);
        return {kind, "rewrote the after text of entry " + at, recordOfEntry(db, seq)};
    }
    FAIL("unknown tampering");
    return {};
}

void removeTeamFile(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

} // namespace

TEST_CASE_METHOD(SampleTeam, "verifyHistory passes on the untouched sample team and on a copy without the triggers",
                 "[edit][tamper]")
{
    const auto v = storage::verifyHistory(db());
    INFO(v.problem);
    CHECK(v.ok);
    CHECK(v.problem.empty());
    CHECK(v.records == 991);
    CHECK(v.entries == storage::HistoryLog(db()).count());
    CHECK(v.entries > v.records);
    close();
    const std::string copy = dir.file("copy.baton");
    std::filesystem::copy_file(path, copy);
    {
        storage::Database db(copy, storage::Database::Mode::ReadWrite);
        dropTriggers(db);
        const auto again = storage::verifyHistory(db);
        INFO(again.problem);
        CHECK(again.ok);
    }
    removeTeamFile(copy);
}

TEST_CASE_METHOD(SampleTeam, "verifyHistory flags each of 100 tamperings made with the triggers dropped",
                 "[edit][tamper]")
{
    close();
    std::mt19937 random(20261126);
    std::map<Tamper, int> made;
    int flagged = 0;
    for (int i = 0; i < 100; ++i) {
        const std::string copy = dir.file("copy-" + std::to_string(i) + ".baton");
        std::filesystem::copy_file(path, copy);
        {
            storage::Database db(copy, storage::Database::Mode::ReadWrite);
            dropTriggers(db);
            const auto kind = static_cast<Tamper>(pick(random, kTamperNames.size()));
            const Tampered t = tamper(db, random, kind);
            ++made[kind];
            const auto v = storage::verifyHistory(db);
            INFO("copy " << i << ", " << kTamperNames[static_cast<std::size_t>(kind)] << ": " << t.what << " (record "
                         << t.record << ")\nverdict: " << v.problem);
            CHECK_FALSE(v.ok);
            CHECK_FALSE(v.problem.empty());
            const bool named =
                v.problem.find("history entry") != std::string::npos || v.problem.find(t.record) != std::string::npos;
            CHECK(named);
            flagged += !v.ok && named ? 1 : 0;
        }
        removeTeamFile(copy);
    }
    CHECK(flagged == 100);
    for (std::size_t k = 0; k < kTamperNames.size(); ++k) {
        INFO(kTamperNames[k]);
        CHECK(made[static_cast<Tamper>(k)] >= 10);
    }
}

TEST_CASE_METHOD(SampleTeam, "A record changed outside Baton stays flagged after a later edit through the service",
                 "[edit][tamper]")
{
    dropTriggers(db());
    const std::string id = commitments[5];
    db().prepare("UPDATE commitments SET outcome = 'quietly changed' WHERE id = ?").bind(1, id).run();
    const auto tampered = storage::verifyHistory(db());
    CHECK_FALSE(tampered.ok);
    CHECK(tampered.problem.find(id) != std::string::npos);
    CHECK(tampered.problem.find("\"outcome\" was changed outside Baton") != std::string::npos);

    // Edited through the service, the record matches its newest entry again, but that entry
    // does not start where the one before it left the record.
    Commitment c = *storage::RecordStore(db()).find<Commitment>(id);
    c.description += " (edited after the tampering)";
    SampleTeam::require(service.commitments.editCommitment(c));
    const auto v = storage::verifyHistory(db());
    INFO(v.problem);
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find(id) != std::string::npos);
    CHECK(v.problem.find("changed outside Baton in between") != std::string::npos);
}

TEST_CASE_METHOD(SampleTeam, "A deleted newest entry stays flagged after a later edit of the same record",
                 "[edit][tamper]")
{
    dropTriggers(db());
    const auto count = storage::HistoryLog(db()).count();
    REQUIRE(storage::HistoryLog(db()).latestOf(lastEdited)->seq == count);
    db().exec("DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)");
    CHECK_FALSE(storage::verifyHistory(db()).ok);
    // The next entry takes the deleted one's number and chains on from the one before it.
    reword(lastEdited, " once more");
    CHECK(storage::HistoryLog(db()).count() == count);
    const auto v = storage::verifyHistory(db());
    INFO(v.problem);
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find("history entry " + std::to_string(count)) != std::string::npos);
}

TEST_CASE_METHOD(SampleTeam, "A rewritten or deleted entry stays flagged after later edits", "[edit][tamper]")
{
    dropTriggers(db());
    db().exec("UPDATE changes SET author = 'nobody' WHERE seq = 995");
    reword(commitments[3], " later");
    reword(commitments[4], " later");
    auto v = storage::verifyHistory(db());
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find("history entry 995") != std::string::npos);

    db().exec("UPDATE changes SET author = NULL WHERE seq = 995"); // put back as it was
    REQUIRE(storage::verifyHistory(db()).ok);
    db().exec("DELETE FROM changes WHERE seq = 10");
    reword(commitments[6], " later");
    v = storage::verifyHistory(db());
    CHECK_FALSE(v.ok);
    CHECK(v.problem.find("history entry 10 is missing") != std::string::npos);
}
