#include "baton/server/SyncEngine.h"

#include "baton/domain/Uuid.h"
#include "baton/exchange/RecordText.h"
#include "baton/server/ServerError.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/Replica.h"

#include <filesystem>

namespace baton::server {
using storage::ChangeEntry;
using storage::Statement;

namespace {

std::int64_t clockAfter(storage::Database& db)
{
    // The replica's clock starts past every instant in its history (milliseconds * 65536).
    return db.queryInt(
        "SELECT coalesce(max(CAST((julianday(at) - 2440587.5) * 86400000.0 AS INTEGER)), 0) * 65536 FROM changes");
}

void requireTeam(storage::TeamFile& file, TeamServer& server, const sync::ServerLink& link)
{
    const auto team = server.team();
    if (!team || team->id != link.team)
        throw ServerError(ServerError::Kind::Mismatch,
                          "This team file belongs to another team than the one on this server; it will not sync "
                          "here (file " +
                              file.path() + ").");
}

} // namespace

void publishTeam(storage::TeamFile& file, TeamServer& server, const std::string& connection)
{
    const ServerIdentity me = server.identity();
    if (!me.facilitator)
        throw ServerError(ServerError::Kind::Refused,
                          "Only a facilitator can publish a team; " + me.name + " is not one on this server.");
    if (sync::Replica(file.db()).link())
        throw ServerError(ServerError::Kind::Mismatch, "This team file is already linked to a team server.");
    if (server.team())
        throw ServerError(ServerError::Kind::Refused,
                          "This server already holds a team; use Join Team to make a copy of it here.");
    // Hold the file's write lock from reading the history to linking, so no edit slips between.
    storage::Database& db = file.db();
    storage::Transaction tx(db);
    if (!storage::RecordStore(db).find(domain::RecordKind::Member, me.member))
        throw ServerError(ServerError::Kind::Mismatch,
                          "Your login speaks for member " + me.member + ", who is not in this team file.");
    const std::int64_t head = db.queryInt("SELECT coalesce(max(seq), 0) FROM changes");
    domain::SystemClock clock;
    domain::UuidGenerator ids(clock);
    const ServerTeam team{ids.next(), file.team().name, head};
    std::int64_t after = 0;
    Statement read = db.prepare(std::string("SELECT ") + storage::HistoryLog::kColumns +
                                " FROM changes WHERE seq > ? AND kind <> 'team' ORDER BY seq LIMIT 1000");
    server.publish(team, [&](std::vector<ChangeEntry>& batch) {
        read.bind(1, after);
        while (read.step()) {
            batch.push_back(storage::HistoryLog::readRow(read));
            after = batch.back().seq;
        }
        read.reset();
        return !batch.empty();
    });
    sync::Replica(db).linkTo({connection, team.id, me.member, head, 0, clockAfter(db), me.facilitator});
    Statement setMe = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
    setMe.bind(1, kWorkstationMember).bind(2, me.member).run();
    tx.commit();
}

void joinTeam(const std::string& path, TeamServer& server, const std::string& connection,
              const std::function<void(std::int64_t, std::int64_t)>& progress, const std::atomic<bool>* cancel)
{
    const ServerIdentity me = server.identity();
    const auto team = server.team();
    if (!team)
        throw ServerError(ServerError::Kind::Mismatch,
                          "No team has been published on this server yet: a facilitator publishes one first.");
    namespace fs = std::filesystem;
    if (fs::exists(path))
        throw ServerError(ServerError::Kind::Refused, "A file already exists at " + path + "; choose a new file name.");
    const std::string partial = path + ".partial";
    std::error_code ignored;
    fs::remove(partial, ignored);
    fs::remove(partial + "-wal", ignored);
    fs::remove(partial + "-shm", ignored);
    try {
        domain::SystemClock clock;
        auto created = storage::TeamFile::create(partial, team->name, clock);
        if (!created)
            throw ServerError(ServerError::Kind::Refused, "Cannot create " + path + ": " + created.error().message);
        storage::TeamFile& file = *created.value();
        storage::Database& db = file.db();
        {
            storage::Transaction tx(db);
            storage::RecordStore store(db);
            storage::HistoryLog log(db);
            std::int64_t done = 0;
            std::string error;
            server.readBaseline(2000, [&](std::vector<ChangeEntry>& entries) {
                if (cancel && cancel->load())
                    throw ServerError(ServerError::Kind::Cancelled, "Joining the team was cancelled; no file was made.");
                for (ChangeEntry& e : entries) {
                    const auto record = exchange::recordFromFields(e.kind, e.after, error);
                    if (!record)
                        throw ServerError(ServerError::Kind::Mismatch,
                                          "The team's history entry " + std::to_string(e.seq) +
                                              " is not a valid record: " + error);
                    store.save(*record);
                    const std::int64_t seq = e.seq;
                    log.append(e);
                    if (e.seq != seq)
                        throw ServerError(ServerError::Kind::Mismatch,
                                          "The team's published history has a gap before entry " + std::to_string(seq));
                }
                done += static_cast<std::int64_t>(entries.size());
                if (progress)
                    progress(done, team->baselineEntries);
            });
            sync::Replica(db).linkTo({connection, team->id, me.member, done, 0, clockAfter(db), me.facilitator});
            Statement setMe = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
            setMe.bind(1, kWorkstationMember).bind(2, me.member).run();
            tx.commit();
        }
        syncOnce(file, server, 2000);
    } catch (...) {
        fs::remove(partial, ignored);
        fs::remove(partial + "-wal", ignored);
        fs::remove(partial + "-shm", ignored);
        throw;
    }
    fs::rename(partial, path);
}

SyncReport syncOnce(storage::TeamFile& file, TeamServer& server, std::size_t batch, const std::atomic<bool>* stop)
{
    sync::Replica replica(file.db());
    const auto link = replica.link();
    if (!link)
        throw ServerError(ServerError::Kind::Mismatch, "This team file is not linked to a team server.");
    requireTeam(file, server, *link);
    const ServerIdentity me = server.identity();
    if (me.member != link->member)
        throw ServerError(ServerError::Kind::Mismatch,
                          "This team file syncs as member " + link->member + ", but the login " + me.login +
                              " speaks for " + me.name + "; use the login this file was published or joined with.");
    if (me.facilitator != link->facilitator) {
        storage::Transaction tx(file.db());
        replica.setFacilitator(me.facilitator);
        tx.commit();
    }
    SyncReport report;
    const auto stopped = [stop] { return stop && stop->load(); };
    for (;;) {
        if (stopped())
            break;
        const auto unsent = replica.unsent(batch);
        if (unsent.empty())
            break;
        const PushOutcome outcome = server.push(unsent);
        {
            storage::Transaction tx(file.db());
            for (const auto& [id, seq] : outcome.accepted)
                replica.markSent(id, seq);
            tx.commit();
        }
        for (const auto& [id, reason] : outcome.refused)
            replica.refuse(id, reason);
        report.sent += static_cast<std::int64_t>(outcome.accepted.size());
        report.refused += static_cast<std::int64_t>(outcome.refused.size());
    }
    for (;;) {
        if (stopped())
            break;
        const auto cursor = replica.link()->cursor;
        const auto changes = server.pull(cursor, batch);
        if (changes.empty())
            break;
        auto applied = replica.applyRemote(changes);
        report.received += applied.applied;
        report.parked += applied.parked;
        for (auto& t : applied.touched)
            report.touched.push_back(std::move(t));
    }
    const auto counts = replica.counts();
    report.unsent = counts.unsent;
    report.openConflicts = counts.openConflicts;
    return report;
}

} // namespace baton::server
