#pragma once

// The chain of work in words: shared by the chain view, its dialog and the initiative's detail pane.

#include "baton/domain/ContributionChain.h"

#include <QString>

#include <vector>

namespace baton::ui {

/// What one link says about the wait: "waiting 12 days", "took 5 days", "not started" or "done".
QString chainLinkLabel(const domain::ChainLink& link);

/// A contribution's description cut to `maxChars` characters, ending in "…" when cut.
QString shortDescription(const std::string& description, int maxChars = 48);

/// "A → B → C (34 days)": the critical path by (shortened) descriptions, with the days along it
/// when any were recorded; empty when the chain has no dependencies at all.
QString criticalPathText(const domain::ContributionChain& chain,
                         const std::vector<domain::Contribution>& contributions);

} // namespace baton::ui
