// Publish, join, push and pull, conflicts and settling, on a real server.
#include "server/ServerFixture.h"

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace baton;
using namespace baton::test;
using server::ServerError;

namespace {

domain::Commitment commitmentOf(Workstation& w) { return w.record<domain::Commitment>(team::kCom); }

void retitleCommitment(Workstation& w, const std::string& text)
{
    auto c = commitmentOf(w);
    c.description = text;
    REQUIRE(w.edits->commitments.editCommitment(c));
}

std::string fileBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "a joined file holds the publisher's history entry for entry, with the same chain",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    const auto a = ana.verify();
    const auto b = bo.verify();
    REQUIRE(a.ok);
    REQUIRE(b.ok);
    CHECK(a.entries == b.entries);
    CHECK(a.contentDigest == b.contentDigest);
    CHECK(storage::HistoryLog(ana.file->db()).head() == storage::HistoryLog(bo.file->db()).head());
    CHECK(bo.file->setting("workstation_member") == team::kBo);
}

TEST_CASE_METHOD(ServerFixture, "joining a server with no team says so and leaves no file behind", "[server]")
{
    const Login ana = addLogin(team::kAna, "ana", true);
    server::TeamServer s(ana.connection);
    const std::string path = dir.file("joined.baton");
    CHECK_THROWS_WITH(server::joinTeam(path, s, "stored"), Catch::Contains("No team has been published"));
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK_FALSE(std::filesystem::exists(path + ".partial"));
}

TEST_CASE_METHOD(ServerFixture, "joining onto an existing file is refused and the file is untouched", "[server]")
{
    auto replicas = publishedTeam(1);
    const std::string path = dir.file("taken.baton");
    std::ofstream(path) << "mine";
    server::TeamServer s(logins[team::kBo].connection);
    CHECK_THROWS_WITH(server::joinTeam(path, s, "stored"), Catch::Contains("already exists"));
    CHECK(fileBytes(path) == "mine");
}

TEST_CASE_METHOD(ServerFixture, "an edit made on one workstation reaches the others with its author", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    retitleCommitment(bo, "Write the migration note, with examples");
    CHECK(bo.sync().sent == 1);
    for (int i : {0, 2}) {
        auto& w = *replicas[static_cast<std::size_t>(i)];
        CHECK(w.sync().received == 1);
        CHECK(commitmentOf(w).description == "Write the migration note, with examples");
        const auto latest = storage::HistoryLog(w.file->db()).latestOf(team::kCom, domain::RecordKind::Commitment);
        REQUIRE(latest);
        CHECK(latest->author == team::kBo);
        CHECK(latest->operation == "edit-commitment");
    }
    CHECK(replicas[0]->verify().contentDigest == bo.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "two offline edits of one field: the later wins everywhere and the other is a conflict",
                 "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    auto& cy = *replicas[2];
    retitleCommitment(bo, "Bo's wording");
    cy.tick(5);
    retitleCommitment(cy, "Cy's wording"); // later by the clock
    cy.sync();                             // Cy pushes first
    bo.sync();
    cy.sync();
    replicas[0]->sync();
    for (auto& w : replicas) {
        CHECK(commitmentOf(*w).description == "Cy's wording");
        const auto list = sync::Replica(w->file->db()).conflicts(10);
        REQUIRE(list.size() == 1);
        CHECK(list[0].field == "description");
        CHECK(list[0].keptBy == team::kCy);
        CHECK(list[0].lostBy == team::kBo);
        CHECK(list[0].lostValue == "\"Bo's wording\"");
        CHECK(w->verify().ok);
    }
    CHECK(bo.verify().contentDigest == cy.verify().contentDigest);
    CHECK(bo.entries() == cy.entries());
}

TEST_CASE_METHOD(ServerFixture, "offline edits of different fields of one record both stand, with no conflict",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    retitleCommitment(ana, "Ana's wording");
    auto c = commitmentOf(bo);
    c.dueOn = day("2026-12-24");
    REQUIRE(bo.edits->commitments.editCommitment(c));
    ana.sync();
    bo.sync();
    ana.sync();
    for (auto* w : {&ana, &bo}) {
        CHECK(commitmentOf(*w).description == "Ana's wording");
        CHECK(commitmentOf(*w).dueOn == day("2026-12-24"));
        CHECK(sync::Replica(w->file->db()).counts().openConflicts == 0);
    }
    CHECK(ana.verify().contentDigest == bo.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "a facilitator settles a conflict by bringing back the lost value, everywhere",
                 "[server]")
{
    auto replicas = publishedTeam(3);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    auto& cy = *replicas[2];
    retitleCommitment(bo, "Bo's wording");
    cy.tick(5);
    retitleCommitment(cy, "Cy's wording");
    bo.sync();
    cy.sync();
    ana.sync();
    sync::Replica replica(ana.file->db());
    const auto list = replica.conflicts(10);
    REQUIRE(list.size() == 1);
    ana.tick(60);
    replica.settle(list[0], true, team::kAna, ana.clock.now().toString());
    CHECK(ana.sync().sent == 1);
    bo.sync();
    cy.sync();
    for (auto& w : replicas) {
        CHECK(commitmentOf(*w).description == "Bo's wording");
        CHECK(sync::Replica(w->file->db()).counts().openConflicts == 0);
        CHECK(w->verify().ok);
    }
    CHECK(bo.verify().contentDigest == cy.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "settling by keeping the standing value closes the conflict everywhere", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    auto& cy = *replicas[2];
    retitleCommitment(bo, "Bo's wording");
    cy.tick(5);
    retitleCommitment(cy, "Cy's wording");
    bo.sync();
    cy.sync();
    ana.sync();
    sync::Replica replica(ana.file->db());
    ana.tick(60);
    replica.settle(replica.conflicts(10).at(0), false, team::kAna, ana.clock.now().toString());
    ana.sync();
    bo.sync();
    cy.sync();
    for (auto& w : replicas) {
        CHECK(commitmentOf(*w).description == "Cy's wording");
        CHECK(sync::Replica(w->file->db()).counts().openConflicts == 0);
    }
}

TEST_CASE_METHOD(ServerFixture, "a change the server already holds is never stored or applied twice", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    retitleCommitment(bo, "Sent twice?");
    // The server commits but the reply is lost: the replica still counts the change unsent.
    const auto pending = sync::Replica(bo.file->db()).unsent(10);
    REQUIRE(pending.size() == 1);
    server::TeamServer direct(bo.login.connection);
    REQUIRE(direct.push(pending).accepted.size() == 1);
    const auto report = bo.sync();
    CHECK(report.sent == 1);
    CHECK(report.received == 0);
    pqxx::connection c(admin);
    pqxx::work w(c);
    CHECK(w.exec("SELECT count(*) FROM baton.changes")[0][0].as<int>() == 1);
    CHECK(replicas[0]->sync().received == 1);
    CHECK(replicas[0]->verify().contentDigest == bo.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "offline, a sync fails with a clear message and the edits wait for the next one",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    retitleCommitment(bo, "Written offline");
    bo.login.connection = pg.as(db, bo.login.login, bo.login.password) + " port=1"; // nothing listens there
    try {
        bo.sync();
        FAIL("sync worked without a server");
    } catch (const ServerError& e) {
        CHECK(e.kind() == ServerError::Kind::Unreachable);
        CHECK_THAT(e.what(), Catch::Contains("cannot be reached"));
    }
    CHECK(sync::Replica(bo.file->db()).counts().unsent == 1);
    bo.login = logins[team::kBo];
    CHECK(bo.sync().sent == 1);
}

TEST_CASE_METHOD(ServerFixture, "a team file never syncs into another team's server", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    {
        storage::Transaction tx(bo.file->db());
        bo.file->db().exec("UPDATE sync_link SET team = 'some-other-team'");
        tx.commit();
    }
    CHECK_THROWS_WITH(bo.sync(), Catch::Contains("another team"));
}

TEST_CASE_METHOD(ServerFixture, "a server with a newer schema than this Baton is refused before anything is read",
                 "[server]")
{
    const Login ana = addLogin(team::kAna, "ana", true);
    {
        pqxx::connection c(admin);
        pqxx::work w(c);
        w.exec("INSERT INTO baton.migrations (version, name) VALUES (99, 'future')");
        w.commit();
    }
    CHECK_THROWS_WITH(server::TeamServer(ana.connection), Catch::Contains("newer than this Baton"));
}

TEST_CASE_METHOD(ServerFixture, "an open connection hears of another member's change without asking", "[server]")
{
    auto replicas = publishedTeam(2);
    server::TeamServer listener(logins[team::kAna].connection);
    listener.listen();
    CHECK_FALSE(listener.waitForNews(50));
    retitleCommitment(*replicas[1], "Heard?");
    replicas[1]->sync();
    CHECK(listener.waitForNews(10000));
}

TEST_CASE_METHOD(ServerFixture, "the password never lands in the team file", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    const std::string path = bo.path;
    bo.file.reset();
    CHECK(fileBytes(path).find(bo.login.password) == std::string::npos);
    CHECK(fileBytes(replicas[0]->path).find(logins[team::kAna].password) == std::string::npos);
}

TEST_CASE_METHOD(ServerFixture, "a replica's edits are stamped with its login's member, and who am I cannot change",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    const auto refused = bo.edits->setMe(domain::MemberId(team::kCy));
    REQUIRE_FALSE(refused);
    CHECK_THAT(refused.error().message, Catch::Contains("syncs with a team server as Bo"));
    CHECK(bo.edits->setMe(domain::MemberId(team::kBo)));
    CHECK(bo.file->setting("workstation_member") == team::kBo);
}
