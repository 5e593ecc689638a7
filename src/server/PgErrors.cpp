#include "PgErrors.h"

#include <pqxx/except>

namespace baton::server {

namespace {

std::string firstLine(std::string text)
{
    const auto end = text.find('\n');
    if (end != std::string::npos)
        text.erase(end);
    if (text.rfind("ERROR:", 0) == 0)
        text.erase(0, 6);
    while (!text.empty() && text.front() == ' ')
        text.erase(0, 1);
    return text;
}

} // namespace

void rethrowServerError(const std::string& what)
{
    try {
        throw;
    } catch (const pqxx::broken_connection& e) {
        const std::string reason = firstLine(e.what());
        const bool login = reason.find("password") != std::string::npos ||
                           reason.find("authentication") != std::string::npos ||
                           reason.find("role") != std::string::npos;
        throw ServerError(login ? ServerError::Kind::Login : ServerError::Kind::Unreachable,
                          "Cannot " + what + ": the team server " +
                              (login ? "did not accept the login: " : "cannot be reached: ") + reason);
    } catch (const pqxx::insufficient_privilege& e) {
        throw ServerError(ServerError::Kind::Refused,
                          "The team server refused to " + what + ": " + firstLine(e.what()));
    } catch (const pqxx::sql_error& e) {
        const std::string& state = e.sqlstate();
        if (state == "42501")
            throw ServerError(ServerError::Kind::Refused,
                              "The team server refused to " + what + ": " + firstLine(e.what()));
        // Anything else may pass (a lost connection, a lock wait, a server restarting): the
        // caller tries again later, and the reason is shown meanwhile.
        throw ServerError(ServerError::Kind::Unreachable,
                          "Cannot " + what + ": the team server reported a problem (" + firstLine(e.what()) +
                              (state.empty() ? std::string() : ", SQLSTATE " + state) + ")");
    } catch (const pqxx::in_doubt_error& e) {
        throw ServerError(ServerError::Kind::Unreachable,
                          "Cannot " + what + ": the connection was lost while the server committed; " +
                              "the next sync finds out what arrived (" + firstLine(e.what()) + ")");
    } catch (const std::exception& e) {
        throw ServerError(ServerError::Kind::Unreachable, "Cannot " + what + ": " + firstLine(e.what()));
    }
}

} // namespace baton::server
