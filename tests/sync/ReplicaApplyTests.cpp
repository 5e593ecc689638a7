// Replicas that receive the same changes in different interleavings and batches hold the same
// records: the merge on real team files, without a server.
#include "support/Builders.h"
#include "support/Catch.h"
#include "support/TempDir.h"

#include "baton/edit/EditService.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/Database.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/TeamFile.h"
#include "baton/sync/Replica.h"

#include <filesystem>
#include <memory>
#include <random>

using namespace baton;
using namespace baton::test;

namespace {

const std::string kAna = "01930000-0000-7000-8000-000000000001";
const std::string kBo = "01930000-0000-7000-8000-000000000002";
const std::string kDec = "01930000-0000-7000-8000-0000000000d1";
const std::string kCom = "01930000-0000-7000-8000-0000000000f1";

std::unique_ptr<storage::TeamFile> open(const std::string& path)
{
    auto opened = storage::TeamFile::open(path);
    REQUIRE(opened);
    return std::move(opened.value());
}

/// A linked team file with two members, a decision and a commitment, as published.
void makeBaseline(const std::string& path)
{
    domain::FixedClock clock(*domain::Timestamp::parse("2026-11-20T09:00:00Z"));
    auto created = storage::TeamFile::create(path, "Northwind", clock);
    REQUIRE(created);
    auto& file = *created.value();
    edit::EditService e(file, clock);
    REQUIRE(e.people.addMember(member(kAna, "Ana")));
    REQUIRE(e.people.addMember(member(kBo, "Bo")));
    domain::Decision d;
    d.id = domain::DecisionId(kDec);
    d.title = "Use the new form";
    REQUIRE(e.decisions.propose(d));
    domain::Commitment c;
    c.id = domain::CommitmentId(kCom);
    c.description = "Write the note";
    c.owner = domain::MemberId(kBo);
    REQUIRE(e.commitments.addCommitment(c));
    storage::Transaction tx(file.db());
    const auto head = file.db().queryInt("SELECT max(seq) FROM changes");
    sync::Replica(file.db()).linkTo({"host=nowhere", "team", kAna, head, 0, 0, false});
    tx.commit();
}

/// One member's offline edits on their own copy; returns them as they would travel.
std::vector<sync::SyncChange> editOffline(const std::string& path, const std::string& me, std::int64_t offsetMs,
                                          unsigned seed)
{
    auto file = open(path);
    domain::FixedClock clock(*domain::Timestamp::parse("2026-11-26T09:00:00Z"));
    clock.advanceMillis(offsetMs);
    edit::EditService e(*file, clock);
    storage::Transaction tx(file->db());
    file->db().exec("UPDATE sync_link SET member = '" + me + "'");
    tx.commit();
    REQUIRE(e.setMe(domain::MemberId(me)));
    std::mt19937 rng(seed);
    std::vector<std::string> commitments{kCom};
    for (int i = 0; i < 12; ++i) {
        clock.advanceMillis(static_cast<std::int64_t>(rng() % 900));
        storage::RecordStore store(file->db());
        switch (rng() % 4) {
        case 0: {
            auto c = *store.find<domain::Commitment>(commitments[rng() % commitments.size()]);
            c.description = me.substr(me.size() - 1) + " wording " + std::to_string(i);
            REQUIRE(e.commitments.editCommitment(c));
            break;
        }
        case 1: {
            auto d = *store.find<domain::Decision>(kDec);
            d.context = me.substr(me.size() - 1) + " context " + std::to_string(i);
            REQUIRE(e.decisions.editDecision(d));
            break;
        }
        case 2:
            REQUIRE(e.decisions.recordStance(domain::DecisionId(kDec), domain::MemberId(me),
                                             domain::ParticipantRole::Consulted,
                                             i % 2 ? domain::Stance::Support : domain::Stance::Concern, ""));
            break;
        case 3: {
            domain::Commitment c;
            c.id = domain::CommitmentId(e.newId());
            c.description = "New " + std::to_string(i);
            c.owner = domain::MemberId(me);
            c.decision = domain::DecisionId(kDec);
            REQUIRE(e.commitments.addCommitment(c));
            commitments.push_back(c.id.str());
            break;
        }
        }
    }
    return sync::Replica(file->db()).unsent(1000);
}

std::string digestOf(const std::string& path)
{
    auto file = open(path);
    const auto v = storage::verifyHistory(file->db());
    INFO(v.problem);
    CHECK(v.ok);
    return v.contentDigest + " " + std::to_string(v.entries) + " " +
           std::to_string(sync::Replica(file->db()).counts().openConflicts);
}

} // namespace

TEST_CASE("replicas given the same changes in different interleavings and batches converge", "[sync]")
{
    const unsigned seed = GENERATE(11u, 12u, 13u);
    INFO("seed " << seed);
    TempDir dir;
    const std::string base = dir.file("base.baton");
    makeBaseline(base);
    const std::vector<std::string> names{"ana", "bo", "r1", "r2", "r3"};
    for (const auto& n : names)
        std::filesystem::copy_file(base, dir.file(n + ".baton"));
    const auto fromAna = editOffline(dir.file("ana.baton"), kAna, 0, seed);
    const auto fromBo = editOffline(dir.file("bo.baton"), kBo, 250, seed + 100);

    // Three server orders: Ana's first, Bo's first, and a random interleaving; each keeps
    // every member's own order, as a server does.
    std::mt19937 rng(seed);
    std::vector<std::vector<sync::SyncChange>> orders(3);
    orders[0] = fromAna;
    orders[0].insert(orders[0].end(), fromBo.begin(), fromBo.end());
    orders[1] = fromBo;
    orders[1].insert(orders[1].end(), fromAna.begin(), fromAna.end());
    for (std::size_t a = 0, b = 0; a < fromAna.size() || b < fromBo.size();)
        orders[2].push_back((b == fromBo.size() || (a < fromAna.size() && rng() % 2)) ? fromAna[a++] : fromBo[b++]);
    for (auto& order : orders)
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i].serverSeq = static_cast<std::int64_t>(i + 1);

    const auto deliver = [&](const std::string& name, const std::vector<sync::SyncChange>& order, std::size_t batch) {
        auto file = open(dir.file(name + ".baton"));
        sync::Replica replica(file->db());
        for (std::size_t i = 0; i < order.size(); i += batch) {
            const std::vector<sync::SyncChange> part(order.begin() + static_cast<std::ptrdiff_t>(i),
                                                     order.begin() + static_cast<std::ptrdiff_t>(
                                                                         std::min(order.size(), i + batch)));
            const auto result = replica.applyRemote(part);
            CHECK(result.parked == 0);
        }
        // With the replica (and its prepared statements) still alive, nothing holds a read
        // snapshot: another connection can checkpoint the whole WAL. (A statement left mid-way
        // once made a joiner's WAL grow to 19 GB.)
        storage::Database other(dir.file(name + ".baton"), storage::Database::Mode::ReadWrite);
        storage::Statement checkpoint = other.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
        REQUIRE(checkpoint.step());
        CHECK(checkpoint.columnInt(0) == 0); // not blocked by a reader
    };
    deliver("ana", orders[0], 5);
    deliver("bo", orders[1], 3);
    deliver("r1", orders[0], 100);
    deliver("r2", orders[1], 1);
    deliver("r3", orders[2], 4);

    const std::string expected = digestOf(dir.file("ana.baton"));
    for (const auto& n : names) {
        if (n == "ana")
            continue;
        INFO(n);
        CHECK(digestOf(dir.file(n + ".baton")) == expected);
    }
}
