#pragma once

// Runs code or a program as a user the permission bits apply to. Root passes every permission
// check, so a test running as root becomes "nobody" (uid and gid 65534, which Debian always
// has); any other user is unprivileged already and stays itself.

#include "support/Process.h"
#include "support/TempDir.h"

#include <grp.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <chrono>
#include <thread>
#include <vector>

namespace baton::test {

constexpr uid_t kNobody = 65534;

/// The uid the permission bits will be judged against.
inline uid_t unprivilegedUid()
{
    return geteuid() == 0 ? kNobody : geteuid();
}

/// Makes `path` belong to the unprivileged user (a no-op when not root: it is ours already).
inline void giveToUnprivileged(const std::string& path)
{
    if (geteuid() == 0)
        (void)::chown(path.c_str(), kNobody, kNobody);
}

/// While it lives, this process (every thread of it) is the unprivileged user; a root
/// process keeps root as its saved id, and gets it back at the end of the scope.
class AsUnprivileged {
public:
    AsUnprivileged()
    {
        if (geteuid() != 0)
            return;
        m_groups.resize(static_cast<std::size_t>(getgroups(0, nullptr)));
        getgroups(static_cast<int>(m_groups.size()), m_groups.data());
        m_active = ::setgroups(0, nullptr) == 0 && ::setresgid(kNobody, kNobody, 0) == 0 &&
                   ::setresuid(kNobody, kNobody, 0) == 0;
    }
    ~AsUnprivileged()
    {
        if (!m_active)
            return;
        (void)::setresuid(0, 0, 0);
        (void)::setresgid(0, 0, 0);
        (void)::setgroups(m_groups.size(), m_groups.data());
    }
    AsUnprivileged(const AsUnprivileged&) = delete;
    AsUnprivileged& operator=(const AsUnprivileged&) = delete;

private:
    bool m_active = false;
    std::vector<gid_t> m_groups;
};

/// What a program printed, and how long it ran.
struct TimedResult {
    ProcessResult result;
    double seconds = 0;
    bool timedOut = false;
};

/// Runs `argv` as the unprivileged user, killing it after `limitSeconds`.
inline TimedResult runUnprivileged(const std::vector<std::string>& argv, const std::string& outPath,
                                   const std::string& errPath, double limitSeconds = 10)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        // The child: open the output files while still allowed to, then drop root for good.
        const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, 1);
        ::dup2(err, 2);
        const int in = ::open("/dev/null", O_RDONLY);
        ::dup2(in, 0);
        if (geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            _exit(126);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        _exit(127);
    }
    TimedResult r;
    int status = 0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > limitSeconds) {
            ::kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            r.timedOut = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (WIFEXITED(status))
        r.result.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        r.result.signal = WTERMSIG(status);
    r.result.out = readFile(outPath);
    r.result.err = readFile(errPath);
    return r;
}

} // namespace baton::test
