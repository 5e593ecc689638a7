#pragma once

#include "baton/domain/Result.h"

#include <stdexcept>
#include <string>

namespace baton::storage {

/// Thrown inside the storage layer when SQLite refuses; public entry points that users
/// reach (TeamFile::open, the importer, the CLI) turn it into a domain::Error.
class StorageError : public std::runtime_error {
public:
    StorageError(domain::ErrorCode code, const std::string& message, int sqliteCode = 0)
        : std::runtime_error(message)
        , m_code(code)
        , m_sqliteCode(sqliteCode)
    {
    }
    domain::ErrorCode code() const { return m_code; }
    int sqliteCode() const { return m_sqliteCode; }
    /// True when the statement was stopped on purpose (Database::cancelWhen), not failed.
    bool interrupted() const { return m_code == domain::ErrorCode::Cancelled; }
    domain::Error toError() const { return domain::Error{m_code, what()}; }

private:
    domain::ErrorCode m_code;
    int m_sqliteCode;
};

} // namespace baton::storage
