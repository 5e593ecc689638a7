#include "baton/domain/Clock.h"

#include <chrono>
#include <ctime>

#include <time.h>

namespace baton::domain {

Date localDateOf(Timestamp at)
{
    // Whole seconds, rounded down so an instant just before 1970 stays on its own day.
    std::int64_t seconds = at.micros() / 1'000'000;
    if (at.micros() % 1'000'000 < 0)
        --seconds;
    const auto t = static_cast<std::time_t>(seconds);
    // localtime_r need not notice a changed TZ (glibc's does not); tzset makes it.
    tzset();
    std::tm local{};
    if (!localtime_r(&t, &local))
        return at.date();
    return Date::fromYmd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                         static_cast<unsigned>(local.tm_mday));
}

Timestamp SystemClock::now() const
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp::fromMicros(std::chrono::duration_cast<std::chrono::microseconds>(since).count());
}

Date SystemClock::today() const
{
    return localDateOf(now());
}

} // namespace baton::domain
