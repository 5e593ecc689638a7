// Publish, join, push and pull, conflicts and settling, on a real server.
#include "server/ServerFixture.h"
#include "support/Process.h"

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

/// Bo and Cy reword the commitment apart, Cy later; everyone syncs: one conflict, Cy's stands.
void makeConflict(std::vector<std::unique_ptr<Workstation>>& replicas)
{
    retitleCommitment(*replicas[1], "Bo's wording");
    replicas[2]->tick(5);
    retitleCommitment(*replicas[2], "Cy's wording");
    replicas[1]->sync();
    replicas[2]->sync();
    replicas[0]->sync();
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
    makeConflict(replicas);
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
    makeConflict(replicas);
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

TEST_CASE_METHOD(ServerFixture, "a change no replica can apply is parked the same way everywhere and the rest goes on",
                 "[server]")
{
    auto replicas = publishedTeam(3);
    {
        // Someone with the server's owner login bypasses every check and writes junk.
        pqxx::connection owner(admin);
        pqxx::work w(owner);
        w.exec("ALTER TABLE baton.changes DISABLE TRIGGER changes_stamp");
        w.exec("INSERT INTO baton.changes (server_seq, change_id, hlc, author, author_role, at, operation, kind, "
               "record, before, after) VALUES (nextval('baton.changes_server_seq'), "
               "'abababababababababababababababab', 65536, '" +
               team::kBo + "', 'x', '2026-11-26T09:00:00Z', 'junk', 'commitment', '" + team::kCom +
               "', NULL, '{\"id\": 7}')");
        w.exec("ALTER TABLE baton.changes ENABLE TRIGGER changes_stamp");
        w.commit();
    }
    retitleCommitment(*replicas[1], "After the junk");
    replicas[1]->sync();
    for (auto& w : replicas) {
        const auto report = w->sync();
        INFO(w->path);
        CHECK(commitmentOf(*w).description == "After the junk");
        CHECK(sync::Replica(w->file->db()).counts().parked == 1);
        CHECK(w->verify().ok);
        CHECK(w->verify().contentDigest == replicas[0]->verify().contentDigest);
    }
    const auto why = sync::Replica(replicas[2]->file->db()).refusals(5);
    REQUIRE(why.size() == 1);
    CHECK_THAT(why[0].second, Catch::Contains("not applied here"));
}

TEST_CASE_METHOD(ServerFixture, "baton-cli keeps the password out of the file it publishes or joins", "[server][cli]")
{
    addLogin(team::kAna, "ana", true);
    const Login bo = addLogin(team::kBo, "bo", false);
    const std::string origin = makeTeamFile();
    const auto run = [&](std::vector<std::string> args) {
        std::vector<std::string> argv{std::string(BATON_CLI)};
        for (auto& a : args)
            argv.push_back(std::move(a));
        ChildProcess child(argv, dir.file("out.txt"), dir.file("err.txt"));
        return child.wait();
    };
    REQUIRE(run({"publish", origin, logins[team::kAna].connection}).exitCode == 0);
    const std::string joined = dir.file("bo.baton");
    REQUIRE(run({"join", joined, bo.connection}).exitCode == 0);
    for (const auto& [path, password] : {std::pair{origin, logins[team::kAna].password}, std::pair{joined, bo.password}}) {
        const std::string bytes = fileBytes(path) + fileBytes(path + "-wal");
        INFO(path);
        CHECK(bytes.find(password) == std::string::npos);
        CHECK(bytes.find("dbname=") != std::string::npos); // the connection itself is kept
    }
}
