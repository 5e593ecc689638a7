#include "baton/server/TeamServer.h"

#include "PgErrors.h"
#include "ServerSchema.h"

#include "baton/server/ConnectionString.h"
#include "baton/server/ServerAdmin.h"

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

namespace baton::server {
using storage::ChangeEntry;
using sync::SyncChange;

namespace {

/// Counts announcements; the payload carries nothing a client needs.
class NewsReceiver : public pqxx::notification_receiver {
public:
    NewsReceiver(pqxx::connection_base& c, int& count)
        : pqxx::notification_receiver(c, "baton_changes")
        , m_count(count)
    {
    }
    void operator()(const std::string&, int) override { ++m_count; }

private:
    int& m_count;
};

std::optional<std::string> optionalText(const pqxx::field& f)
{
    return f.is_null() ? std::nullopt : std::optional<std::string>(f.as<std::string>());
}

nlohmann::json optionalJson(const std::optional<std::string>& text)
{
    return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
}

/// Defaults a connection needs to fail fast and notice a dead peer; the caller's own values
/// come later in the string and win.
constexpr const char* kConnectionDefaults =
    "connect_timeout=10 keepalives=1 keepalives_idle=30 keepalives_interval=10 keepalives_count=3 "
    "tcp_user_timeout=30000 application_name=baton ";

std::string withDefaults(const std::string& connection)
{
    std::string error;
    const auto parsed = ConnectionString::parse(connection, error);
    if (!parsed)
        return connection; // libpq says what is wrong with it
    return kConnectionDefaults + parsed->withPassword(parsed->password().value_or(""));
}

} // namespace

struct TeamServer::Impl {
    explicit Impl(const std::string& connection)
        : c(connection)
    {
    }
    pqxx::connection c;
    std::unique_ptr<NewsReceiver> receiver;
    int news = 0;
};

TeamServer::TeamServer(const std::string& connection)
{
    m = guarded("connect", [&] { return std::make_unique<Impl>(withDefaults(connection)); });
    const int installed = guarded("read the server's schema version", [&] { return installedSchemaVersion(m->c); });
    if (installed == 0)
        throw ServerError(ServerError::Kind::Mismatch,
                          "This database is not a Baton team server yet: run baton-cli server init on it first.");
    if (installed > serverSchemaVersion())
        throw ServerError(ServerError::Kind::Mismatch, "The team server has schema version " +
                                                           std::to_string(installed) +
                                                           ", newer than this Baton knows (" +
                                                           std::to_string(serverSchemaVersion()) + "); upgrade Baton.");
    if (installed < serverSchemaVersion())
        throw ServerError(ServerError::Kind::Mismatch,
                          "The team server has schema version " + std::to_string(installed) +
                              "; its administrator must run baton-cli server init to upgrade it to " +
                              std::to_string(serverSchemaVersion()) + ".");
}

TeamServer::~TeamServer() = default;

ServerIdentity TeamServer::identity()
{
    return guarded("read who this login is", [&] {
        pqxx::work w(m->c);
        const auto r = w.exec("SELECT member_id, name, facilitator, current_user FROM baton.people "
                              "WHERE role_name = current_user");
        if (r.empty())
            throw ServerError(ServerError::Kind::Mismatch,
                              "The login " + w.exec("SELECT current_user")[0][0].as<std::string>() +
                                  " is nobody on this team server: ask a facilitator to add you "
                                  "(baton-cli server add-member).");
        return ServerIdentity{r[0][0].as<std::string>(), r[0][1].as<std::string>(), r[0][3].as<std::string>(),
                              r[0][2].as<bool>()};
    });
}

std::optional<ServerTeam> TeamServer::team()
{
    return guarded("read the team", [&]() -> std::optional<ServerTeam> {
        pqxx::work w(m->c);
        const auto r = w.exec("SELECT id, name, baseline_entries FROM baton.team");
        if (r.empty())
            return std::nullopt;
        return ServerTeam{r[0][0].as<std::string>(), r[0][1].as<std::string>(), r[0][2].as<std::int64_t>()};
    });
}

void TeamServer::publish(const ServerTeam& team, const std::function<bool(std::vector<ChangeEntry>&)>& next)
{
    guarded("publish the team", [&] {
        pqxx::work w(m->c);
        if (!w.exec("SELECT 1 FROM baton.team").empty())
            throw ServerError(ServerError::Kind::Refused,
                              "this server already holds a team; join it instead of publishing another");
        std::vector<ChangeEntry> batch;
        std::int64_t entries = 0;
        bool more = true;
        while (more) {
            batch.clear();
            more = next(batch);
            if (batch.empty())
                continue;
            nlohmann::json rows = nlohmann::json::array();
            for (const ChangeEntry& e : batch) {
                rows.push_back({{"seq", e.seq},
                                {"at", e.at.toString()},
                                {"author", optionalJson(e.author)},
                                {"operation", e.operation},
                                {"kind", std::string(domain::toString(e.kind))},
                                {"record", e.record},
                                {"before", optionalJson(e.before)},
                                {"after", e.after},
                                {"undoes", e.undoes ? nlohmann::json(*e.undoes) : nlohmann::json(nullptr)}});
            }
            w.exec_params("INSERT INTO baton.baseline SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(seq bigint, "
                          "at text, author text, operation text, kind text, record text, before text, after text, "
                          "undoes bigint)",
                          rows.dump());
            entries += static_cast<std::int64_t>(batch.size());
        }
        w.exec_params("INSERT INTO baton.team (id, name, published_by, baseline_entries) "
                      "VALUES ($1, $2, baton.current_member(), $3)",
                      team.id, team.name, entries);
        w.commit();
    });
}

void TeamServer::readBaseline(std::size_t batch, const std::function<void(std::vector<ChangeEntry>&)>& sink)
{
    guarded("read the team's history", [&] {
        pqxx::work w(m->c);
        std::int64_t after = 0;
        std::vector<ChangeEntry> entries;
        for (;;) {
            const auto r = w.exec_params("SELECT seq, at, author, operation, kind, record, before, after, undoes "
                                         "FROM baton.baseline WHERE seq > $1 ORDER BY seq LIMIT $2",
                                         after, static_cast<std::int64_t>(batch));
            if (r.empty())
                break;
            entries.clear();
            for (const auto& row : r) {
                ChangeEntry e;
                e.seq = row[0].as<std::int64_t>();
                e.at = domain::Timestamp::parse(row[1].as<std::string>()).value_or(domain::Timestamp{});
                e.author = optionalText(row[2]);
                e.operation = row[3].as<std::string>();
                e.kind =
                    domain::parseEnum<domain::RecordKind>(row[4].as<std::string>()).value_or(domain::RecordKind::Team);
                e.record = row[5].as<std::string>();
                e.before = optionalText(row[6]);
                e.after = row[7].as<std::string>();
                if (!row[8].is_null())
                    e.undoes = row[8].as<std::int64_t>();
                after = e.seq;
                entries.push_back(std::move(e));
            }
            sink(entries);
        }
    });
}

PushOutcome TeamServer::push(const std::vector<SyncChange>& changes)
{
    return guarded("accept this workstation's changes", [&] {
        nlohmann::json batch = nlohmann::json::array();
        for (const SyncChange& c : changes) {
            batch.push_back({{"change_id", c.changeId},
                             {"hlc", std::to_string(c.hlc)},
                             {"author", c.author},
                             {"at", c.at},
                             {"operation", c.operation},
                             {"kind", c.kind},
                             {"record", c.record},
                             {"before", optionalJson(c.before)},
                             {"after", c.after}});
        }
        // One statement for the batch: the server checks each change on its own and keeps the
        // ordering lock only for this one round trip.
        pqxx::work w(m->c);
        const auto r =
            w.exec_params("SELECT change_id, server_seq, refused FROM baton.push_changes($1::jsonb)", batch.dump());
        w.commit();
        PushOutcome out;
        for (const auto& row : r) {
            if (row[2].is_null())
                out.accepted.emplace_back(row[0].as<std::string>(), row[1].as<std::int64_t>());
            else
                out.refused.emplace_back(row[0].as<std::string>(), row[2].as<std::string>());
        }
        return out;
    });
}

std::vector<SyncChange> TeamServer::pull(std::int64_t after, std::size_t limit)
{
    return guarded("read the team's new changes", [&] {
        pqxx::work w(m->c);
        const auto r = w.exec_params("SELECT server_seq, change_id, hlc, author, at, operation, kind, record, before, "
                                     "after FROM baton.changes WHERE server_seq > $1 ORDER BY server_seq LIMIT $2",
                                     after, static_cast<std::int64_t>(limit));
        std::vector<SyncChange> out;
        out.reserve(r.size());
        for (const auto& row : r) {
            SyncChange c;
            c.serverSeq = row[0].as<std::int64_t>();
            c.changeId = row[1].as<std::string>();
            c.hlc = row[2].as<std::int64_t>();
            c.author = row[3].as<std::string>();
            c.at = row[4].as<std::string>();
            c.operation = row[5].as<std::string>();
            c.kind = row[6].as<std::string>();
            c.record = row[7].as<std::string>();
            c.before = optionalText(row[8]);
            c.after = row[9].as<std::string>();
            out.push_back(std::move(c));
        }
        return out;
    });
}

void TeamServer::listen()
{
    guarded("listen for the team's changes", [&] {
        if (!m->receiver)
            m->receiver = std::make_unique<NewsReceiver>(m->c, m->news);
    });
}

bool TeamServer::waitForNews(int milliseconds)
{
    return guarded("wait for the team's changes", [&] {
        const int before = m->news;
        m->c.get_notifs();
        if (m->news == before)
            m->c.await_notification(milliseconds / 1000, static_cast<long>(milliseconds % 1000) * 1000);
        return m->news != before;
    });
}

} // namespace baton::server
