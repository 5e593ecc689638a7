#include "decisions/AdviceText.h"

#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/domain/ExpertiseFit.h"

#include <QCoreApplication>

namespace baton::ui {
using namespace baton::domain;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AdviceText", text);
}
} // namespace

AdviceExpertise adviceCheck(TeamSession& session, const Decision& decision)
{
    return adviceExpertise(decision, session.areas(), session.expertise());
}

QString adviceWarningText(TeamSession& session, const Decision& decision, const AdviceExpertise& check)
{
    std::vector<std::string> names;
    for (const auto& a : decision.areas) {
        const ExpertiseArea* area = session.area(a);
        names.push_back(area ? area->name : a.str());
    }
    return toQ(adviceWarning(check, names));
}

QString memberLevelText(TeamSession& session, const Decision& decision, const MemberId& member)
{
    if (decision.areas.empty())
        return tr("The decision names no areas.");
    Decision probe = decision;
    probe.method = DecisionMethod::Advice;
    probe.accountable.reset();
    probe.participants = {Participant{member, ParticipantRole::Advisor, Stance::None, {}, {}, std::nullopt}};
    const auto check = adviceExpertise(probe, session.areas(), session.expertise());
    const int level = check.people.empty() ? 0 : check.people.front().level;
    if (level >= kAdviceExpertLevel)
        return tr("Level %1 (%2) in the decision's areas: has the expertise.")
            .arg(level)
            .arg(toQ(std::string(domain::levelName(level))));
    if (level > 0)
        return tr("Level %1 (%2) in the decision's areas: below level 3.")
            .arg(level)
            .arg(toQ(std::string(domain::levelName(level))));
    return tr("No level recorded in the decision's areas.");
}

} // namespace baton::ui
