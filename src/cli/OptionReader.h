#pragma once

#include "CommandLine.h"

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Uuid.h"

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace baton::cli {

/// Reads option values as dates, ids, choices and numbers. A value of the wrong kind is
/// bad input: the first one is kept as problem(), naming the option, and the read gives
/// nothing. An empty value ("") means "clear" for the clearable reads.
class OptionReader {
public:
    explicit OptionReader(const CommandLine& cl)
        : m_cl(cl)
    {
    }

    bool has(const std::string& option) const { return m_cl.has(option); }
    bool flag(const std::string& option) const { return m_cl.flag(option); }
    std::optional<std::string> text(const std::string& option) const { return m_cl.value(option); }
    /// Given and empty: clear (an inner nullopt); given: the text; not given: nullopt.
    std::optional<std::optional<std::string>> clearableText(const std::string& option) const;
    /// Every value of a repeatable text option, in order.
    std::vector<std::string> texts(const std::string& option) const { return m_cl.values(option); }

    std::optional<domain::Date> date(const std::string& option);
    std::optional<std::optional<domain::Date>> clearableDate(const std::string& option);

    template <typename IdType> std::optional<IdType> id(const std::string& option)
    {
        const auto v = m_cl.value(option);
        if (!v || !checkId(option, *v))
            return std::nullopt;
        return IdType(*v);
    }
    template <typename IdType> std::optional<std::optional<IdType>> clearableId(const std::string& option)
    {
        const auto v = m_cl.value(option);
        if (!v)
            return std::nullopt;
        if (v->empty())
            return std::optional<IdType>();
        if (!checkId(option, *v))
            return std::nullopt;
        return std::optional<IdType>(IdType(*v));
    }
    /// Ids from a repeatable option whose values may also be comma lists; "" alone clears.
    /// Not given: nullopt.
    template <typename IdType> std::optional<std::vector<IdType>> idList(const std::string& option)
    {
        if (!m_cl.has(option))
            return std::nullopt;
        std::vector<IdType> out;
        for (const auto& value : m_cl.values(option)) {
            std::istringstream parts(value);
            for (std::string part; std::getline(parts, part, ',');) {
                if (part.empty())
                    continue;
                if (!checkId(option, part))
                    return std::nullopt;
                out.emplace_back(part);
            }
        }
        return out;
    }
    /// The id in positional argument `index`; `what` names it ("member").
    template <typename IdType> IdType positionalId(std::size_t index, std::string_view what)
    {
        const std::string& v = m_cl.positional().at(index);
        if (!domain::isCanonicalUuid(v))
            fail("the " + std::string(what) + " id \"" + v + "\" is not an id (a lowercase UUID)");
        return IdType(v);
    }

    template <typename E> std::optional<E> choice(const std::string& option)
    {
        const auto v = m_cl.value(option);
        if (!v)
            return std::nullopt;
        const auto parsed = domain::parseEnum<E>(*v);
        if (!parsed)
            fail(option + ": \"" + *v + "\" is not one of " + domain::allowedValues<E>());
        return parsed;
    }
    /// A whole number from `min` to `max`; `what` says what it is ("a level").
    std::optional<int> integer(const std::string& option, int min, int max, std::string_view what);
    std::optional<bool> yesNo(const std::string& option);

    bool ok() const { return m_problem.empty(); }
    const std::string& problem() const { return m_problem; }
    void fail(std::string problem);

private:
    bool checkId(const std::string& option, const std::string& value);

    const CommandLine& m_cl;
    std::string m_problem;
};

} // namespace baton::cli
