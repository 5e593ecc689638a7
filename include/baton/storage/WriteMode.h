#pragma once

namespace baton::storage {

/// How a repository writes a record: `Upsert` replaces one that may exist (children and
/// search text included); `InsertNew` is for a caller that knows the id is new, and skips
/// the clean-up an upsert needs.
enum class WriteMode { Upsert, InsertNew };

} // namespace baton::storage
