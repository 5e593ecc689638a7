#pragma once

#include "baton/storage/HistoryLog.h"
#include "baton/sync/SyncChange.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baton::server {

/// Who the current login is on the team server.
struct ServerIdentity {
    std::string member; ///< member id this login speaks for
    std::string name;
    std::string login; ///< PostgreSQL role
    bool facilitator = false;
};

/// The team a server database holds, once a facilitator has published it.
struct ServerTeam {
    std::string id;
    std::string name;
    std::int64_t baselineEntries = 0;
};

/// What the server made of a push: accepted changes with their server position, and changes
/// it refused with its reason (row security: not yours to make).
struct PushOutcome {
    std::vector<std::pair<std::string, std::int64_t>> accepted;
    std::vector<std::pair<std::string, std::string>> refused;
};

/// One member's connection to the team server (PostgreSQL through libpqxx). Every method runs
/// in its own server transaction; a dropped connection throws ServerError(Unreachable) and
/// leaves nothing half-done on the server.
class TeamServer {
public:
    /// Connects with a libpq connection string (sslmode and the rest honoured) and checks the
    /// server's schema is one this build knows.
    explicit TeamServer(const std::string& connection);
    ~TeamServer();
    TeamServer(const TeamServer&) = delete;
    TeamServer& operator=(const TeamServer&) = delete;

    /// The member this login speaks for; throws Mismatch for a login that is nobody here.
    ServerIdentity identity();
    /// The published team, if any.
    std::optional<ServerTeam> team();

    /// Publishes a team: `next` fills a batch of history entries and returns false when the
    /// history is done. All or nothing; refused unless the login is a facilitator and the
    /// server holds no team yet.
    void publish(const ServerTeam& team, const std::function<bool(std::vector<storage::ChangeEntry>&)>& next);
    /// Reads the published history in order, `batch` entries at a time.
    void readBaseline(std::size_t batch, const std::function<void(std::vector<storage::ChangeEntry>&)>& sink);

    /// Adds changes made on this workstation. Idempotent: a change the server already holds
    /// (a retry after a lost reply) is reported accepted at its first position, never twice.
    PushOutcome push(const std::vector<sync::SyncChange>& changes);
    /// Changes after server position `after`, in server order, at most `limit`.
    std::vector<sync::SyncChange> pull(std::int64_t after, std::size_t limit);

    /// Subscribes to the server's announcements of new changes.
    void listen();
    /// Waits up to `milliseconds` for an announcement; true when one arrived.
    bool waitForNews(int milliseconds);

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace baton::server
