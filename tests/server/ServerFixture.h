#pragma once

// A team server in its own database of the test cluster, a published team, and replicas
// that edit through the real edit service and sync through real member logins.

#include "support/Builders.h"
#include "support/Catch.h"
#include "support/PgCluster.h"
#include "support/TempDir.h"

#include "baton/domain/Clock.h"
#include "baton/edit/EditService.h"
#include "baton/server/ConnectionString.h"
#include "baton/server/ServerAdmin.h"
#include "baton/server/ServerError.h"
#include "baton/server/SyncEngine.h"
#include "baton/server/TeamServer.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/TeamFile.h"
#include "baton/sync/Replica.h"

#include <pqxx/pqxx>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace baton::test {

namespace team {
inline const std::string kAna = "01930000-0000-7000-8000-000000000001"; // facilitator
inline const std::string kBo = "01930000-0000-7000-8000-000000000002";
inline const std::string kCy = "01930000-0000-7000-8000-000000000003";
inline const std::string kData = "01930000-0000-7000-8000-0000000000a1";
inline const std::string kInit = "01930000-0000-7000-8000-0000000000b1";
inline const std::string kDec = "01930000-0000-7000-8000-0000000000d1";
inline const std::string kCom = "01930000-0000-7000-8000-0000000000f1";
} // namespace team

/// A member's login on the test server.
struct Login {
    std::string member;
    std::string login;
    std::string password;
    std::string connection; ///< with the password
};

/// One workstation: its team file, its clock and the edit service, stamped as its member.
struct Workstation {
    std::string path;
    domain::FixedClock clock{*domain::Timestamp::parse("2026-11-26T09:00:00Z")};
    std::unique_ptr<storage::TeamFile> file;
    std::unique_ptr<edit::EditService> edits;
    Login login;

    void open()
    {
        auto opened = storage::TeamFile::open(path);
        REQUIRE(opened);
        file = std::move(opened.value());
        edits = std::make_unique<edit::EditService>(*file, clock);
        REQUIRE(edits->setMe(domain::MemberId(login.member)));
    }
    /// One sync round through this member's own login.
    server::SyncReport sync()
    {
        server::TeamServer s(login.connection);
        return server::syncOnce(*file, s);
    }
    storage::VerifyResult verify() { return storage::verifyHistory(file->db()); }
    std::int64_t entries() { return file->db().queryInt("SELECT count(*) FROM changes"); }
    template <typename T> T record(const std::string& id) { return *storage::RecordStore(file->db()).find<T>(id); }
    /// A record's fields as the history keeps them (canonical JSON).
    std::string fields(domain::RecordKind kind, const std::string& id)
    {
        return domain::canonicalFields(*storage::RecordStore(file->db()).find(kind, id));
    }
    /// Moves this workstation's clock on, so its next edit is later.
    void tick(std::int64_t seconds = 1) { clock.advanceMillis(seconds * 1000); }
};

struct ServerFixture {
    PgCluster& pg = PgCluster::instance();
    std::string db = pg.newDatabase();
    std::string admin = pg.admin(db);
    TempDir dir;
    std::map<std::string, Login> logins;

    ServerFixture() { server::initServer(admin); }

    /// What the file keeps of a connection string: everything but the password.
    static std::string stored(const std::string& connection)
    {
        std::string error;
        return server::ConnectionString::parse(connection, error)->withoutPassword();
    }

    Login addLogin(const std::string& member, const std::string& name, bool facilitator)
    {
        const auto invite = server::addMember(admin, member, name, db + "_" + name, facilitator);
        Login l{member, invite.login, invite.password, pg.as(db, invite.login, invite.password)};
        logins[member] = l;
        return l;
    }

    /// A small team file: Ana (facilitator), Bo and Cy; one area, initiative, decision and
    /// commitment; made through the edit service with Ana as author.
    std::string makeTeamFile(const std::string& name = "origin.baton")
    {
        const std::string path = dir.file(name);
        domain::FixedClock clock(*domain::Timestamp::parse("2026-11-20T09:00:00Z"));
        auto created = storage::TeamFile::create(path, "Northwind", clock);
        REQUIRE(created);
        auto& file = *created.value();
        edit::EditService e(file, clock);
        REQUIRE(e.people.addMember(member(team::kAna, "Ana")));
        REQUIRE(e.setMe(domain::MemberId(team::kAna)));
        REQUIRE(e.people.addMember(member(team::kBo, "Bo")));
        REQUIRE(e.people.addMember(member(team::kCy, "Cy")));
        domain::ExpertiseArea area;
        area.id = domain::AreaId(team::kData);
        area.name = "Data";
        REQUIRE(e.people.addArea(area));
        domain::Initiative init;
        init.id = domain::InitiativeId(team::kInit);
        init.title = "Onboarding";
        init.status = domain::InitiativeStatus::Active;
        init.startedOn = day("2026-11-01");
        init.leadership.push_back(stint(team::kAna, "2026-11-01"));
        REQUIRE(e.initiatives.addInitiative(init));
        domain::Decision d;
        d.id = domain::DecisionId(team::kDec);
        d.title = "Use the new form";
        d.context = "The old one loses data.";
        d.options = {"Switch", "Wait"};
        d.proposedOn = day("2026-11-20");
        d.participants.push_back({domain::MemberId(team::kAna), domain::ParticipantRole::Proposer,
                                  domain::Stance::Support, "", "", std::nullopt});
        REQUIRE(e.decisions.propose(d));
        domain::Commitment c;
        c.id = domain::CommitmentId(team::kCom);
        c.description = "Write the migration note";
        c.owner = domain::MemberId(team::kBo);
        c.dueOn = day("2026-12-10");
        REQUIRE(e.commitments.addCommitment(c));
        return path;
    }

    /// Ana, Bo and Cy get logins, Ana publishes the team, and `count` workstations join
    /// (the first is Ana's own published file).
    std::vector<std::unique_ptr<Workstation>> publishedTeam(int count = 3)
    {
        addLogin(team::kAna, "ana", true);
        addLogin(team::kBo, "bo", false);
        addLogin(team::kCy, "cy", false);
        const std::string origin = makeTeamFile();
        {
            auto opened = storage::TeamFile::open(origin);
            REQUIRE(opened);
            server::TeamServer s(logins[team::kAna].connection);
            server::publishTeam(*opened.value(), s, stored(logins[team::kAna].connection));
        }
        const std::string members[] = {team::kAna, team::kBo, team::kCy};
        std::vector<std::unique_ptr<Workstation>> out;
        for (int i = 0; i < count; ++i) {
            auto w = std::make_unique<Workstation>();
            w->login = logins[members[i % 3]];
            if (i == 0) {
                w->path = origin;
            } else {
                w->path = dir.file("replica" + std::to_string(i) + ".baton");
                server::TeamServer s(w->login.connection);
                server::joinTeam(w->path, s, stored(w->login.connection));
            }
            w->open();
            w->clock.set(*domain::Timestamp::parse("2026-11-26T09:00:00Z"));
            w->clock.advanceMillis(i * 7); // replicas' clocks never agree exactly
            out.push_back(std::move(w));
        }
        return out;
    }

    /// A change as a hand-made client would send it: this member's, fresh id, now-ish clock.
    static sync::SyncChange change(const std::string& author, const std::string& kind, const std::string& record,
                                   std::optional<std::string> before, std::string after)
    {
        static int serial = 0;
        char id[33];
        std::snprintf(id, sizeof id, "%032x", ++serial);
        sync::SyncChange c;
        c.changeId = id;
        c.hlc = (std::int64_t{1764000000000} + serial) * 65536; // November 2025
        c.author = author;
        c.at = "2026-11-26T09:00:00Z";
        c.operation = "test";
        c.kind = kind;
        c.record = record;
        c.before = std::move(before);
        c.after = std::move(after);
        return c;
    }
    /// Pushes `changes` through `member`'s own login; the server's verdict on each.
    server::PushOutcome push(const std::string& member, const std::vector<sync::SyncChange>& changes)
    {
        server::TeamServer s(logins.at(member).connection);
        return s.push(changes);
    }

    /// A raw connection as `member`'s login, for checking what the server refuses.
    std::unique_ptr<pqxx::connection> raw(const std::string& member)
    {
        return std::make_unique<pqxx::connection>(logins.at(member).connection);
    }
};

} // namespace baton::test
