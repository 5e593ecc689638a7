#pragma once

// A small disk of the test's own, to fill up: a tmpfs mounted on a fresh folder. Mounting needs
// root, or an unprivileged user namespace (which this process enters when it is not root; ctest
// runs every test case in a process of its own). Where neither is allowed, available() is false
// and the test says it was skipped.

#include "support/TempDir.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace baton::test {

class SmallDisk {
public:
    explicit SmallDisk(std::uint64_t bytes = 16u << 20)
    {
        if (geteuid() != 0)
            enterUserNamespace();
        const std::string options = "size=" + std::to_string(bytes) + ",mode=0777";
        m_mounted = ::mount("tmpfs", m_dir.path().c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.path().c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool available() const { return m_mounted; }
    std::string file(const std::string& name) const { return m_dir.file(name); }

    std::uint64_t freeBytes() const
    {
        struct statvfs s {};
        ::statvfs(m_dir.path().c_str(), &s);
        return static_cast<std::uint64_t>(s.f_bavail) * s.f_frsize;
    }

    /// Fills the disk until only `bytes` (rounded down to whole pages) are free.
    void leaveFree(std::uint64_t bytes)
    {
        release();
        const std::uint64_t free = freeBytes();
        if (free <= bytes)
            return;
        std::uint64_t left = free - bytes;
        const int fd = ::open(filler().c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const std::vector<char> zeros(1 << 16, '\0');
        while (left > 0) {
            const auto chunk = static_cast<std::size_t>(std::min<std::uint64_t>(left, zeros.size()));
            const ssize_t n = ::write(fd, zeros.data(), chunk);
            if (n <= 0)
                break;
            left -= static_cast<std::uint64_t>(n);
        }
        ::close(fd);
    }
    /// Frees the space leaveFree took.
    void release() { ::unlink(filler().c_str()); }

private:
    std::string filler() const { return m_dir.file("filler.bin"); }

    static void enterUserNamespace()
    {
        const uid_t uid = geteuid();
        const gid_t gid = getegid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return;
        std::ofstream("/proc/self/setgroups") << "deny";
        std::ofstream("/proc/self/uid_map") << "0 " << uid << " 1";
        std::ofstream("/proc/self/gid_map") << "0 " << gid << " 1";
    }

    TempDir m_dir;
    bool m_mounted = false;
};

} // namespace baton::test
