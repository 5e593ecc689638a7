#include "baton/domain/PulseScoring.h"

#include <algorithm>
#include <unordered_set>

namespace baton::domain {
namespace {

bool answersInRange(const PulseAnswers& answers)
{
    return std::all_of(answers.begin(), answers.end(), [](int a) { return a >= 1 && a <= 7; });
}

} // namespace

double scoreOf(const PulseAnswers& answers)
{
    int sum = 0;
    for (std::size_t i = 0; i < kPulseItems; ++i)
        sum += kPulseReversed[i] ? 8 - answers[i] : answers[i];
    return static_cast<double>(sum) / static_cast<double>(kPulseItems);
}

PulseFigures pulseFigures(const Pulse& pulse)
{
    PulseFigures figures;
    figures.responses = static_cast<int>(pulse.responses.size());
    if (figures.responses == 0 || figures.responses < pulse.minResponses)
        return figures;
    figures.shown = true;
    double total = 0;
    for (const auto& answers : pulse.responses) {
        total += scoreOf(answers);
        for (std::size_t item = 0; item < kPulseItems; ++item) {
            const int a = answers[item];
            if (a >= 1 && a <= 7)
                ++figures.distribution[item][static_cast<std::size_t>(a - 1)];
        }
    }
    figures.mean = total / static_cast<double>(figures.responses);
    return figures;
}

std::vector<PulseAnswers> sortedForStorage(std::vector<PulseAnswers> responses)
{
    std::sort(responses.begin(), responses.end());
    return responses;
}

std::vector<std::string> answerProblems(const std::vector<int>& answers)
{
    std::vector<std::string> problems;
    if (answers.size() != kPulseItems)
        problems.emplace_back("a response has exactly seven answers; this one has " + std::to_string(answers.size()));
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (answers[i] < 1 || answers[i] > 7)
            problems.emplace_back("answer " + std::to_string(i + 1) + " is " + std::to_string(answers[i]) +
                                  "; answers run from 1 to 7");
    }
    return problems;
}

std::vector<std::string> pulseProblems(const Pulse& pulse)
{
    std::vector<std::string> problems;
    if (pulse.minResponses < 3)
        problems.emplace_back("a pulse shows figures from 3 responses at the least; min_responses is " +
                              std::to_string(pulse.minResponses));
    if (pulse.openedOn && pulse.closedOn && *pulse.closedOn < *pulse.openedOn)
        problems.emplace_back("it is closed (" + pulse.closedOn->toString() + ") before it opened (" +
                              pulse.openedOn->toString() + ")");
    std::unordered_set<MemberId> seen;
    for (const auto& member : pulse.responded) {
        if (!seen.insert(member).second)
            problems.emplace_back("member " + member.str() + " is counted as responding twice");
    }
    for (std::size_t i = 0; i < pulse.responses.size(); ++i) {
        if (!answersInRange(pulse.responses[i]))
            problems.emplace_back("response " + std::to_string(i + 1) + " has an answer outside 1 to 7");
    }
    const bool withheld = pulse.responses.empty() && static_cast<int>(pulse.responded.size()) < pulse.minResponses;
    if (!withheld && pulse.responses.size() != pulse.responded.size())
        problems.emplace_back("one response per member: " + std::to_string(pulse.responded.size()) +
                              " responded but there are " + std::to_string(pulse.responses.size()) + " responses");
    return problems;
}

Result<void> recordResponse(Pulse& pulse, const MemberId& member, const PulseAnswers& answers)
{
    if (!pulse.isOpen())
        return makeError(ErrorCode::RuleViolation, "the pulse closed on " + pulse.closedOn->toString());
    if (member.empty())
        return makeError(ErrorCode::InvalidValue, "a response is entered on a member's turn");
    if (std::find(pulse.responded.begin(), pulse.responded.end(), member) != pulse.responded.end())
        return makeError(ErrorCode::Conflict, "this member has already responded to the pulse");
    if (!answersInRange(answers))
        return makeError(ErrorCode::InvalidValue, "every answer runs from 1 to 7");
    pulse.responded.insert(std::upper_bound(pulse.responded.begin(), pulse.responded.end(), member), member);
    pulse.responses.insert(std::upper_bound(pulse.responses.begin(), pulse.responses.end(), answers), answers);
    return {};
}

Result<void> closePulse(Pulse& pulse, Date on)
{
    if (!pulse.isOpen())
        return makeError(ErrorCode::RuleViolation, "the pulse is already closed (" + pulse.closedOn->toString() + ")");
    if (pulse.openedOn && on < *pulse.openedOn)
        return makeError(ErrorCode::InvalidValue, "the pulse cannot close (" + on.toString() + ") before it opened (" +
                                                      pulse.openedOn->toString() + ")");
    pulse.closedOn = on;
    return {};
}

} // namespace baton::domain
