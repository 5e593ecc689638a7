#include "baton/report/AccountabilityReport.h"

#include "DuplicateSearch.h"

#include "baton/domain/CaseFold.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace baton::report {
using namespace baton::domain;

namespace {

/// Case-folded (Unicode, so "Überprüfung" and "überprüfung" meet), letters and digits only,
/// single spaces: "Help-centre!" and "help centre" meet.
std::string normalise(const std::string& text)
{
    std::string out;
    bool space = false;
    for (const char c : foldCase(text)) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            if (space && !out.empty())
                out += ' ';
            out += c;
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

std::size_t levenshtein(const std::string& a, const std::string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

/// Open as of the day: still open, or closed only later.
bool openOn(const Commitment& c, Date asOf)
{
    return c.status == CommitmentStatus::Open || (c.closedOn && *c.closedOn > asOf);
}

} // namespace

double descriptionSimilarity(const std::string& a, const std::string& b)
{
    const std::string x = normalise(a);
    const std::string y = normalise(b);
    const std::size_t longest = std::max(x.size(), y.size());
    if (longest == 0)
        return 1;
    // Without spaces, "help centre" and "help-centre" are the same text.
    std::string xs, ys;
    std::copy_if(x.begin(), x.end(), std::back_inserter(xs), [](char c) { return c != ' '; });
    std::copy_if(y.begin(), y.end(), std::back_inserter(ys), [](char c) { return c != ' '; });
    const std::size_t longestCompact = std::max(xs.size(), ys.size());
    const double spaced = 1.0 - static_cast<double>(levenshtein(x, y)) / static_cast<double>(longest);
    const double compact = longestCompact == 0
                               ? 1.0
                               : 1.0 - static_cast<double>(levenshtein(xs, ys)) / static_cast<double>(longestCompact);
    return std::max(spaced, compact);
}

AccountabilityReport buildAccountabilityReport(const std::vector<Member>& members,
                                               const std::vector<Initiative>& initiatives,
                                               const std::vector<Decision>& decisions,
                                               const std::vector<Commitment>& commitments, Date asOf)
{
    AccountabilityReport report;
    report.asOf = asOf;
    std::map<std::string, const Member*> memberById;
    for (const auto& m : members)
        memberById[m.id.str()] = &m;

    std::map<std::string, OwnerAccountability> owners;
    std::map<std::string, int> onTime;
    for (const auto& c : commitments) {
        auto [it, added] = owners.try_emplace(c.owner.str());
        OwnerAccountability& row = it->second;
        if (added) {
            row.id = c.owner;
            const auto m = memberById.find(c.owner.str());
            row.name = m == memberById.end() ? c.owner.str() : m->second->name;
            row.hasLeft = m != memberById.end() && m->second->hasLeftBy(asOf);
        }
        if (openOn(c, asOf)) {
            ++row.open;
            if (c.dueOn && *c.dueOn < asOf) {
                ++row.overdue;
                report.gaps.overdueCommitments.push_back(c.id);
            }
            if (row.hasLeft)
                report.gaps.openOwnedByLeavers.push_back(c.id);
            continue;
        }
        switch (c.status) {
        case CommitmentStatus::Done:
            ++row.done;
            if (!c.dueOn || !c.closedOn || *c.closedOn <= *c.dueOn)
                ++onTime[c.owner.str()];
            break;
        case CommitmentStatus::Missed:
            ++row.missed;
            break;
        case CommitmentStatus::Dropped:
            ++row.dropped;
            break;
        case CommitmentStatus::Open:
            break;
        }
    }
    for (auto& [id, row] : owners) {
        if (row.done + row.missed > 0)
            row.onTimeRate = static_cast<double>(onTime[id]) / (row.done + row.missed);
        report.owners.push_back(row);
    }
    std::stable_sort(report.owners.begin(), report.owners.end(),
                     [](const OwnerAccountability& a, const OwnerAccountability& b) { return a.name < b.name; });

    std::map<std::string, AccountableDecisions> byAccountable;
    for (const auto& original : decisions) {
        // As of the report date: not yet proposed then means absent; decided later means
        // it was still proposed then.
        if (original.proposedOn && *original.proposedOn > asOf)
            continue;
        Decision d = original;
        if (d.decidedOn && *d.decidedOn > asOf && d.status != DecisionStatus::Withdrawn)
            d.status = DecisionStatus::Proposed;
        if (d.needsAccountable() && !d.accountable)
            report.gaps.decidedWithoutAccountable.push_back(d.id);
        if (d.status == DecisionStatus::Proposed && d.decideBy && *d.decideBy < asOf)
            report.gaps.decisionsPastDeadline.push_back(d.id);
        if (!d.accountable)
            continue;
        auto [it, added] = byAccountable.try_emplace(d.accountable->str());
        if (added) {
            it->second.id = *d.accountable;
            const auto m = memberById.find(d.accountable->str());
            it->second.name = m == memberById.end() ? d.accountable->str() : m->second->name;
        }
        if (d.status == DecisionStatus::Proposed)
            ++it->second.proposed;
        else if (d.status != DecisionStatus::Withdrawn)
            ++it->second.decided;
    }
    for (auto& [id, row] : byAccountable)
        report.decisionOwners.push_back(row);
    std::stable_sort(report.decisionOwners.begin(), report.decisionOwners.end(),
                     [](const AccountableDecisions& a, const AccountableDecisions& b) { return a.name < b.name; });

    for (const auto& i : initiatives) {
        if (i.status == InitiativeStatus::Active && !i.leadOn(asOf))
            report.gaps.initiativesWithoutLead.push_back(i.id);
    }

    // Likely duplicates: open commitments on the same decision or initiative, different owners.
    std::map<std::string, std::vector<const Commitment*>> byWork;
    for (const auto& c : commitments) {
        if (!openOn(c, asOf))
            continue;
        if (c.decision)
            byWork["d" + c.decision->str()].push_back(&c);
        if (c.initiative)
            byWork["i" + c.initiative->str()].push_back(&c);
    }
    DuplicateSearch duplicates;
    for (const auto& [work, group] : byWork) // "d…" groups sort before "i…" ones
        duplicates.compare(group, work[0] == 'i' ? DuplicateSearch::Link::Initiative : DuplicateSearch::Link::Decision);
    report.gaps.likelyDuplicates = std::move(duplicates.found());

    auto& g = report.gaps;
    g.counts = {g.decidedWithoutAccountable.size(), g.initiativesWithoutLead.size(), g.decisionsPastDeadline.size(),
                g.overdueCommitments.size(),        g.openOwnedByLeavers.size(),     g.likelyDuplicates.size()};
    return report;
}

} // namespace baton::report
