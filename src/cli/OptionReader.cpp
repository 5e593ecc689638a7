#include "OptionReader.h"

#include <charconv>

namespace baton::cli {

void OptionReader::fail(std::string problem)
{
    if (m_problem.empty())
        m_problem = std::move(problem);
}

bool OptionReader::checkId(const std::string& option, const std::string& value)
{
    if (domain::isCanonicalUuid(value))
        return true;
    fail(option + ": \"" + value + "\" is not an id (a lowercase UUID)");
    return false;
}

std::optional<std::optional<std::string>> OptionReader::clearableText(const std::string& option) const
{
    const auto v = m_cl.value(option);
    if (!v)
        return std::nullopt;
    return v->empty() ? std::optional<std::string>() : std::optional<std::string>(*v);
}

std::optional<domain::Date> OptionReader::date(const std::string& option)
{
    const auto v = m_cl.value(option);
    if (!v)
        return std::nullopt;
    const auto parsed = domain::Date::parse(*v);
    if (!parsed)
        fail(option + ": \"" + *v + "\" is not a date (YYYY-MM-DD)");
    return parsed;
}

std::optional<std::optional<domain::Date>> OptionReader::clearableDate(const std::string& option)
{
    const auto v = m_cl.value(option);
    if (!v)
        return std::nullopt;
    if (v->empty())
        return std::optional<domain::Date>();
    const auto parsed = date(option);
    if (!parsed)
        return std::nullopt;
    return std::optional<std::optional<domain::Date>>(std::in_place, *parsed);
}

std::optional<int> OptionReader::integer(const std::string& option, int min, int max, std::string_view what)
{
    const auto v = m_cl.value(option);
    if (!v)
        return std::nullopt;
    int n = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
        fail(option + ": \"" + *v + "\" is not " + std::string(what) + " (a whole number from " + std::to_string(min) +
             " to " + std::to_string(max) + ")");
        return std::nullopt;
    }
    return n;
}

std::optional<bool> OptionReader::yesNo(const std::string& option)
{
    const auto v = m_cl.value(option);
    if (!v)
        return std::nullopt;
    if (*v == "yes")
        return true;
    if (*v == "no")
        return false;
    fail(option + ": \"" + *v + "\" is not yes or no");
    return std::nullopt;
}

} // namespace baton::cli
