#include "baton/domain/CrashPoint.h"

#ifdef BATON_CRASH_POINTS

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <string>

namespace baton::domain {
namespace {

struct Target {
    std::string name;
    long hit = 1;
};

/// BATON_CRASH_AT as "name" or "name@N"; an empty name when unset.
Target readTarget()
{
    Target t;
    const char* value = std::getenv("BATON_CRASH_AT");
    if (!value)
        return t;
    t.name = value;
    if (const auto at = t.name.find('@'); at != std::string::npos) {
        t.hit = std::strtol(t.name.c_str() + at + 1, nullptr, 10);
        t.name.resize(at);
    }
    return t;
}

} // namespace

void crashPoint(const char* name)
{
    static const Target target = readTarget();
    static std::atomic<long> passes{0};
    if (target.name.empty() || target.name != name)
        return;
    // No destructor, no flush, no rollback: what a crash leaves. Should raise fail, _Exit
    // comes closest (it too skips destructors and buffers).
    if (++passes == target.hit && std::raise(SIGKILL) != 0)
        std::_Exit(137);
}

} // namespace baton::domain

#else

void baton::domain::crashPoint(const char*) {}

#endif
