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
    /// Splits `args`; options listed in `valued` take the next word as their value.
    /// Sets error() for an unknown option or a missing value.
    CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valued,
                const std::set<std::string>& flags);

    const std::vector<std::string>& positional() const { return m_positional; }
    std::optional<std::string> value(const std::string& option) const;
    bool flag(const std::string& option) const { return m_flags.count(option) > 0; }
    const std::string& error() const { return m_error; }

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::string m_error;
};

} // namespace baton::cli
