#include "CommandLine.h"

namespace baton::cli {

CommandLine::CommandLine(const std::vector<std::string>& args, const std::set<std::string>& valued,
                         const std::set<std::string>& flags, const std::set<std::string>& repeatable)
{
    const auto takeValue = [&](const std::string& name, std::string value) {
        auto& slot = m_values[name];
        if (!slot.empty() && !repeatable.count(name)) {
            m_error = name + " is given more than once";
            return false;
        }
        slot.push_back(std::move(value));
        return true;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a;
            std::optional<std::string> inlineValue;
            if (const auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                inlineValue = a.substr(eq + 1);
            }
            if (valued.count(name) || repeatable.count(name)) {
                if (!inlineValue && i + 1 >= args.size()) {
                    m_error = name + " needs a value";
                    return;
                }
                if (!takeValue(name, inlineValue ? *inlineValue : args[++i]))
                    return;
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
            if (!takeValue("--output", args[++i]))
                return;
        } else {
            m_positional.push_back(a);
        }
    }
}

std::optional<std::string> CommandLine::value(const std::string& option) const
{
    const auto it = m_values.find(option);
    if (it == m_values.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> CommandLine::values(const std::string& option) const
{
    const auto it = m_values.find(option);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

} // namespace baton::cli
