#pragma once

#include <optional>
#include <string>

namespace baton::server {

/// A libpq connection string (keyword form or postgresql:// URI) taken apart, so the password
/// never lands in a team file or a log, and one from the keyring can be added back.
class ConnectionString {
public:
    /// Parses `text`; empty with `error` set when libpq cannot read it.
    static std::optional<ConnectionString> parse(const std::string& text, std::string& error);

    /// Keyword form without the password, safe to store and show (sslmode and all else kept).
    std::string withoutPassword() const;
    /// Keyword form with `password` (none when empty).
    std::string withPassword(const std::string& password) const;
    /// The password written into the original string, if any.
    const std::optional<std::string>& password() const { return m_password; }
    /// "role@host:port/database", for status lines and keyring entries.
    std::string describe() const;
    std::string user() const { return m_user; }

private:
    std::string m_keywords; ///< keyword=value pairs, quoted, without the password
    std::optional<std::string> m_password;
    std::string m_user, m_host, m_port, m_dbname;
};

} // namespace baton::server
