#pragma once

#include "IssueSink.h"
#include "TeamDraft.h"

#include "baton/storage/TeamFile.h"

namespace baton::exchange {

/// Checks what no single record can check alone: duplicate ids, references that must
/// resolve in the file or the team file, unique emails and sibling area names, acyclic
/// area trees and contribution dependencies, and overlapping lead stints.
class ImportValidator {
public:
    ImportValidator(storage::TeamFile& file, IssueSink& sink)
        : m_file(file)
        , m_sink(sink)
    {
    }
    void validate(const TeamDraft& draft);

private:
    storage::TeamFile& m_file;
    IssueSink& m_sink;
};

} // namespace baton::exchange
