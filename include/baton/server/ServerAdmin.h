#pragma once

#include <string>

namespace baton::server {

/// What a new member needs to connect: their login, a fresh password, and a connection string
/// to hand them (the password is shown once and stored nowhere by Baton).
struct Invitation {
    std::string login;
    std::string password;
    std::string connection; ///< keyword form, without the password
};

/// The schema version of the team server this build writes.
int serverSchemaVersion();

/// Creates or upgrades the team server schema and the group roles `baton_member` and
/// `baton_facilitator`. Needs a connection as a PostgreSQL superuser (once per database).
/// Returns the schema version now in place.
int initServer(const std::string& adminConnection);

/// Creates a login role for member `memberId` (a UUID from the team file) with a random
/// password, in group `baton_member` (and `baton_facilitator` when `facilitator`).
/// `login` may be empty: one is made from the name.
Invitation addMember(const std::string& adminConnection, const std::string& memberId, const std::string& name,
                     std::string login, bool facilitator);

/// Makes a member a facilitator: group `baton_facilitator` and the flag in `baton.people`.
void promote(const std::string& adminConnection, const std::string& memberId);

} // namespace baton::server
