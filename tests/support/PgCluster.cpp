#include "support/PgCluster.h"

#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <pqxx/pqxx>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace baton::test {

namespace {

constexpr const char* kServerUser = "baton-test";
constexpr const char* kPassword = "baton-test-superuser";

/// The newest PostgreSQL server programs installed (Debian: /usr/lib/postgresql/N/bin).
std::string serverBin()
{
    namespace fs = std::filesystem;
    std::string best;
    int bestVersion = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const int version = std::atoi(entry.path().filename().c_str());
        if (version > bestVersion && fs::exists(entry.path() / "bin" / "initdb")) {
            bestVersion = version;
            best = (entry.path() / "bin").string();
        }
    }
    if (best.empty())
        throw std::runtime_error("PostgreSQL server programs not found under /usr/lib/postgresql: install the "
                                 "postgresql package (scripts/baton.sh test does)");
    return best;
}

int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t size = sizeof addr;
    if (s < 0 || ::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &size) != 0)
        throw std::runtime_error("cannot find a free loopback port");
    const int port = ntohs(addr.sin_port);
    ::close(s);
    return port;
}

void run(const std::string& command)
{
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("test server command failed: " + command);
}

/// Stops and removes the servers of test programs that died without stopping theirs (a
/// crash, a kill): each folder names the process that made it.
void removeOrphans(const std::string& bin)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/tmp", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("baton-pg-", 0) != 0)
            continue;
        std::ifstream ownerFile(entry.path() / "owner.pid");
        long owner = 0;
        if (!(ownerFile >> owner) || owner <= 0 || ::kill(static_cast<pid_t>(owner), 0) == 0)
            continue; // no owner recorded (not ours to judge), or its program still runs
        const std::string stop = bin + "/pg_ctl -D " + entry.path().string() + "/data -m immediate stop >/dev/null 2>&1";
        (void)std::system((::geteuid() == 0 ? std::string("runuser -u ") + kServerUser + " -- sh -c '" + stop + "'"
                                            : stop)
                              .c_str());
        fs::remove_all(entry.path(), ec);
    }
}

} // namespace

PgCluster& PgCluster::instance()
{
    static PgCluster cluster;
    return cluster;
}

PgCluster::PgCluster()
    : m_bin(serverBin())
{
    removeOrphans(m_bin);
    char pattern[] = "/tmp/baton-pg-XXXXXX";
    if (!::mkdtemp(pattern))
        throw std::runtime_error("cannot make a folder for the test server");
    m_dir = pattern;
    std::ofstream(m_dir + "/pw") << kPassword << "\n";
    std::ofstream(m_dir + "/owner.pid") << ::getpid() << "\n";
    if (::geteuid() == 0) {
        if (std::system((std::string("id -u ") + kServerUser + " >/dev/null 2>&1").c_str()) != 0)
            run(std::string("useradd --system --no-create-home --shell /usr/sbin/nologin ") + kServerUser);
        run("chown -R " + std::string(kServerUser) + " " + m_dir);
    }
    run(asServerUser(m_bin + "/initdb -D " + m_dir + "/data -U postgres --auth-local=trust --auth-host=scram-sha-256 "
                                                      "--pwfile=" +
                     m_dir + "/pw -E UTF8 --locale=C.UTF-8 >" + m_dir + "/initdb.log 2>&1"));
    m_port = freePort();
    start();
}

PgCluster::~PgCluster()
{
    try {
        stop();
    } catch (...) {
    }
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

std::string PgCluster::asServerUser(const std::string& command) const
{
    if (::geteuid() != 0)
        return command;
    return std::string("runuser -u ") + kServerUser + " -- sh -c '" + command + "'";
}

void PgCluster::start()
{
    run(asServerUser(m_bin + "/pg_ctl -D " + m_dir + "/data -l " + m_dir + "/server.log -w -t 60 -o \"-p " +
                     std::to_string(m_port) + " -k " + m_dir +
                     " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100\" start >/dev/null"));
    m_running = true;
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    run(asServerUser(m_bin + "/pg_ctl -D " + m_dir + "/data -m immediate -w stop >/dev/null"));
    m_running = false;
}

void PgCluster::restart()
{
    stop();
    start();
}

std::string PgCluster::admin(const std::string& db) const
{
    return as(db, "postgres", kPassword);
}

std::string PgCluster::as(const std::string& db, const std::string& login, const std::string& password) const
{
    return "host=127.0.0.1 port=" + std::to_string(m_port) + " dbname=" + db + " user=" + login +
           " password=" + password + " connect_timeout=5";
}

std::string PgCluster::newDatabase()
{
    const std::string name = "t" + std::to_string(::getpid()) + "_" + std::to_string(++m_databases);
    pqxx::connection c(admin());
    pqxx::nontransaction w(c);
    w.exec("CREATE DATABASE " + name);
    return name;
}

} // namespace baton::test
