#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Ids.h"
#include "baton/domain/Initiative.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace baton::domain {

// Descriptions of how widely something (lead-days, decisions, ...) is shared among people.
// They describe a team; they do not rank or judge anyone. Negative values count as 0.

/// Gini coefficient of non-negative values: 0 when all equal (or none / all zero), approaching 1
/// when one holds all ((n - 1) / n exactly). G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), computed
/// in O(n log n) on the sorted values.
double gini(std::vector<std::int64_t> values);

/// Shannon evenness (Pielou's J) = H / ln(n), H = -sum p_i ln p_i over the non-zero shares,
/// n = values.size() (members who had nothing count and lower evenness). 1 when perfectly even;
/// 0 when one holds all; std::nullopt when n < 2 or the total is 0.
std::optional<double> shannonEvenness(const std::vector<std::int64_t>& values);

/// The share of the total held by the k largest values (0 when the total is 0).
double topShare(std::vector<std::int64_t> values, std::size_t k);

/// Fraction of values that are > 0 (0 when empty).
double shareNonZero(const std::vector<std::int64_t>& values);

/// The figures above for one set of values, one per person.
struct SpreadFigures {
    int people = 0;           ///< values.size()
    int withAny = 0;          ///< values > 0
    double shareWithAny = 0;  ///< shareNonZero
    double topThreeShare = 0; ///< topShare(values, 3)
    double gini = 0;
    std::optional<double> evenness; ///< shannonEvenness
};

SpreadFigures describeSpread(const std::vector<std::int64_t>& values);

/// A calendar month.
struct Month {
    int year = 0;
    int month = 0; ///< 1..12

    Date first() const;
    Date last() const;
    /// "2026-03".
    std::string label() const;
    friend auto operator<=>(const Month&, const Month&) = default;
};

Month monthOf(Date day);

/// Every month from `from`'s to `to`'s, inclusive and in order; empty when `to` is before `from`.
std::vector<Month> monthsBetween(Date from, Date to);

/// The days from `from` to `to` (both counted) split by calendar month, in order: a lead stint
/// from 2026-01-20 to 2026-02-10 is 12 days in January and 10 in February. Empty when `to` is
/// before `from`.
std::vector<std::pair<Month, std::int64_t>> splitByMonth(Date from, Date to);

} // namespace baton::domain
