#pragma once

// Runs a real child process (baton-cli) and captures what it prints, for CLI tests.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

extern char** environ;

namespace baton::test {

struct ProcessResult {
    int exitCode = -1;   ///< exit status, or -1 when killed by a signal
    int signal = 0;      ///< the signal that ended it, if any
    std::string out;
    std::string err;
};

/// A started child whose stdout and stderr go to files; wait() or kill() it.
class ChildProcess {
public:
    ChildProcess(const std::vector<std::string>& argv, const std::string& outPath, const std::string& errPath)
        : m_outPath(outPath), m_errPath(errPath)
    {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        const int rc = posix_spawn(&m_pid, args[0], &actions, nullptr, args.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0)
            throw std::runtime_error("cannot start " + argv[0]);
    }
    ~ChildProcess()
    {
        if (!m_waited) {
            ::kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    void kill(int sig) { ::kill(m_pid, sig); }

    ProcessResult wait()
    {
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_waited = true;
        ProcessResult r;
        if (WIFEXITED(status))
            r.exitCode = WEXITSTATUS(status);
        if (WIFSIGNALED(status))
            r.signal = WTERMSIG(status);
        r.out = slurp(m_outPath);
        r.err = slurp(m_errPath);
        return r;
    }

private:
    static std::string slurp(const std::string& path)
    {
        std::string s;
        const int fd = ::open(path.c_str(), O_RDONLY);
        if (fd < 0)
            return s;
        char buf[4096];
        ssize_t n = 0;
        while ((n = ::read(fd, buf, sizeof buf)) > 0)
            s.append(buf, static_cast<std::size_t>(n));
        ::close(fd);
        return s;
    }
    pid_t m_pid = 0;
    bool m_waited = false;
    std::string m_outPath;
    std::string m_errPath;
};

} // namespace baton::test
