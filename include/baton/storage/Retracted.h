#pragma once

namespace baton::storage {

/// Whether a read includes records retracted as entered by mistake: lists and reports hide
/// them; export, verification and history include them.
enum class Retracted { Hidden, Included };

} // namespace baton::storage
