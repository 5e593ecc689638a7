#include "baton/domain/Date.h"

#include "baton/domain/Formatted.h"

namespace baton::domain {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
std::int32_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? static_cast<unsigned>(-3) : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int32_t>(era * 146097 + static_cast<int>(doe) - 719468);
}

struct Ymd {
    int y;
    unsigned m;
    unsigned d;
};

Ymd civilFromDays(std::int32_t z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeap(y)) ? 29 : kDays[m - 1];
}

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int& out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

constexpr std::int64_t kMsPerDay = 86'400'000;

} // namespace

Date Date::fromYmd(int year, unsigned month, unsigned day)
{
    return Date(daysFromCivil(year, month, day));
}

std::optional<Date> Date::parse(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    if (!readDigits(text, 0, 4, y) || !readDigits(text, 5, 2, m) || !readDigits(text, 8, 2, d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(m)))
        return std::nullopt;
    return fromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const
{
    return civilFromDays(m_days).y;
}
unsigned Date::month() const
{
    return civilFromDays(m_days).m;
}
unsigned Date::day() const
{
    return civilFromDays(m_days).d;
}

std::string Date::toString() const
{
    const Ymd ymd = civilFromDays(m_days);
    return formatted("%04d-%02u-%02u", ymd.y, ymd.m, ymd.d);
}

std::optional<Timestamp> Timestamp::parse(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS[.f+](Z|+00:00|-00:00)
    if (text.size() < 20 || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto date = Date::parse(text.substr(0, 10));
    int hh = 0, mm = 0, ss = 0;
    if (!date || !readDigits(text, 11, 2, hh) || !readDigits(text, 14, 2, mm) || !readDigits(text, 17, 2, ss))
        return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 59)
        return std::nullopt;
    std::size_t pos = 19;
    std::int64_t us = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        std::size_t digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 6)
                us = us * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        for (std::size_t i = digits; i < 6; ++i)
            us *= 10;
    }
    const std::string_view zone = text.substr(pos);
    if (zone != "Z" && zone != "z" && zone != "+00:00" && zone != "-00:00")
        return std::nullopt;
    const std::int64_t total =
        (static_cast<std::int64_t>(date->days()) * kMsPerDay + ((hh * 60 + mm) * 60 + ss) * std::int64_t{1000}) * 1000 +
        us;
    return Timestamp(total);
}

Date Timestamp::date() const
{
    constexpr std::int64_t kUsPerDay = kMsPerDay * 1000;
    std::int64_t days = m_us / kUsPerDay;
    if (m_us % kUsPerDay < 0)
        --days;
    return Date::fromDays(static_cast<std::int32_t>(days));
}

std::string Timestamp::toString() const
{
    const Date d = date();
    const std::int64_t inDay = m_us - static_cast<std::int64_t>(d.days()) * kMsPerDay * 1000;
    const auto secs = static_cast<int>(inDay / 1'000'000);
    const auto us = static_cast<int>(inDay % 1'000'000);
    const std::string day = d.toString();
    if (us == 0)
        return formatted("%sT%02d:%02d:%02dZ", day.c_str(), secs / 3600, secs / 60 % 60, secs % 60);
    if (us % 1000 == 0)
        return formatted("%sT%02d:%02d:%02d.%03dZ", day.c_str(), secs / 3600, secs / 60 % 60, secs % 60, us / 1000);
    return formatted("%sT%02d:%02d:%02d.%06dZ", day.c_str(), secs / 3600, secs / 60 % 60, secs % 60, us);
}

} // namespace baton::domain
