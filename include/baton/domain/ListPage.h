#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// Where the next page of a list starts: just after the row with this sort key and row key.
struct ListCursor {
    std::string sortKey;
    std::int64_t rowKey = 0;
};

/// One page of rows and the cursor for the next page (empty at the end).
template <typename Row>
struct ListPage {
    std::vector<Row> rows;
    std::optional<ListCursor> next;
};

} // namespace baton::domain
