#include "EditChecks.h"

#include "baton/domain/TextRules.h"

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
