#pragma once

#include <string>
#include <utility>
#include <variant>

namespace baton::domain {

/// What kind of failure an Error reports; callers branch on this, users read the message.
enum class ErrorCode {
    InvalidValue,  ///< a field holds a value the rules do not allow
    NotFound,      ///< a referenced record does not exist
    Conflict,      ///< the change clashes with existing records
    RuleViolation, ///< a workflow rule refuses the change
    Io,            ///< the file system refused
    Corrupt,       ///< a file is damaged or not what it claims to be
    Unsupported,   ///< written by a newer version, or a feature this build lacks
    Cancelled,     ///< the user stopped the operation
};

/// A failure with a sentence a user understands ("what and where").
struct Error {
    ErrorCode code = ErrorCode::InvalidValue;
    std::string message;
};

/// Either a value or an Error; the project's small stand-in for std::expected.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}   // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success carries nothing; failure carries an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, std::string message)
{
    return Error{code, std::move(message)};
}

} // namespace baton::domain
