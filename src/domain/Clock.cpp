#include "baton/domain/Clock.h"

#include <chrono>

namespace baton::domain {

Timestamp SystemClock::now() const
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return Timestamp::fromMicros(std::chrono::duration_cast<std::chrono::microseconds>(since).count());
}

} // namespace baton::domain
