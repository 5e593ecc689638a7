// Roles and row-level security, checked through real connections as each member's login.
#include "server/ServerFixture.h"

using namespace baton;
using namespace baton::test;
using server::ServerError;

namespace {

/// Runs `sql` as the connection's login and returns the server's refusal, empty if it ran.
std::string refusal(pqxx::connection& c, const std::string& sql)
{
    try {
        pqxx::work w(c);
        const auto r = w.exec(sql);
        w.commit();
        return r.affected_rows() == 0 && sql.rfind("INSERT", 0) != 0 ? "no rows" : "";
    } catch (const pqxx::sql_error& e) {
        return e.what();
    }
}

std::string insertChange(const std::string& author, const std::string& kind, const std::string& before,
                         const std::string& after, const std::string& id = "0123456789abcdef0123456789abcdef")
{
    return "INSERT INTO baton.changes (change_id, hlc, author, author_role, at, operation, kind, record, before, "
           "after) VALUES ('" +
           id + "', 1, '" + author + "', current_user, '2026-11-26T09:00:00Z', 'test', '" + kind + "', 'r1', " +
           (before.empty() ? std::string("NULL") : "'" + before + "'") + ", '" + after + "')";
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "server init makes the schema and both group roles, and running it again is harmless",
                 "[server]")
{
    CHECK(server::initServer(admin) == server::serverSchemaVersion());
    pqxx::connection c(admin);
    pqxx::work w(c);
    CHECK(w.exec("SELECT count(*) FROM pg_roles WHERE rolname IN ('baton_member', 'baton_facilitator')")[0][0]
              .as<int>() == 2);
    CHECK(w.exec("SELECT max(version) FROM baton.migrations")[0][0].as<int>() == server::serverSchemaVersion());
}

TEST_CASE_METHOD(ServerFixture, "every table of the team server has row-level security forced on", "[server]")
{
    pqxx::connection c(admin);
    pqxx::work w(c);
    const auto r = w.exec("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'baton' AND c.relkind = 'r'");
    CHECK(r.size() == 5);
    for (const auto& row : r) {
        INFO(row[0].as<std::string>());
        CHECK(row[1].as<bool>());
        CHECK(row[2].as<bool>());
    }
}

TEST_CASE_METHOD(ServerFixture, "a new member's login works with its password and no other", "[server]")
{
    const Login bo = addLogin(team::kBo, "bo", false);
    server::TeamServer s(bo.connection);
    const auto me = s.identity();
    CHECK(me.member == team::kBo);
    CHECK_FALSE(me.facilitator);
    try {
        server::TeamServer wrong(pg.as(db, bo.login, "not-the-password"));
        FAIL("a wrong password was let in");
    } catch (const ServerError& e) {
        CHECK(e.kind() == ServerError::Kind::Login);
        CHECK(std::string(e.what()).find("password") != std::string::npos);
    }
}

TEST_CASE_METHOD(ServerFixture, "a login that is nobody on the team reads nothing and is told so", "[server]")
{
    {
        pqxx::connection c(admin);
        pqxx::work w(c);
        w.exec("CREATE ROLE " + db + "_stranger LOGIN PASSWORD 'pw' IN ROLE baton_member");
        w.commit();
    }
    addLogin(team::kAna, "ana", true);
    auto teamFile = makeTeamFile();
    {
        auto opened = storage::TeamFile::open(teamFile);
        server::TeamServer s(logins[team::kAna].connection);
        server::publishTeam(*opened.value(), s, "stored");
    }
    server::TeamServer stranger(pg.as(db, db + "_stranger", "pw"));
    CHECK_THROWS_WITH(stranger.identity(), Catch::Contains("is nobody on this team server"));
    CHECK_FALSE(stranger.team().has_value());
    CHECK(stranger.pull(0, 100).empty());
}

TEST_CASE_METHOD(ServerFixture, "nobody may update or delete a change, not even the server's owner", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    REQUIRE(bo.edits->commitments.close(domain::CommitmentId(team::kCom), domain::CommitmentStatus::Done,
                                        day("2026-11-26"), "Written"));
    REQUIRE(bo.sync().sent == 1);
    auto c = raw(team::kBo);
    CHECK(refusal(*c, "UPDATE baton.changes SET after = '{}'") != "");
    CHECK(refusal(*c, "DELETE FROM baton.changes") != "");
    pqxx::connection owner(admin);
    CHECK_THAT(refusal(owner, "UPDATE baton.changes SET after = '{}'"), Catch::Contains("append-only"));
    CHECK_THAT(refusal(owner, "DELETE FROM baton.changes"), Catch::Contains("append-only"));
    CHECK_THAT(refusal(owner, "TRUNCATE baton.changes"), Catch::Contains("append-only"));
    CHECK_THAT(refusal(owner, "DELETE FROM baton.baseline"), Catch::Contains("append-only"));
    pqxx::work w(owner);
    CHECK(w.exec("SELECT count(*) FROM baton.changes")[0][0].as<int>() == 1);
}

TEST_CASE_METHOD(ServerFixture, "a member cannot add a change in another member's name", "[server]")
{
    auto replicas = publishedTeam(2);
    auto c = raw(team::kBo);
    CHECK_THAT(refusal(*c, insertChange(team::kAna, "commitment", "", "{}")), Catch::Contains("row-level security"));
    // Naming another login as the sender does not help: the server stamps the real one.
    CHECK(refusal(*c, "INSERT INTO baton.changes (change_id, hlc, author, author_role, at, operation, kind, record, "
                      "after) VALUES ('00000000000000000000000000000001', 1, '" +
                          team::kBo + "', '" + logins[team::kAna].login +
                          "', '2026-11-26T09:00:00Z', 'test', 'commitment', 'r1', '{}')") == "");
    pqxx::work w(*c);
    CHECK(w.exec("SELECT author_role FROM baton.changes")[0][0].as<std::string>() == logins[team::kBo].login);
}

TEST_CASE_METHOD(ServerFixture, "a forged change pushed through the sync is refused and never reaches the others",
                 "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    sync::SyncChange forged;
    forged.changeId = "feedfacefeedfacefeedfacefeedface";
    forged.hlc = 1;
    forged.author = team::kAna; // Bo pretending to be Ana
    forged.at = "2026-11-26T09:00:00Z";
    forged.operation = "edit-commitment";
    forged.kind = "commitment";
    forged.record = team::kCom;
    forged.after = "{}";
    server::TeamServer s(bo.login.connection);
    const auto outcome = s.push({forged});
    CHECK(outcome.accepted.empty());
    REQUIRE(outcome.refused.size() == 1);
    CHECK_THAT(outcome.refused[0].second, Catch::Contains("row-level security"));
    CHECK(replicas[2]->sync().received == 0);
}

TEST_CASE_METHOD(ServerFixture, "only a facilitator may add or change members and areas", "[server]")
{
    auto replicas = publishedTeam(2);
    auto c = raw(team::kBo);
    CHECK_THAT(refusal(*c, insertChange(team::kBo, "member", "", "{}")), Catch::Contains("row-level security"));
    CHECK_THAT(refusal(*c, insertChange(team::kBo, "area", "", "{}", "0123456789abcdef0123456789abcdee")),
               Catch::Contains("row-level security"));
    auto a = raw(team::kAna);
    CHECK(refusal(*a, insertChange(team::kAna, "member", "", "{}")) == "");
}

TEST_CASE_METHOD(ServerFixture, "an edit the server refuses stays here, marked, and is not offered again", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    domain::Member dee = member("01930000-0000-7000-8000-000000000004", "Dee");
    REQUIRE(bo.edits->people.addMember(dee)); // Bo is no facilitator
    const auto first = bo.sync();
    CHECK(first.sent == 0);
    CHECK(first.refused == 1);
    sync::Replica replica(bo.file->db());
    CHECK(replica.counts().refused == 1);
    CHECK(replica.counts().unsent == 0);
    const auto reasons = replica.refusals(10);
    REQUIRE(reasons.size() == 1);
    CHECK_THAT(reasons[0].first, Catch::Contains("member"));
    CHECK(bo.sync().refused == 0);
}

TEST_CASE_METHOD(ServerFixture, "a member's stance can be written only by that member", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    // Bo writes Cy's stance: refused.
    REQUIRE(bo.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kCy),
                                             domain::ParticipantRole::Consulted, domain::Stance::Objection, "no"));
    CHECK(bo.sync().refused == 1);
    // Cy writes Cy's stance: accepted, and Bo sees it.
    auto& cy = *replicas[2];
    REQUIRE(cy.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kCy),
                                             domain::ParticipantRole::Consulted, domain::Stance::Support, "yes"));
    CHECK(cy.sync().sent == 1);
    auto& ana = *replicas[0];
    ana.sync();
    const auto d = ana.record<domain::Decision>(team::kDec);
    bool found = false;
    for (const auto& p : d.participants)
        if (p.member.str() == team::kCy) {
            found = true;
            CHECK(p.stance == domain::Stance::Support);
        }
    CHECK(found);
}

TEST_CASE_METHOD(ServerFixture, "a member who is not a facilitator can neither publish nor manage people", "[server]")
{
    addLogin(team::kAna, "ana", true);
    const Login bo = addLogin(team::kBo, "bo", false);
    const std::string path = makeTeamFile();
    auto opened = storage::TeamFile::open(path);
    server::TeamServer s(bo.connection);
    CHECK_THROWS_WITH(server::publishTeam(*opened.value(), s, "stored"), Catch::Contains("Only a facilitator"));
    CHECK_FALSE(s.team().has_value());
    auto c = raw(team::kBo);
    CHECK(refusal(*c, "UPDATE baton.people SET facilitator = true") != "");
    CHECK(refusal(*c, "INSERT INTO baton.people VALUES ('x', 'x', 'x', true)") != "");
    CHECK(refusal(*c, "INSERT INTO baton.team (id, name, published_by, baseline_entries) VALUES ('x','x','x',0)") !=
          "");
}

TEST_CASE_METHOD(ServerFixture, "a team is published once, and its baseline cannot be added to afterwards",
                 "[server]")
{
    auto replicas = publishedTeam(1);
    const std::string again = makeTeamFile("again.baton");
    auto opened = storage::TeamFile::open(again);
    server::TeamServer s(logins[team::kAna].connection);
    CHECK_THROWS_WITH(server::publishTeam(*opened.value(), s, "stored"), Catch::Contains("already holds a team"));
    auto c = raw(team::kAna);
    CHECK(refusal(*c, "INSERT INTO baton.baseline (seq, at, operation, kind, record, after) VALUES "
                      "(100000, 'x', 'x', 'member', 'x', '{}')") != "");
}

TEST_CASE_METHOD(ServerFixture, "a promoted member may then manage people", "[server]")
{
    auto replicas = publishedTeam(2);
    auto c = raw(team::kBo);
    CHECK(refusal(*c, insertChange(team::kBo, "member", "", "{}")) != "");
    server::promote(admin, team::kBo);
    auto again = raw(team::kBo);
    CHECK(refusal(*again, insertChange(team::kBo, "member", "", "{}")) == "");
    server::TeamServer s(logins[team::kBo].connection);
    CHECK(s.identity().facilitator);
}

TEST_CASE_METHOD(ServerFixture, "adding a login twice, or a login with a reserved name, is refused clearly",
                 "[server]")
{
    addLogin(team::kBo, "bo", false);
    CHECK_THROWS_WITH(server::addMember(admin, team::kBo, "Bo", db + "_bo2", false),
                      Catch::Contains("already has a login"));
    CHECK_THROWS_WITH(server::addMember(admin, team::kCy, "Cy", "baton_admin", false),
                      Catch::Contains("cannot be a login"));
    CHECK_THROWS_WITH(server::addMember(admin, "not-a-uuid", "Cy", "", false), Catch::Contains("not a member id"));
}

TEST_CASE_METHOD(ServerFixture, "two members recording their own stances offline both stand everywhere", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    auto& cy = *replicas[2];
    REQUIRE(bo.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kBo),
                                             domain::ParticipantRole::Consulted, domain::Stance::Concern, "later"));
    cy.tick(3);
    REQUIRE(cy.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kCy),
                                             domain::ParticipantRole::Advisor, domain::Stance::Support, "go"));
    bo.sync();
    cy.sync();
    bo.sync();
    replicas[0]->sync();
    for (auto& w : replicas) {
        const auto d = w->record<domain::Decision>(team::kDec);
        REQUIRE(d.participants.size() == 3);
        CHECK(sync::Replica(w->file->db()).counts().openConflicts == 0);
        CHECK(w->verify().contentDigest == bo.verify().contentDigest);
    }
}
