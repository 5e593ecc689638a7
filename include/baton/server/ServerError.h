#pragma once

#include <stdexcept>
#include <string>

namespace baton::server {

/// A team server refused or could not be reached; the message says which, in a user's words.
class ServerError : public std::runtime_error {
public:
    enum class Kind {
        Unreachable, ///< no connection: network, server down, wrong address
        Login,       ///< the server would not let this login in (password, role)
        Refused,     ///< the server refused what was asked (permissions, row security)
        Mismatch,    ///< another team, another schema version, not published yet
        Cancelled,   ///< the user stopped it
    };
    ServerError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace baton::server
