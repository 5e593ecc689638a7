#include "CommandLine.h"

namespace baton::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valued,
                         const std::set<std::string>& flags)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a;
            std::optional<std::string> inlineValue;
            if (const auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                inlineValue = a.substr(eq + 1);
            }
            if (valued.count(name)) {
                if (inlineValue) {
                    m_values[name] = *inlineValue;
                } else if (i + 1 < args.size()) {
                    m_values[name] = args[++i];
                } else {
                    m_error = name + " needs a value";
                    return;
                }
            } else if (flags.count(name) && !inlineValue) {
                m_flags.insert(name);
            } else {
                m_error = "unknown option " + name;
                return;
            }
        } else if (a == "-o" && valued.count("--output")) {
            if (i + 1 >= args.size()) {
                m_error = "-o needs a value";
                return;
            }
            m_values["--output"] = args[++i];
        } else {
            m_positional.push_back(a);
        }
    }
}

std::optional<std::string> CommandLine::value(const std::string& option) const
{
    const auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

} // namespace baton::cli
