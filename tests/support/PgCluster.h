#pragma once

// A real PostgreSQL for the tests labelled `server`: initdb and pg_ctl in a temporary folder,
// listening on a free loopback port, started on first use and removed when the test program
// exits. Run as root, it runs the server as the unprivileged user `baton-test` (made when
// missing), since PostgreSQL refuses to run as root.

#include <string>

namespace baton::test {

class PgCluster {
public:
    /// The cluster of this test program, started on first use.
    static PgCluster& instance();

    /// A connection string as the superuser to database `db`.
    std::string admin(const std::string& db = "postgres") const;
    /// A connection string as `login` with `password` to database `db`.
    std::string as(const std::string& db, const std::string& login, const std::string& password) const;
    /// A new empty database with a name no other test uses ("t<pid>_<n>").
    std::string newDatabase();
    int port() const { return m_port; }

    /// Stops the server at once (like a crash), then starts it again on the same port.
    void restart();
    void stop();
    void start();

    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;
    ~PgCluster();

private:
    PgCluster();
    std::string asServerUser(const std::string& command) const;

    std::string m_dir;
    std::string m_bin;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};

} // namespace baton::test
