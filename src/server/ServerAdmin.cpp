#include "baton/server/ServerAdmin.h"

#include "PgErrors.h"
#include "ServerSchema.h"

#include "baton/domain/Uuid.h"
#include "baton/server/ConnectionString.h"

#include <openssl/rand.h>
#include <pqxx/pqxx>

namespace baton::server {

namespace {

std::unique_ptr<pqxx::connection> adminConnection(const std::string& connection)
{
    return guarded("connect as the server administrator",
                   [&] { return std::make_unique<pqxx::connection>(connection); });
}

/// 24 characters from a URL-safe alphabet: about 143 bits from OpenSSL's generator.
std::string randomPassword()
{
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    unsigned char bytes[24];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        throw ServerError(ServerError::Kind::Refused, "cannot draw a random password (OpenSSL refused)");
    std::string out;
    for (unsigned char b : bytes)
        out += kAlphabet[b % (sizeof kAlphabet - 1)];
    return out;
}

/// A login made from a member's name: lowercase ASCII letters and digits, then a short
/// piece of the id so two Sams do not collide.
std::string loginFromName(const std::string& name, const std::string& memberId)
{
    std::string out;
    for (char c : name) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (c == ' ' && !out.empty() && out.back() != '_')
            out += '_';
        if (out.size() >= 24)
            break;
    }
    if (out.empty() || (out.front() >= '0' && out.front() <= '9'))
        out = "member_" + out;
    std::string tail;
    for (char c : memberId)
        if (c != '-')
            tail += c;
    return out + "_" + tail.substr(tail.size() - 4);
}

bool validLogin(const std::string& login)
{
    if (login.empty() || login.size() > 63 || !((login[0] >= 'a' && login[0] <= 'z') || login[0] == '_'))
        return false;
    for (char c : login)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return login.rfind("baton_", 0) != 0 && login.rfind("pg_", 0) != 0;
}

} // namespace

int serverSchemaVersion()
{
    const auto& all = serverMigrations();
    return all.empty() ? 0 : all.back().version;
}

int installedSchemaVersion(pqxx::connection& connection)
{
    pqxx::work w(connection);
    const auto exists = w.exec("SELECT to_regclass('baton.migrations') IS NOT NULL");
    if (!exists[0][0].as<bool>())
        return 0;
    return w.exec("SELECT coalesce(max(version), 0) FROM baton.migrations")[0][0].as<int>();
}

int initServer(const std::string& connection)
{
    auto owned = adminConnection(connection);
    pqxx::connection& c = *owned;
    return guarded("set up the team server schema", [&] {
        const int installed = installedSchemaVersion(c);
        if (installed > serverSchemaVersion())
            throw ServerError(ServerError::Kind::Mismatch,
                              "This team server has schema version " + std::to_string(installed) +
                                  ", newer than this Baton knows (" + std::to_string(serverSchemaVersion()) +
                                  "); upgrade Baton first.");
        {
            pqxx::work w(c);
            w.exec("CREATE SCHEMA IF NOT EXISTS baton");
            w.exec("CREATE TABLE IF NOT EXISTS baton.migrations (version integer PRIMARY KEY, name text NOT NULL, "
                   "applied_at timestamptz NOT NULL DEFAULT now())");
            w.commit();
        }
        for (const auto& m : serverMigrations()) {
            if (m.version <= installed)
                continue;
            pqxx::work w(c);
            w.exec(m.sql);
            w.exec_params("INSERT INTO baton.migrations (version, name) VALUES ($1, $2)", m.version,
                          std::string(m.name));
            w.commit();
        }
        pqxx::work w(c);
        w.exec("ALTER TABLE baton.migrations ENABLE ROW LEVEL SECURITY");
        w.exec("ALTER TABLE baton.migrations FORCE ROW LEVEL SECURITY");
        w.exec("DROP POLICY IF EXISTS migrations_read ON baton.migrations");
        w.exec("CREATE POLICY migrations_read ON baton.migrations FOR SELECT USING (true)");
        w.exec("GRANT SELECT ON baton.migrations TO baton_member");
        w.commit();
        return serverSchemaVersion();
    });
}

Invitation addMember(const std::string& connection, const std::string& memberId, const std::string& name,
                     std::string login, bool facilitator)
{
    if (!domain::isCanonicalUuid(memberId))
        throw ServerError(ServerError::Kind::Refused, "\"" + memberId + "\" is not a member id (a UUID from the team file)");
    if (login.empty())
        login = loginFromName(name, memberId);
    if (!validLogin(login))
        throw ServerError(ServerError::Kind::Refused,
                          "\"" + login + "\" cannot be a login: use 1 to 63 lowercase letters, digits and _, "
                                         "starting with a letter, and not starting with baton_ or pg_");
    auto owned = adminConnection(connection);
    pqxx::connection& c = *owned;
    Invitation out;
    out.login = login;
    out.password = randomPassword();
    guarded("add the member", [&] {
        pqxx::work w(c);
        if (!w.exec_params("SELECT 1 FROM pg_roles WHERE rolname = $1", login).empty())
            throw ServerError(ServerError::Kind::Refused,
                              "a login named " + login + " already exists on this server; choose another with --login");
        if (!w.exec_params("SELECT 1 FROM baton.people WHERE member_id = $1", memberId).empty())
            throw ServerError(ServerError::Kind::Refused, "member " + memberId + " already has a login on this server");
        w.exec("CREATE ROLE " + w.quote_name(login) + " LOGIN PASSWORD " + w.quote(out.password) +
               " IN ROLE baton_member");
        if (facilitator)
            w.exec("GRANT baton_facilitator TO " + w.quote_name(login));
        w.exec("GRANT CONNECT ON DATABASE " + w.quote_name(c.dbname()) + " TO " + w.quote_name(login));
        w.exec_params("INSERT INTO baton.people (member_id, role_name, name, facilitator) VALUES ($1, $2, $3, $4)",
                      memberId, login, name, facilitator);
        w.commit();
    });
    std::string error;
    auto parsed = ConnectionString::parse(connection, error);
    std::string keywords = parsed ? parsed->withoutPassword() : std::string();
    // The member's string: the administrator's address and options, the member's login.
    std::string rebuilt;
    std::size_t pos = 0;
    while (pos < keywords.size()) {
        std::size_t end = pos;
        bool inQuote = false;
        while (end < keywords.size() && (inQuote || keywords[end] != ' ')) {
            if (keywords[end] == '\\')
                ++end;
            else if (keywords[end] == '\'')
                inQuote = !inQuote;
            ++end;
        }
        const std::string pair = keywords.substr(pos, end - pos);
        if (pair.rfind("user=", 0) != 0 && !pair.empty())
            rebuilt += (rebuilt.empty() ? "" : " ") + pair;
        pos = end + 1;
    }
    out.connection = rebuilt + (rebuilt.empty() ? "" : " ") + "user=" + login;
    return out;
}

void promote(const std::string& connection, const std::string& memberId)
{
    auto owned = adminConnection(connection);
    pqxx::connection& c = *owned;
    guarded("promote the member", [&] {
        pqxx::work w(c);
        const auto row = w.exec_params("SELECT role_name FROM baton.people WHERE member_id = $1", memberId);
        if (row.empty())
            throw ServerError(ServerError::Kind::Refused,
                              "member " + memberId + " has no login on this server; add them first (server add-member)");
        const std::string login = row[0][0].as<std::string>();
        w.exec("GRANT baton_facilitator TO " + w.quote_name(login));
        w.exec_params("UPDATE baton.people SET facilitator = true WHERE member_id = $1", memberId);
        w.commit();
    });
}

} // namespace baton::server
