#pragma once

// A real team file with the edit service over it, a few members and areas, and helpers that
// check what an edit wrote to the history, or that a refused edit wrote nothing at all.

#include "support/Catch.h"
#include "support/TeamFileFixture.h"

#include "baton/domain/Record.h"
#include "baton/edit/EditService.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/RecordStore.h"

#include <sqlite3.h>

#include <optional>
#include <string>
#include <vector>

namespace baton::test {

namespace edits {
inline const std::string kAna = "01930000-0000-7000-8000-000000000001";
inline const std::string kBo = "01930000-0000-7000-8000-000000000002";
inline const std::string kCy = "01930000-0000-7000-8000-000000000003"; // left on 2026-06-30
inline const std::string kDee = "01930000-0000-7000-8000-000000000004";
inline const std::string kData = "01930000-0000-7000-8000-0000000000a1";
inline const std::string kAnalytics = "01930000-0000-7000-8000-0000000000a2"; // inside Data
inline const std::string kInit = "01930000-0000-7000-8000-0000000000b1";
inline const std::string kDec = "01930000-0000-7000-8000-0000000000d1";
inline const std::string kCom = "01930000-0000-7000-8000-0000000000f1";
inline const std::string kMissing = "01930000-0000-7000-8000-00000000ffff";
} // namespace edits

/// One history entry an edit should have written: `before` is the record's canonical text
/// before the edit (empty for a new record).
struct Expected {
    domain::RecordKind kind;
    std::string record;
    std::optional<std::string> before;
};

/// Every row of every table of `db`, as text: equal dumps mean an unchanged file.
inline std::string dumpAll(storage::Database& db)
{
    std::vector<std::string> tables;
    {
        storage::Statement s = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        while (s.step())
            tables.push_back(s.columnText(0));
    }
    std::string out;
    for (const auto& table : tables) {
        out += "## " + table + "\n";
        sqlite3_stmt* raw = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), ("SELECT * FROM \"" + table + "\"").c_str(), -1, &raw, nullptr) ==
                SQLITE_OK);
        while (sqlite3_step(raw) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(raw); ++c) {
                const auto* text = sqlite3_column_text(raw, c);
                out += text ? reinterpret_cast<const char*>(text) : "<null>";
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(raw);
    }
    return out;
}

/// The whole history, oldest first.
inline std::vector<storage::ChangeEntry> allEntries(storage::Database& db)
{
    storage::Statement s =
        db.prepare(std::string("SELECT ") + storage::HistoryLog::kColumns + " FROM changes ORDER BY seq");
    std::vector<storage::ChangeEntry> out;
    while (s.step())
        out.push_back(storage::HistoryLog::readRow(s));
    return out;
}

/// A team file with the edit service, and Ana, Bo, Cy (who left), Dee and two areas in it.
struct EditFixture : TeamFileFixture {
    edit::EditService service{*file, clock};

    EditFixture()
    {
        using namespace edits;
        addMember(kAna, "Ana Silva", "ana@northwind.example");
        addMember(kBo, "Bo Chen", "bo@northwind.example");
        addMember(kCy, "Cy Okafor", std::nullopt, "2026-06-30");
        addMember(kDee, "Dee Park", std::nullopt);
        addArea(kData, "Data", std::nullopt);
        addArea(kAnalytics, "Analytics", kData);
    }

    // --- building blocks -------------------------------------------------------------

    static domain::Member member(const std::string& id, const std::string& name, std::optional<std::string> email,
                                 const char* leftOn = nullptr)
    {
        domain::Member m = test::member(id, name, leftOn);
        m.email = std::move(email);
        m.joinedOn = day("2024-01-15");
        return m;
    }
    void addMember(const std::string& id, const std::string& name, std::optional<std::string> email,
                   const char* leftOn = nullptr)
    {
        requireOk(service.people.addMember(member(id, name, std::move(email), leftOn)));
    }
    static domain::ExpertiseArea area(const std::string& id, const std::string& name, std::optional<std::string> parent)
    {
        domain::ExpertiseArea a;
        a.id = domain::AreaId(id);
        a.name = name;
        if (parent)
            a.parent = domain::AreaId(*parent);
        return a;
    }
    void addArea(const std::string& id, const std::string& name, std::optional<std::string> parent)
    {
        requireOk(service.people.addArea(area(id, name, std::move(parent))));
    }
    /// An active initiative led by Ana since 2026-01-01.
    static domain::Initiative initiative(const std::string& id = edits::kInit)
    {
        domain::Initiative i;
        i.id = domain::InitiativeId(id);
        i.title = "Churn dashboard";
        i.description = "Make churn visible weekly";
        i.status = domain::InitiativeStatus::Active;
        i.startedOn = day("2026-01-01");
        i.areas = {domain::AreaId(edits::kAnalytics)};
        i.leadership = {stint(edits::kAna, "2026-01-01")};
        i.leadership[0].reason = "knows the data model";
        return i;
    }
    static domain::Decision decision(const std::string& id = edits::kDec)
    {
        domain::Decision d;
        d.id = domain::DecisionId(id);
        d.title = "Report churn monthly";
        d.context = "Quarterly was too slow";
        d.options = {"monthly", "quarterly"};
        d.method = domain::DecisionMethod::Consent;
        d.proposedOn = day("2026-11-01");
        d.participants = {{domain::MemberId(edits::kAna), domain::ParticipantRole::Proposer, domain::Stance::Support,
                           "", "", std::nullopt}};
        return d;
    }
    static domain::Commitment commitment(const std::string& id = edits::kCom)
    {
        domain::Commitment c;
        c.id = domain::CommitmentId(id);
        c.description = "Automate the monthly churn export";
        c.owner = domain::MemberId(edits::kAna);
        c.supporters = {domain::MemberId(edits::kBo)};
        c.dueOn = day("2026-12-15");
        return c;
    }
    static domain::Contribution contribution(const std::string& id, const std::string& description,
                                             std::vector<std::string> dependsOn = {})
    {
        domain::Contribution c;
        c.id = domain::ContributionId(id);
        c.initiative = domain::InitiativeId(edits::kInit);
        c.member = domain::MemberId(edits::kBo);
        c.description = description;
        for (auto& d : dependsOn)
            c.dependsOn.emplace_back(std::move(d));
        return c;
    }
    /// The decision, proposed and then decided by Ana.
    void decidedDecision(const std::string& id = edits::kDec)
    {
        requireOk(service.decisions.propose(decision(id)));
        requireOk(service.decisions.decide(domain::DecisionId(id), domain::MemberId(edits::kAna), day("2026-11-20"),
                                           "monthly", "Ana automated it"));
    }

    // --- reading the file --------------------------------------------------------------

    static edit::ChangeSet requireOk(const edit::Edit& result)
    {
        INFO((result.ok() ? std::string() : result.error().message));
        REQUIRE(result.ok());
        return result.value();
    }
    std::vector<storage::ChangeEntry> history() { return allEntries(db()); }
    std::int64_t historyCount() { return storage::HistoryLog(db()).count(); }
    std::optional<domain::AnyRecord> find(domain::RecordKind kind, const std::string& key)
    {
        return storage::RecordStore(db()).find(kind, key);
    }
    template <typename T> T stored(const std::string& key)
    {
        auto found = storage::RecordStore(db()).find<T>(key);
        REQUIRE(found);
        return *found;
    }
    /// The record's canonical text as stored now; empty when there is none.
    std::optional<std::string> canon(domain::RecordKind kind, const std::string& key)
    {
        const auto r = find(kind, key);
        return r ? std::optional<std::string>(domain::canonicalFields(*r)) : std::nullopt;
    }
    std::optional<std::string> me()
    {
        const auto who = service.me();
        return who ? std::optional<std::string>(who->str()) : std::nullopt;
    }
    void expectVerified()
    {
        const storage::VerifyResult v = storage::verifyHistory(db());
        INFO(v.problem);
        CHECK(v.ok);
        CHECK(v.problem.empty());
    }

    /// Checks that `result` succeeded and wrote exactly `expected`, in order, as the newest
    /// entries after `countBefore`: operation, kind, record, author, before and after, seq,
    /// `undoes` (one per entry, for undo and redo), the ChangeSet it returned, and that the
    /// history still verifies.
    std::vector<storage::ChangeEntry> expectWrote(const edit::Edit& result, std::int64_t countBefore,
                                                  const std::string& operation, const std::vector<Expected>& expected,
                                                  const std::vector<std::int64_t>& undoes = {})
    {
        const edit::ChangeSet done = requireOk(result);
        CHECK(done.operation == operation);
        REQUIRE(done.changes.size() == expected.size());
        const auto entries = history();
        REQUIRE(entries.size() == static_cast<std::size_t>(countBefore) + expected.size());
        std::vector<storage::ChangeEntry> written(entries.begin() + countBefore, entries.end());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto& e = written[i];
            INFO("entry " << e.seq << " for " << expected[i].record);
            CHECK(e.seq == countBefore + static_cast<std::int64_t>(i) + 1);
            CHECK(e.operation == operation);
            CHECK(e.kind == expected[i].kind);
            CHECK(e.record == expected[i].record);
            CHECK(e.author == me());
            CHECK(e.before == expected[i].before);
            CHECK(e.after == domain::canonicalFields(done.changes[i].after));
            CHECK(e.undoes == (undoes.empty() ? std::nullopt : std::optional<std::int64_t>(undoes.at(i))));
            CHECK(done.changes[i].seq == e.seq);
            CHECK(domain::keyOf(done.changes[i].after) == expected[i].record);
            CHECK(e.hash.size() == 64);
        }
        // The newest entry of each record is what the file holds now.
        for (const auto& x : expected) {
            const auto latest = storage::HistoryLog(db()).latestOf(x.record);
            REQUIRE(latest);
            CHECK(std::optional<std::string>(latest->after) == canon(x.kind, x.record));
        }
        expectVerified();
        return written;
    }

    /// Runs `edit`, which must be refused with a message containing `fragment`, and checks that
    /// the file did not change at all: no history entry, every table row for row the same.
    template <typename EditCall> void expectRefused(EditCall&& editCall, const std::string& fragment)
    {
        const std::string before = dumpAll(db());
        const std::int64_t count = historyCount();
        const edit::Edit result = editCall();
        REQUIRE_FALSE(result.ok());
        INFO("message: " << result.error().message);
        CHECK(result.error().message.find(fragment) != std::string::npos);
        CHECK(historyCount() == count);
        CHECK(dumpAll(db()) == before);
    }
};

} // namespace baton::test
