#include "baton/domain/SpreadMetrics.h"

#include "baton/domain/Formatted.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace baton::domain {
namespace {

void clampNegatives(std::vector<std::int64_t>& values)
{
    for (auto& v : values)
        v = std::max<std::int64_t>(v, 0);
}

std::int64_t total(const std::vector<std::int64_t>& values)
{
    std::int64_t sum = 0;
    for (const auto v : values)
        sum += std::max<std::int64_t>(v, 0);
    return sum;
}

Month nextMonth(Month m)
{
    return m.month == 12 ? Month{m.year + 1, 1} : Month{m.year, m.month + 1};
}

} // namespace

double gini(std::vector<std::int64_t> values)
{
    clampNegatives(values);
    const std::int64_t sum = total(values);
    if (values.empty() || sum == 0)
        return 0;
    std::sort(values.begin(), values.end());
    // On ascending values, x_i (0-based) exceeds the i values before it and falls short of the
    // n - 1 - i after it, so sum_i sum_j |x_i - x_j| = 2 sum_i (2i - n + 1) x_i; with
    // n * mean = total, G = sum_i (2i - n + 1) x_i / (n * total).
    const auto n = static_cast<double>(values.size());
    double weighted = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        weighted += (2.0 * static_cast<double>(i) - n + 1.0) * static_cast<double>(values[i]);
    return weighted / (n * static_cast<double>(sum));
}

std::optional<double> shannonEvenness(const std::vector<std::int64_t>& values)
{
    const std::int64_t sum = total(values);
    if (values.size() < 2 || sum == 0)
        return std::nullopt;
    double h = 0;
    for (const auto v : values) {
        if (v <= 0)
            continue;
        const double p = static_cast<double>(v) / static_cast<double>(sum);
        h -= p * std::log(p);
    }
    // One holder gives -1 * ln 1 = -0.0; report plain 0.
    return std::max(0.0, h / std::log(static_cast<double>(values.size())));
}

double topShare(std::vector<std::int64_t> values, std::size_t k)
{
    clampNegatives(values);
    const std::int64_t sum = total(values);
    if (sum == 0)
        return 0;
    const std::size_t count = std::min(k, values.size());
    std::partial_sort(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(count), values.end(),
                      std::greater<>());
    const std::int64_t top =
        std::accumulate(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(count), std::int64_t{0});
    return static_cast<double>(top) / static_cast<double>(sum);
}

double shareNonZero(const std::vector<std::int64_t>& values)
{
    if (values.empty())
        return 0;
    const auto nonZero = std::count_if(values.begin(), values.end(), [](std::int64_t v) { return v > 0; });
    return static_cast<double>(nonZero) / static_cast<double>(values.size());
}

SpreadFigures describeSpread(const std::vector<std::int64_t>& values)
{
    SpreadFigures f;
    f.people = static_cast<int>(values.size());
    f.withAny = static_cast<int>(std::count_if(values.begin(), values.end(), [](std::int64_t v) { return v > 0; }));
    f.shareWithAny = shareNonZero(values);
    f.topThreeShare = topShare(values, 3);
    f.gini = gini(values);
    f.evenness = shannonEvenness(values);
    return f;
}

Date Month::first() const
{
    return Date::fromYmd(year, static_cast<unsigned>(month), 1);
}

Date Month::last() const
{
    return nextMonth(*this).first().addDays(-1);
}

std::string Month::label() const
{
    return formatted("%04d-%02d", year, month);
}

Month monthOf(Date day)
{
    return {day.year(), static_cast<int>(day.month())};
}

std::vector<Month> monthsBetween(Date from, Date to)
{
    std::vector<Month> out;
    if (to < from)
        return out;
    const Month end = monthOf(to);
    for (Month m = monthOf(from); m <= end; m = nextMonth(m))
        out.push_back(m);
    return out;
}

std::vector<std::pair<Month, std::int64_t>> splitByMonth(Date from, Date to)
{
    std::vector<std::pair<Month, std::int64_t>> out;
    for (Date start = from; start <= to;) {
        const Month m = monthOf(start);
        const Date end = std::min(m.last(), to);
        out.emplace_back(m, end.days() - start.days() + 1);
        start = end.addDays(1);
    }
    return out;
}

} // namespace baton::domain
