// Replicas that edit offline in random order converge: same records, same verify result.
#include "server/ServerFixture.h"

#include <random>
#include <thread>

using namespace baton;
using namespace baton::test;

namespace {

/// One random edit a member could make at their workstation; refusals by the rules are fine.
void randomEdit(Workstation& w, std::mt19937& rng, std::vector<std::string>& commitments)
{
    const std::string me = w.login.member;
    switch (rng() % 9) {
    case 0:
    case 1: {
        auto c = w.record<domain::Commitment>(commitments[rng() % commitments.size()]);
        c.description = "Wording " + std::to_string(rng() % 1000) + " by " + me.substr(me.size() - 1);
        (void)w.edits->commitments.editCommitment(c);
        break;
    }
    case 2: {
        auto c = w.record<domain::Commitment>(commitments[rng() % commitments.size()]);
        c.dueOn = domain::Date::parse("2026-12-0" + std::to_string(1 + rng() % 9));
        (void)w.edits->commitments.editCommitment(c);
        break;
    }
    case 3: {
        auto d = w.record<domain::Decision>(team::kDec);
        d.context = "Context " + std::to_string(rng() % 1000);
        if (rng() % 2)
            d.title = "Title " + std::to_string(rng() % 1000);
        (void)w.edits->decisions.editDecision(d);
        break;
    }
    case 4: {
        const domain::Stance stances[] = {domain::Stance::Support, domain::Stance::Concern, domain::Stance::Objection};
        (void)w.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(me),
                                              domain::ParticipantRole::Consulted, stances[rng() % 3], "");
        break;
    }
    case 6: { // only the facilitator's edit goes through; the others are refused here, before saving
        auto area = w.record<domain::ExpertiseArea>(team::kData);
        area.description = "Described " + std::to_string(rng() % 1000);
        (void)w.edits->people.editArea(area);
        break;
    }
    case 7: {
        domain::Expertise level;
        level.member = domain::MemberId(me);
        level.area = domain::AreaId(team::kData);
        level.level = 1 + static_cast<int>(rng() % 5);
        level.wantsToLearn = rng() % 2 == 0;
        (void)w.edits->people.setLevel(level);
        break;
    }
    case 8: { // a facilitator settles whatever conflict is open here
        sync::Replica replica(w.file->db());
        const auto open = replica.conflicts(5);
        if (!open.empty() && replica.link()->facilitator)
            replica.settle(open[rng() % open.size()], rng() % 2 == 0, me, w.clock.now().toString());
        break;
    }
    case 5: {
        domain::Commitment c;
        c.id = domain::CommitmentId(w.edits->newId());
        c.description = "New commitment " + std::to_string(rng() % 1000);
        c.owner = domain::MemberId(me);
        if (w.edits->commitments.addCommitment(c))
            commitments.push_back(c.id.str());
        break;
    }
    }
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "three replicas editing offline in random order converge to the same records",
                 "[server][property]")
{
    const unsigned seed = GENERATE(1u, 2u, 3u, 4u, 5u);
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    auto replicas = publishedTeam(3);
    std::vector<std::string> commitments{team::kCom};
    for (int step = 0; step < 80; ++step) {
        auto& w = *replicas[rng() % 3];
        w.tick(static_cast<std::int64_t>(rng() % 3));
        if (rng() % 4 == 0) {
            w.sync();
            // What the others created is now known here too.
            storage::Statement s = w.file->db().prepare("SELECT id FROM commitments ORDER BY id");
            commitments.clear();
            while (s.step())
                commitments.push_back(s.columnText(0));
        } else {
            std::vector<std::string> known;
            storage::Statement s = w.file->db().prepare("SELECT id FROM commitments ORDER BY id");
            while (s.step())
                known.push_back(s.columnText(0));
            randomEdit(w, rng, known);
        }
    }
    for (int round = 0; round < 2; ++round)
        for (auto& w : replicas)
            w->sync();

    const auto first = replicas[0]->verify();
    REQUIRE(first.ok);
    for (auto& w : replicas) {
        const auto v = w->verify();
        INFO(v.problem);
        CHECK(v.ok);
        CHECK(v.records == first.records);
        CHECK(v.entries == first.entries);
        CHECK(v.contentDigest == first.contentDigest);
        const auto counts = sync::Replica(w->file->db()).counts();
        CHECK(counts.unsent == 0);
        CHECK(counts.openConflicts == sync::Replica(replicas[0]->file->db()).counts().openConflicts);
    }
}

TEST_CASE_METHOD(ServerFixture, "a server restart in the middle of a push loses and duplicates nothing", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    constexpr int kEdits = 600;
    for (int i = 0; i < kEdits; ++i) {
        auto c = bo.record<domain::Commitment>(team::kCom);
        c.description = "Draft " + std::to_string(i);
        REQUIRE(bo.edits->commitments.editCommitment(c));
        bo.tick();
    }
    bool interrupted = false;
    std::thread pusher([&] {
        try {
            server::TeamServer s(bo.login.connection);
            server::syncOnce(*bo.file, s, 5);
        } catch (const server::ServerError&) {
            interrupted = true;
        }
    });
    {
        // Let some batches in, then hold the server's ordering lock so the next batch waits
        // inside its transaction, and stop the server right there.
        pqxx::connection watch(admin);
        for (;;) {
            pqxx::work w(watch);
            if (w.exec("SELECT count(*) FROM baton.changes")[0][0].as<int>() >= 50)
                break;
        }
        pqxx::work hold(watch);
        hold.exec("SELECT pg_advisory_xact_lock(hashtext('baton.changes'))");
        for (;;) {
            pqxx::connection probe(admin);
            pqxx::work w(probe);
            if (w.exec_params("SELECT count(*) FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'",
                              bo.login.login)[0][0]
                    .as<int>() > 0)
                break;
        }
        pg.restart();
    }
    pusher.join();
    REQUIRE(interrupted);
    const auto after = bo.sync();
    CHECK(after.unsent == 0);
    pqxx::connection c(admin);
    pqxx::work w(c);
    CHECK(w.exec("SELECT count(*), count(DISTINCT change_id) FROM baton.changes")[0][0].as<int>() == kEdits);
    CHECK(w.exec("SELECT count(DISTINCT change_id) FROM baton.changes")[0][0].as<int>() == kEdits);
    auto& ana = *replicas[0];
    CHECK(ana.sync().received == kEdits);
    CHECK(ana.record<domain::Commitment>(team::kCom).description == "Draft " + std::to_string(kEdits - 1));
    CHECK(ana.verify().contentDigest == bo.verify().contentDigest);
    CHECK(ana.verify().entries == bo.verify().entries);
}
