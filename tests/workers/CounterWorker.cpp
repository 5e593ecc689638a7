// One of the processes of the concurrency test (tests/edit/ConcurrencyTests.cpp): makes N
// read-modify-write edits through the edit service, each adding one to a counter all the
// processes share and one to a counter of its own (the titles of two members), both read and
// written inside the edit's BEGIN IMMEDIATE transaction.
//
//   baton_counter_worker TEAMFILE SHARED_MEMBER_ID OWN_MEMBER_ID N
//
// Prints "N edits, F failed" and every failure as the user would see it; exits 1 on any.
#include "baton/domain/Clock.h"
#include "baton/edit/EditContext.h"
#include "baton/storage/TeamFile.h"

#include <cstdlib>
#include <iostream>
#include <string>

using namespace baton;

namespace {

/// Adds one to the number a member's title holds.
domain::Result<void> increment(edit::EditWriter& w, const domain::MemberId& id)
{
    auto member = w.liveMember(id);
    if (!member)
        return domain::makeError(domain::ErrorCode::NotFound, "no member " + id.str());
    member->title = std::to_string(std::stoll(member->title.value_or("0")) + 1);
    w.write(*member);
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::cerr << "usage: baton_counter_worker TEAMFILE SHARED_MEMBER_ID OWN_MEMBER_ID N\n";
        return 2;
    }
    auto opened = storage::TeamFile::open(argv[1]);
    if (!opened) {
        std::cerr << opened.error().message << "\n";
        return 1;
    }
    const domain::SystemClock clock;
    edit::EditContext context(*opened.value(), clock);
    const domain::MemberId shared(argv[2]);
    const domain::MemberId own(argv[3]);
    const long edits = std::atol(argv[4]);
    long failed = 0;
    for (long i = 0; i < edits; ++i) {
        const auto result = context.run("edit-member", [&](edit::EditWriter& w) -> domain::Result<void> {
            if (auto ok = increment(w, shared); !ok)
                return ok;
            return increment(w, own);
        });
        if (!result) {
            ++failed;
            std::cerr << "edit " << i << ": " << result.error().message << "\n";
        }
    }
    std::cout << edits << " edits, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}
