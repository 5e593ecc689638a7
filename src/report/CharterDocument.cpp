// "How we work": the team charter as three sections (decision rules, the conflict ladder,
// accountability practices), as its own report and as part of the leadership review.
#include "DocumentParts.h"

#include "baton/domain/CharterRules.h"
#include "baton/report/ReportDocuments.h"

#include <algorithm>
#include <cctype>

namespace baton::report {
using namespace baton::domain;
using namespace parts;

namespace {

std::string methodText(DecisionMethod method)
{
    switch (method) {
    case DecisionMethod::Consensus:
        return "Consensus";
    case DecisionMethod::Consent:
        return "Consent";
    case DecisionMethod::Advice:
        return "Advice";
    case DecisionMethod::Expert:
        return "Expert";
    case DecisionMethod::MajorityVote:
        return "Majority vote";
    case DecisionMethod::Delegated:
        return "Delegated";
    }
    return {};
}

/// "Fallback: the accountable member decides ..." without its "Fallback: " prefix, capitalised.
std::string fallbackCell(DecisionFallback fallback)
{
    std::string text = fallbackText(fallback);
    const std::string prefix = "Fallback: ";
    if (text.rfind(prefix, 0) == 0)
        text.erase(0, prefix.size());
    if (!text.empty())
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::vector<const CharterRule*> ofKind(const CharterView& charter, CharterRuleKind kind)
{
    std::vector<const CharterRule*> out;
    for (const auto& r : charter.rules) {
        if (!r.retracted && r.kind == kind)
            out.push_back(&r);
    }
    std::sort(out.begin(), out.end(), [](const CharterRule* a, const CharterRule* b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    return out;
}

std::string areasText(const CharterView& charter, const CharterRule& rule)
{
    if (rule.areas.empty())
        return "Every area";
    std::string out;
    for (const auto& a : rule.areas) {
        const auto it = charter.areaNames.find(a.str());
        out += (out.empty() ? "" : ", ") + (it == charter.areaNames.end() ? a.str() : it->second);
    }
    return out;
}

} // namespace

std::vector<ReportSection> charterSections(const CharterView& charter)
{
    ReportSection decisions;
    decisions.heading = "Decision rules";
    decisions.paragraphs.push_back(
        "How we decide, by area: the method a proposal starts with, how many days it has from the day it is "
        "proposed, and what happens when that deadline passes without a decision, so that no decision stalls. The "
        "rule naming the most of a decision's areas applies; a rule for every area applies when none does.");
    ReportTable rules = table("decision-rules", "Decision rules",
                              {"Rule", "Areas", "Method", "Days", "When the deadline passes", "What it means"},
                              {false, false, false, true, false, false});
    for (const CharterRule* r : ofKind(charter, CharterRuleKind::DecisionRule))
        rules.rows.push_back({r->title, areasText(charter, *r), r->method ? methodText(*r->method) : "",
                              r->decideWithinDays ? number(*r->decideWithinDays) : "",
                              r->fallback ? fallbackCell(*r->fallback) : "", r->text});
    rules.wrapColumn = 5;
    if (rules.rows.empty())
        decisions.paragraphs.push_back("The charter has no decision rules yet.");
    decisions.tables.push_back(std::move(rules));

    ReportSection ladder;
    ladder.heading = "The conflict ladder";
    ladder.paragraphs.push_back("How a disagreement climbs, one rung at a time, starting at the first: most "
                                "conflicts are settled on the lower rungs, between the people involved.");
    ReportTable rungs =
        table("conflict-ladder", "The conflict ladder", {"Rung", "Step", "What it means"}, {true, false, false});
    for (const CharterRule* r : conflictLadder(charter.rules))
        rungs.rows.push_back({number(r->position), r->title, r->text});
    rungs.wrapColumn = 2;
    if (rungs.rows.empty())
        ladder.paragraphs.push_back("The charter has no conflict ladder yet.");
    ladder.tables.push_back(std::move(rungs));

    ReportSection practices;
    practices.heading = "Accountability practices";
    practices.paragraphs.push_back("How we keep ourselves accountable to each other.");
    ReportTable rows =
        table("accountability-practices", "Accountability practices", {"Practice", "What it means"}, {false, false});
    for (const CharterRule* r : ofKind(charter, CharterRuleKind::AccountabilityPractice))
        rows.rows.push_back({r->title, r->text});
    rows.wrapColumn = 1;
    if (rows.rows.empty())
        practices.paragraphs.push_back("The charter has no accountability practices yet.");
    practices.tables.push_back(std::move(rows));
    return {std::move(decisions), std::move(ladder), std::move(practices)};
}

ReportDocument charterDocument(const CharterView& charter, Date asOf, const ReportContext& context)
{
    ReportDocument doc = document("How we work", "as of " + asOf.toString(), context);
    doc.sections = charterSections(charter);
    return doc;
}

} // namespace baton::report
