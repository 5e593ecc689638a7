#pragma once

#include "baton/domain/Clock.h"
#include "baton/server/TeamServer.h"
#include "baton/storage/TeamFile.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace baton::server {

/// What one round of sync did.
struct SyncReport {
    std::int64_t sent = 0;     ///< changes made here that the server accepted
    std::int64_t refused = 0;  ///< changes made here that the server refused
    std::int64_t received = 0; ///< other members' changes applied here
    std::int64_t parked = 0;   ///< changes from the server that cannot be applied here
    std::int64_t unsent = 0;   ///< still waiting (the round was stopped)
    std::int64_t openConflicts = 0;
    std::vector<std::pair<std::string, std::string>> touched; ///< (kind, record) changed here
};

/// The file setting naming the member whose workstation this is (see EditContext).
inline constexpr const char* kWorkstationMember = "workstation_member";

/// Turns a local team file into a server team: uploads its whole history as the team's
/// baseline and links the file. Refused unless the login is a facilitator and the server holds
/// no team. `connection` is stored in the file without its password.
void publishTeam(storage::TeamFile& file, TeamServer& server, const std::string& connection);

/// Creates a new team file at `path` holding the server team: the published history entry for
/// entry (the same hash chain as the publisher's), then every change since. Writes to
/// `<path>.partial` and renames at the end, so a failed join leaves nothing behind.
/// `progress` gets (entries so far, entries in all); `cancel` stops it.
void joinTeam(const std::string& path, TeamServer& server, const std::string& connection,
              const std::function<void(std::int64_t, std::int64_t)>& progress = {},
              const std::atomic<bool>* cancel = nullptr);

/// Pushes every change made here, then pulls and applies everyone else's, in batches of
/// `batch`. Safe to repeat after any failure: nothing is sent twice or lost. `stop` ends the
/// round between batches.
SyncReport syncOnce(storage::TeamFile& file, TeamServer& server, std::size_t batch = 500,
                    const std::atomic<bool>* stop = nullptr);

} // namespace baton::server
