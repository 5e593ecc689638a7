#include "baton/domain/Review.h"

#include "baton/domain/TextRules.h"

namespace baton::domain {

std::vector<std::string> reviewProblems(const Review& review)
{
    std::vector<std::string> problems;
    if (isBlank(review.subject))
        problems.emplace_back("a review names the " + std::string(toString(review.subjectKind)) + " it looks back on");
    for (std::size_t i = 0; i < review.contributingFactors.size(); ++i) {
        if (isBlank(review.contributingFactors[i]))
            problems.emplace_back("contributing factor " + std::to_string(i + 1) + " is empty");
    }
    return problems;
}

} // namespace baton::domain
