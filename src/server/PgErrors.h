#pragma once

#include "baton/server/ServerError.h"

#include <exception>
#include <string>

namespace baton::server {

/// Turns what libpqxx threw into a ServerError whose message says what failed and why.
/// Call only from inside a catch block.
[[noreturn]] void rethrowServerError(const std::string& what);

/// Runs `work`, translating libpqxx's exceptions with rethrowServerError.
template <typename Work> auto guarded(const std::string& what, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const ServerError&) {
        throw;
    } catch (const std::exception&) {
        rethrowServerError(what);
    }
}

} // namespace baton::server
