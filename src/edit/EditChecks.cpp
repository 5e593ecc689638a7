#include "EditChecks.h"

#include "baton/domain/TextRules.h"

#include <cctype>

namespace baton::edit {
using namespace baton::domain;

Result<void> checkName(const std::string& text, std::string_view what)
{
    if (isBlank(text))
        return makeError(ErrorCode::InvalidValue, std::string(what) + " is required.");
    if (!isValidUtf8(text))
        return makeError(ErrorCode::InvalidValue, std::string(what) + " is not valid UTF-8 text.");
    if (codePointCount(text) > kMaxNameLength)
        return makeError(ErrorCode::InvalidValue, std::string(what) + " is longer than 200 characters.");
    return {};
}

} // namespace baton::edit

namespace baton::edit {

domain::Result<void> firstProblem(const std::vector<std::string>& problems)
{
    if (problems.empty())
        return {};
    std::string what = problems.front();
    what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    return domain::makeError(domain::ErrorCode::InvalidValue, what + ".");
}

} // namespace baton::edit
