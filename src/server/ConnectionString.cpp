#include "baton/server/ConnectionString.h"

#include <libpq-fe.h>

namespace baton::server {

namespace {

/// libpq's quoting for a keyword value: single quotes, with ' and \ escaped.
std::string quoted(const std::string& value)
{
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "'";
}

} // namespace

std::optional<ConnectionString> ConnectionString::parse(const std::string& text, std::string& error)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(text.c_str(), &message);
    if (!options) {
        error = message ? std::string(message) : std::string("the connection string cannot be read");
        while (!error.empty() && (error.back() == '\n' || error.back() == ' '))
            error.pop_back();
        PQfreemem(message);
        return std::nullopt;
    }
    ConnectionString out;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string key = o->keyword;
        const std::string value = o->val;
        if (key == "password") {
            out.m_password = value;
            continue;
        }
        if (key == "user")
            out.m_user = value;
        else if (key == "host")
            out.m_host = value;
        else if (key == "port")
            out.m_port = value;
        else if (key == "dbname")
            out.m_dbname = value;
        if (!out.m_keywords.empty())
            out.m_keywords += ' ';
        out.m_keywords += key + "=" + quoted(value);
    }
    PQconninfoFree(options);
    return out;
}

std::string ConnectionString::withoutPassword() const
{
    return m_keywords;
}

std::string ConnectionString::withPassword(const std::string& password) const
{
    if (password.empty())
        return m_keywords;
    return m_keywords + (m_keywords.empty() ? "" : " ") + "password=" + quoted(password);
}

std::string ConnectionString::describe() const
{
    std::string out = m_user.empty() ? std::string() : m_user + "@";
    out += m_host.empty() ? std::string("localhost") : m_host;
    if (!m_port.empty())
        out += ":" + m_port;
    if (!m_dbname.empty())
        out += "/" + m_dbname;
    return out;
}

} // namespace baton::server
