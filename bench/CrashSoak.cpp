// The crash soak: stops baton-cli at named crash points (baton/domain/CrashPoint.h) in the
// middle of edits, imports, exports, backups and upgrades, then checks what the crash left.
//
//   baton-crash-soak --cli build/bin/baton-cli [--trials 1000] [--seed 1] [--dir DIR]
//
// After each trial:
//   - every change baton-cli acknowledged (exit 0) is in the file, and so is a change whose
//     commit the crash came after; one whose commit it came before is not (all or nothing);
//   - PRAGMA integrity_check says ok and `baton-cli verify` passes;
//   - an export or backup target holds the old file, never a torn one, and the next export or
//     backup succeeds;
//   - an interrupted upgrade leaves the old version, and the next open upgrades it.
// Prints "N trials, L lost, T torn" and exits 1 unless every trial was stopped at its point and
// nothing was lost or torn. The quick test suite runs 50 trials; docs/reliability.md has the
// figures of the last 1,000.
#include "support/ExchangeDocuments.h"
#include "support/Process.h"
#include "support/VersionOneFile.h"

#include "baton/storage/Database.h"
#include "baton/storage/Migrations.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/TeamFile.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using baton::storage::Database;
using baton::test::ProcessResult;

namespace {

constexpr int kImportedDecisions = 120;
constexpr int kOldMembers = 3;

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void removeTeamFile(const std::string& path)
{
    for (const char* suffix : {"", "-wal", "-shm", ".partial", ".v1.bak", ".v1.bak.partial"})
        fs::remove(path + suffix);
}

/// What one trial found wrong, in words; empty lists when all is well.
struct Findings {
    bool stopped = false; ///< the child was killed at its crash point
    std::vector<std::string> lost;
    std::vector<std::string> torn;
};

class Soak {
public:
    Soak(std::string cli, std::string dir)
        : m_cli(std::move(cli))
        , m_dir(std::move(dir))
    {
    }

    void prepare()
    {
        fs::create_directories(m_dir);
        m_base = path("base.baton");
        removeTeamFile(m_base);
        must({"init", m_base, "--name", "Soak"});
        const std::string me = trim(must({"member", "add", m_base, "--name", "Soak Facilitator"}).out);
        must({"whoami", m_base, me});
        m_data = path("data.json");
        std::ofstream(m_data) << baton::test::documentWithDecisions(kImportedDecisions - 2).dump();
        m_old = path("old.baton");
        removeTeamFile(m_old);
        baton::test::writeVersionOneFile(m_old, kOldMembers);
    }

    /// Runs trial `n`: the scenarios take turns, so any 14 trials in a row cover every point.
    Findings trial(int n, std::mt19937& random)
    {
        using Scenario = std::function<Findings(Soak&, int, std::mt19937&)>;
        static const std::vector<std::pair<std::string, Scenario>> kScenarios = {
            {"edit.in-transaction", &Soak::editTrial},
            {"edit.before-commit", &Soak::editTrial},
            {"edit.after-commit", &Soak::editTrial},
            {"import.mid-records", &Soak::importTrial},
            {"import.before-commit", &Soak::importTrial},
            {"export.mid-write", &Soak::exportTrial},
            {"export.before-rename", &Soak::exportTrial},
            {"backup.mid-copy", &Soak::backupTrial},
            {"backup.before-rename", &Soak::backupTrial},
            {"migration.mid-upgrade", &Soak::upgradeTrial},
            {"backup.mid-copy", &Soak::upgradeTrial}, // the backup taken before an upgrade
            {"backup.before-rename", &Soak::upgradeTrial},
            {"edit.before-commit", &Soak::upgradeTrial}, // upgraded and committed, the edit not
            {"edit.after-commit", &Soak::upgradeTrial},
        };
        const auto& [point, run] = kScenarios[static_cast<std::size_t>(n) % kScenarios.size()];
        m_point = point;
        ++m_perPoint[point + (n % kScenarios.size() >= 9 ? " (upgrading)" : "")];
        return run(*this, n, random);
    }

    std::map<std::string, int> perPoint() const { return m_perPoint; }

private:
    std::string path(const std::string& name) const { return (fs::path(m_dir) / name).string(); }

    static std::string trim(std::string s)
    {
        while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
            s.pop_back();
        return s;
    }

    ProcessResult run(const std::vector<std::string>& args, const std::string& crashAt = {})
    {
        std::vector<std::string> argv{m_cli};
        argv.insert(argv.end(), args.begin(), args.end());
        if (crashAt.empty())
            unsetenv("BATON_CRASH_AT");
        else
            setenv("BATON_CRASH_AT", crashAt.c_str(), 1);
        baton::test::ChildProcess child(argv, path("out.txt"), path("err.txt"));
        auto result = child.wait();
        unsetenv("BATON_CRASH_AT");
        return result;
    }

    /// A step that must succeed; the soak stops when it does not (its own set-up is wrong).
    ProcessResult must(const std::vector<std::string>& args)
    {
        auto r = run(args);
        if (r.exitCode != 0) {
            std::string line;
            for (const auto& a : args)
                line += " " + a;
            throw std::runtime_error("baton-cli" + line + " failed: " + r.err);
        }
        return r;
    }

    /// Runs `args` with the trial's crash point armed at its `hit`th pass.
    bool crash(const std::vector<std::string>& args, int hit)
    {
        const auto r = run(args, m_point + "@" + std::to_string(hit));
        return r.signal == SIGKILL;
    }

    // ---- what the file holds, read without baton-cli ----

    static std::int64_t count(const std::string& file, const std::string& sql, const std::string& arg = {})
    {
        Database db(file, Database::Mode::ReadOnly);
        auto s = db.prepare(sql);
        if (!arg.empty())
            s.bind(1, arg);
        return s.step() ? s.columnInt(0) : -1;
    }
    static bool hasMember(const std::string& file, const std::string& name)
    {
        return count(file, "SELECT count(*) FROM members WHERE name = ?", name) == 1;
    }

    /// integrity_check and `baton-cli verify`, the checks every trial ends with.
    void checkSound(const std::string& file, Findings& f)
    {
        try {
            Database db(file, Database::Mode::ReadOnly);
            const std::string integrity = db.queryText("PRAGMA integrity_check");
            if (integrity != "ok")
                f.lost.push_back("integrity_check: " + integrity);
        } catch (const baton::storage::StorageError& e) {
            f.lost.push_back(std::string("cannot read the file: ") + e.what());
        }
        const auto verify = run({"verify", file});
        if (verify.exitCode != 0)
            f.lost.push_back("verify failed: " + verify.err);
    }

    std::string freshTeam()
    {
        const std::string team = path("trial.baton");
        removeTeamFile(team);
        fs::copy_file(m_base, team);
        return team;
    }

    // ---- the scenarios ----

    Findings editTrial(int n, std::mt19937&)
    {
        Findings f;
        const std::string team = freshTeam();
        const std::string acked = "Acknowledged " + std::to_string(n);
        must({"member", "add", team, "--name", acked});
        const std::string crashed = "Crashed " + std::to_string(n);
        f.stopped = crash({"member", "add", team, "--name", crashed}, 1);
        if (!hasMember(team, acked))
            f.lost.push_back("acknowledged member " + acked + " is missing");
        const bool committed = m_point == "edit.after-commit";
        if (committed && !hasMember(team, crashed))
            f.lost.push_back("the member committed before the crash is missing");
        if (!committed && hasMember(team, crashed))
            f.torn.push_back("an edit stopped before its commit is in the file");
        checkSound(team, f);
        return f;
    }

    Findings importTrial(int n, std::mt19937& random)
    {
        Findings f;
        const std::string team = freshTeam();
        const std::string acked = "Acknowledged " + std::to_string(n);
        must({"member", "add", team, "--name", acked});
        const std::int64_t before = count(team, "SELECT count(*) FROM decisions");
        const int hit =
            m_point == "import.mid-records" ? std::uniform_int_distribution<int>(1, kImportedDecisions)(random) : 1;
        f.stopped = crash({"import", team, m_data}, hit);
        const std::int64_t after = count(team, "SELECT count(*) FROM decisions");
        if (after != before)
            f.torn.push_back("an import stopped before its commit left " + std::to_string(after - before) +
                             " of its decisions");
        if (!hasMember(team, acked))
            f.lost.push_back("acknowledged member " + acked + " is missing");
        checkSound(team, f);
        must({"import", team, m_data});
        if (count(team, "SELECT count(*) FROM decisions") != before + kImportedDecisions)
            f.lost.push_back("the import after the crash did not bring every decision");
        return f;
    }

    Findings exportTrial(int n, std::mt19937&)
    {
        Findings f;
        const std::string team = freshTeam();
        const std::string target = path("export.json");
        fs::remove(target);
        must({"export", team, target});
        const std::string old = readBytes(target);
        must({"member", "add", team, "--name", "Acknowledged " + std::to_string(n)});
        f.stopped = crash({"export", team, target}, 1);
        if (readBytes(target) != old)
            f.torn.push_back("the export target no longer holds the old export");
        checkSound(team, f);
        must({"export", team, target});
        try {
            const auto doc = nlohmann::json::parse(readBytes(target));
            if (static_cast<std::int64_t>(doc.at("members").size()) != count(team, "SELECT count(*) FROM members"))
                f.lost.push_back("the next export lacks the acknowledged member");
        } catch (const std::exception& e) {
            f.torn.push_back(std::string("the next export is not whole: ") + e.what());
        }
        return f;
    }

    Findings backupTrial(int n, std::mt19937&)
    {
        Findings f;
        const std::string team = freshTeam();
        const std::string target = path("copy.baton");
        removeTeamFile(target);
        must({"backup", team, target});
        const std::string old = readBytes(target);
        const std::string acked = "Acknowledged " + std::to_string(n);
        must({"member", "add", team, "--name", acked});
        f.stopped = crash({"backup", team, target}, 1);
        if (readBytes(target) != old)
            f.torn.push_back("the backup target no longer holds the old copy");
        checkSound(team, f);
        must({"backup", team, target});
        checkSound(target, f);
        if (!hasMember(target, acked))
            f.lost.push_back("the next backup lacks the acknowledged member");
        return f;
    }

    Findings upgradeTrial(int n, std::mt19937& random)
    {
        Findings f;
        const std::string team = path("trial.baton");
        removeTeamFile(team);
        fs::copy_file(m_old, team);
        const int migrations = baton::storage::currentSchemaVersion() - 1;
        const int hit =
            m_point == "migration.mid-upgrade" ? std::uniform_int_distribution<int>(1, migrations)(random) : 1;
        const std::string crashed = "Crashed " + std::to_string(n);
        f.stopped = crash({"member", "add", team, "--name", crashed}, hit);
        const bool upgradeCommitted = m_point.rfind("edit.", 0) == 0;
        const std::int64_t version = count(team, "PRAGMA user_version");
        const std::int64_t expected = upgradeCommitted ? baton::storage::currentSchemaVersion() : 1;
        if (version != expected)
            f.torn.push_back("the file is at version " + std::to_string(version) + ", not " + std::to_string(expected));
        if (count(team, "SELECT count(*) FROM members WHERE name LIKE 'Old member %'") != kOldMembers)
            f.lost.push_back("members from before the upgrade are missing");
        const bool editCommitted = m_point == "edit.after-commit";
        if (hasMember(team, crashed) != editCommitted)
            (editCommitted ? f.lost : f.torn)
                .push_back("the edit during the upgrade is " + std::string(editCommitted ? "missing" : "in the file"));
        const std::string after = "After " + std::to_string(n);
        must({"member", "add", team, "--name", after}); // upgrades now if the crash stopped it
        if (!hasMember(team, after))
            f.lost.push_back("acknowledged member " + after + " is missing");
        checkSound(team, f);
        return f;
    }

    std::string m_cli;
    std::string m_dir;
    std::string m_base;
    std::string m_data;
    std::string m_old;
    std::string m_point; ///< the crash point of the trial running
    std::map<std::string, int> m_perPoint;
};

int usage()
{
    std::cerr << "usage: baton-crash-soak --cli PATH_TO_BATON_CLI [--trials N] [--seed S] [--dir DIR]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string cli;
    std::string dir = (fs::temp_directory_path() / ("baton-crash-soak-" + std::to_string(getpid()))).string();
    int trials = 1000;
    unsigned seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            return usage();
        const std::string value = argv[++i];
        if (arg == "--cli")
            cli = value;
        else if (arg == "--trials")
            trials = std::atoi(value.c_str());
        else if (arg == "--seed")
            seed = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
        else if (arg == "--dir")
            dir = value;
        else
            return usage();
    }
    if (cli.empty() || trials <= 0)
        return usage();

    const auto start = std::chrono::steady_clock::now();
    Soak soak(cli, dir);
    int lost = 0;
    int torn = 0;
    int missed = 0;
    try {
        soak.prepare();
        std::mt19937 random(seed);
        for (int n = 0; n < trials; ++n) {
            const Findings f = soak.trial(n, random);
            if (!f.stopped) {
                ++missed;
                std::cerr << "trial " << n << ": baton-cli was not stopped at its crash point\n";
            }
            for (const auto& what : f.lost)
                std::cerr << "trial " << n << " lost: " << what << "\n";
            for (const auto& what : f.torn)
                std::cerr << "trial " << n << " torn: " << what << "\n";
            lost += f.lost.empty() ? 0 : 1;
            torn += f.torn.empty() ? 0 : 1;
        }
    } catch (const std::exception& e) {
        std::cerr << "baton-crash-soak: " << e.what() << "\n";
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "crash points passed:";
    for (const auto& [point, n] : soak.perPoint())
        std::cout << " " << point << " " << n << ";";
    std::cout << "\n"
              << trials - missed << " of " << trials << " trials stopped at their crash point, in "
              << static_cast<int>(seconds + 0.5) << " s\n";
    std::cout << trials << " trials, " << lost << " lost, " << torn << " torn\n";
    fs::remove_all(dir);
    return lost == 0 && torn == 0 && missed == 0 ? 0 : 1;
}
