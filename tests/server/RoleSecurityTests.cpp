// Roles and row-level security, checked through real connections as each member's login.
#include "server/ServerFixture.h"

#include <nlohmann/json.hpp>

#include <limits>

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

namespace {

/// Bo's own commitment with a new description, as a change of Bo's.
sync::SyncChange retitle(Workstation& w, const std::string& author, const std::string& text)
{
    const std::string before = w.fields(domain::RecordKind::Commitment, team::kCom);
    auto json = nlohmann::json::parse(before);
    json["description"] = text;
    return ServerFixture::change(author, "commitment", team::kCom, before, json.dump());
}

std::string refusedWhy(const server::PushOutcome& o)
{
    return o.refused.empty() ? std::string("(accepted)") : o.refused.front().second;
}

} // namespace

TEST_CASE_METHOD(ServerFixture, "a member cannot add a change in another member's name", "[server]")
{
    auto replicas = publishedTeam(2);
    const auto o = push(team::kBo, {retitle(*replicas[1], team::kAna, "Forged")});
    CHECK(o.accepted.empty());
    CHECK_THAT(refusedWhy(o), Catch::Contains("can only be added in your own name"));
    // Row security refuses it too, should the trigger ever be bypassed.
    pqxx::connection owner(admin);
    {
        pqxx::work w(owner);
        w.exec("ALTER TABLE baton.changes DISABLE TRIGGER changes_stamp");
        w.commit();
    }
    auto c = raw(team::kBo);
    CHECK_THAT(refusal(*c, insertChange(team::kAna, "commitment", "", "{}")), Catch::Contains("row-level security"));
}

TEST_CASE_METHOD(ServerFixture, "the server stamps the real login on a change, whatever the client says or SET ROLE",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto c = raw(team::kBo);
    {
        pqxx::work w(*c);
        w.exec("SET ROLE baton_member");
        const auto change = retitle(*replicas[1], team::kBo, "Stamped");
        w.exec_params("INSERT INTO baton.changes (change_id, hlc, author, author_role, at, operation, kind, record, "
                      "before, after) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                      change.changeId, change.hlc, change.author, logins[team::kAna].login, change.at, change.operation,
                      change.kind, change.record, change.before, change.after);
        w.commit();
    }
    pqxx::work w(*c);
    CHECK(w.exec("SELECT author_role FROM baton.changes")[0][0].as<std::string>() == logins[team::kBo].login);
}

TEST_CASE_METHOD(ServerFixture, "one refused change in a batch does not stop the changes after it", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    const auto o = push(team::kBo, {retitle(bo, team::kAna, "Forged"), retitle(bo, team::kBo, "Bo's own")});
    REQUIRE(o.refused.size() == 1);
    REQUIRE(o.accepted.size() == 1);
    CHECK(replicas[2]->sync().received == 1);
    CHECK(replicas[2]->record<domain::Commitment>(team::kCom).description == "Bo's own");
}

TEST_CASE_METHOD(ServerFixture, "a forged change pushed through the sync is refused and never reaches the others",
                 "[server]")
{
    auto replicas = publishedTeam(3);
    const auto o = push(team::kBo, {retitle(*replicas[1], team::kAna, "Forged")});
    CHECK(o.accepted.empty());
    REQUIRE(o.refused.size() == 1);
    CHECK(replicas[2]->sync().received == 0);
}

TEST_CASE_METHOD(ServerFixture, "only a facilitator may add or change members and areas, or settle a conflict",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    const std::string area = bo.fields(domain::RecordKind::Area, team::kData);
    auto renamed = nlohmann::json::parse(area);
    renamed["name"] = "Data and analytics";
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "area", team::kData, area, renamed.dump())})),
               Catch::Contains("only a facilitator can add or change members and expertise areas"));
    const std::string bo_ = bo.fields(domain::RecordKind::Member, team::kBo);
    auto titled = nlohmann::json::parse(bo_);
    titled["title"] = "Lead";
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "member", team::kBo, bo_, titled.dump())})),
               Catch::Contains("only a facilitator"));
    auto settle = retitle(bo, team::kBo, "Settled?");
    settle.operation = "settle";
    CHECK_THAT(refusedWhy(push(team::kBo, {settle})), Catch::Contains("only a facilitator can settle"));
    CHECK(push(team::kAna, {change(team::kAna, "area", team::kData, area, renamed.dump())}).accepted.size() == 1);
}

TEST_CASE_METHOD(ServerFixture, "the edit layer refuses on a replica what the server would refuse", "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    const auto before = bo.entries();
    const auto added = bo.edits->people.addMember(member("01930000-0000-7000-8000-000000000004", "Dee"));
    REQUIRE_FALSE(added);
    CHECK_THAT(added.error().message, Catch::Contains("only a facilitator can add or change members"));
    const auto stance = bo.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kCy),
                                                         domain::ParticipantRole::Consulted,
                                                         domain::Stance::Objection, "no");
    REQUIRE_FALSE(stance);
    CHECK_THAT(stance.error().message, Catch::Contains("only Cy can record their own stance"));
    CHECK(bo.entries() == before);
    CHECK(sync::Replica(bo.file->db()).counts().unsent == 0);
}

TEST_CASE_METHOD(ServerFixture, "a change the server refuses is undone here, marked, and never offered again",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& ana = *replicas[0];
    auto& bo = *replicas[1];
    // Bo's file still believes Bo is a facilitator (demoted since, say): the edit is made here.
    {
        storage::Transaction tx(bo.file->db());
        bo.file->db().exec("UPDATE sync_link SET facilitator = 1");
        tx.commit();
    }
    auto area = bo.record<domain::ExpertiseArea>(team::kData);
    area.name = "Renamed by Bo";
    REQUIRE(bo.edits->people.editArea(area));
    const auto report = bo.sync();
    CHECK(report.sent == 0);
    CHECK(report.refused == 1);
    CHECK(bo.record<domain::ExpertiseArea>(team::kData).name == "Data"); // back to the team's
    sync::Replica replica(bo.file->db());
    CHECK(replica.counts().refused == 1);
    CHECK(replica.counts().unsent == 0);
    const auto reasons = replica.refusals(10);
    REQUIRE(reasons.size() == 1);
    CHECK_THAT(reasons[0].second, Catch::Contains("only a facilitator"));
    CHECK(bo.sync().refused == 0);
    ana.sync();
    CHECK(bo.verify().ok);
    CHECK(bo.verify().contentDigest == ana.verify().contentDigest);
}

TEST_CASE_METHOD(ServerFixture, "a member's stance and comment can be written only by that member", "[server]")
{
    auto replicas = publishedTeam(3);
    auto& bo = *replicas[1];
    auto& cy = *replicas[2];
    REQUIRE(cy.edits->decisions.recordStance(domain::DecisionId(team::kDec), domain::MemberId(team::kCy),
                                             domain::ParticipantRole::Consulted, domain::Stance::Support, "yes"));
    CHECK(cy.sync().sent == 1);
    bo.sync();
    // Bo, by hand: Cy's stance, then only Cy's comment, then removing Cy from the decision.
    const std::string before = bo.fields(domain::RecordKind::Decision, team::kDec);
    const auto withCy = [&](const std::function<void(nlohmann::json&)>& change) {
        auto json = nlohmann::json::parse(before);
        for (auto it = json["participants"].begin(); it != json["participants"].end(); ++it)
            if ((*it)["member"] == team::kCy) {
                change(*it);
                if (it->is_null())
                    json["participants"].erase(it);
                break;
            }
        return json.dump();
    };
    for (const auto& after : {withCy([](nlohmann::json& p) { p["stance"] = "objection"; }),
                              withCy([](nlohmann::json& p) { p["comment"] = "changed by Bo"; }),
                              withCy([](nlohmann::json& p) { p = nullptr; })}) {
        INFO(after);
        CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "decision", team::kDec, before, after)})),
                   Catch::Contains("can write their own stance"));
    }
    // Adding someone to consult, who has taken no stance yet, is anyone's to do.
    auto consult = nlohmann::json::parse(before);
    consult["participants"].push_back(
        {{"member", team::kAna}, {"role", "consulted"}, {"stance", "none"}, {"comment", ""}});
    CHECK(push(team::kBo, {change(team::kBo, "decision", team::kDec, before, consult.dump())}).accepted.size() == 1);
}

TEST_CASE_METHOD(ServerFixture, "a change must be a record of its kind and id, refer to records the team has, and "
                                "not be dated far ahead",
                 "[server]")
{
    auto replicas = publishedTeam(2);
    auto& bo = *replicas[1];
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "commitment", team::kCom, std::nullopt, "[1, 2]")})),
               Catch::Contains("is not a record"));
    // The fields of one record filed under another's id.
    const std::string decision = bo.fields(domain::RecordKind::Decision, team::kDec);
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "decision", "01930000-0000-7000-8000-0000000000d9",
                                                  std::nullopt, decision)})),
               Catch::Contains("but its fields are those of"));
    // A new record under an id the team already has.
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "decision", team::kDec, std::nullopt, decision)})),
               Catch::Contains("which the team already has"));
    // A level in an area nobody has.
    const nlohmann::json level = {{"member", team::kBo}, {"area", "01930000-0000-7000-8000-0000000000a9"},
                                  {"level", 3}, {"wants_to_learn", false}, {"updated_at", "2026-11-26T09:00:00Z"}};
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "expertise",
                                                  team::kBo + "/01930000-0000-7000-8000-0000000000a9", std::nullopt,
                                                  level.dump())})),
               Catch::Contains("which the team does not have"));
    auto future = retitle(bo, team::kBo, "From the future");
    future.hlc = std::numeric_limits<std::int64_t>::max();
    CHECK_THAT(refusedWhy(push(team::kBo, {future})), Catch::Contains("more than a day ahead"));
}

TEST_CASE_METHOD(ServerFixture, "a member cannot take the server's ordering lock", "[server]")
{
    auto replicas = publishedTeam(2);
    auto c = raw(team::kBo);
    CHECK_THAT(refusal(*c, "SELECT pg_advisory_lock(hashtext('baton.changes'))"), Catch::Contains("permission denied"));
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
    auto& bo = *replicas[1];
    const std::string before = bo.fields(domain::RecordKind::Member, team::kCy);
    auto after = nlohmann::json::parse(before);
    after["title"] = "Analyst";
    CHECK_THAT(refusedWhy(push(team::kBo, {change(team::kBo, "member", team::kCy, before, after.dump())})),
               Catch::Contains("only a facilitator"));
    server::promote(admin, team::kBo);
    CHECK(push(team::kBo, {change(team::kBo, "member", team::kCy, before, after.dump())}).accepted.size() == 1);
    server::TeamServer s(logins[team::kBo].connection);
    CHECK(s.identity().facilitator);
    // The next sync tells Bo's file, which then lets Bo edit people here too.
    bo.sync();
    CHECK(sync::Replica(bo.file->db()).link()->facilitator);
    auto dee = member("01930000-0000-7000-8000-000000000004", "Dee");
    CHECK(bo.edits->people.addMember(dee));
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
