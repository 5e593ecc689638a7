#include "baton/domain/VoiceItem.h"

#include "baton/domain/TextRules.h"

namespace baton::domain {

std::vector<std::string> voiceItemProblems(const VoiceItem& item)
{
    std::vector<std::string> problems;
    if (isBlank(item.text))
        problems.emplace_back("say what the " + std::string(toString(item.kind)) + " is");
    // An empty id would still be "an author" somewhere; anonymity is the absence of one.
    if (item.author && item.author->empty())
        problems.emplace_back("an anonymous item has no author at all, not an empty one");
    if (item.responder && item.responder->empty())
        problems.emplace_back("a responder, when named, is a member");
    return problems;
}

} // namespace baton::domain
