#pragma once

#include "baton/domain/Date.h"

namespace baton::domain {

/// Where "now" comes from; injected so rules and tests never read the wall clock directly.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
    Date today() const { return now().date(); }
};

/// The real clock (UTC).
class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

/// A clock that stands still until told to move; for tests and reproducible runs.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp at) : m_at(at) {}
    Timestamp now() const override { return m_at; }
    void set(Timestamp at) { m_at = at; }
    void advanceMillis(std::int64_t ms) { m_at = Timestamp::fromMicros(m_at.micros() + ms * 1000); }

private:
    Timestamp m_at;
};

} // namespace baton::domain
