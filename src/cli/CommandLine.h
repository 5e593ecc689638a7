#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace baton::cli {

/// Positional arguments and `--name value` options after the command word.
class CommandLine {
public:
    /// Splits `args`; options listed in `valued` take the next word (or `=value`) as their
    /// value and may be given once; options in `repeatable` take a value and may be given
    /// any number of times. Sets error() for an unknown option, a missing value, or a
    /// once-only option given twice.
    CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valued,
                const std::set<std::string>& flags, const std::set<std::string>& repeatable = {});

    const std::vector<std::string>& positional() const { return m_positional; }
    /// The option's value (the last one for a repeatable option), if given.
    std::optional<std::string> value(const std::string& option) const;
    /// Every value of the option, in the order given; empty when not given.
    std::vector<std::string> values(const std::string& option) const;
    bool has(const std::string& option) const { return m_values.count(option) > 0 || flag(option); }
    bool flag(const std::string& option) const { return m_flags.count(option) > 0; }
    const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
    std::string m_error;
};

} // namespace baton::cli
