#include "decisions/DecisionHtml.h"

#include "common/Html.h"
#include "core/EnumText.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "decisions/AdviceText.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/ExpertiseFit.h"
#include "baton/domain/FallbackRules.h"

#include <QCoreApplication>

#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DecisionsPage", text);
}

QString followedText(const std::optional<bool>& followed)
{
    if (!followed)
        return tr("not yet known");
    return *followed ? tr("followed") : tr("not followed");
}
} // namespace

QString charterHtml(TeamSession& session, const Decision& d)
{
    QString out;
    if (d.charterRule) {
        const auto rules = session.charterRules();
        const auto rule =
            std::find_if(rules.begin(), rules.end(), [&](const CharterRule& r) { return r.id == *d.charterRule; });
        out += html::field(tr("Charter rule"), html::link(PageId::Charter, toQ(d.charterRule->str()),
                                                          rule == rules.end() ? tr("(retracted)") : toQ(rule->title)));
    }
    if (!d.fallback)
        return out;
    if (fallbackDue(d, session.today()))
        out += QStringLiteral("<p style=\"color:#c0392b\"><b>") + html::escape(toQ(fallbackDueText(*d.fallback))) +
               QStringLiteral("</b> ") + html::escape(tr("(Apply Fallback… applies it)")) + QStringLiteral("</p>");
    else if (d.status == DecisionStatus::Proposed)
        out += QStringLiteral("<p>") + html::escape(toQ(fallbackText(*d.fallback))) + QStringLiteral("</p>");
    return out;
}

QString participantsHtml(TeamSession& session, const Decision& d)
{
    if (d.participants.empty())
        return html::hint(tr("Nobody yet. Use Record Stance to note who was consulted and where they stood."));
    const AdviceExpertise check = adviceCheck(session, d);
    QString out = QStringLiteral("<table cellspacing=\"4\">");
    for (const auto& p : d.participants) {
        QString level;
        for (const auto& person : check.people) {
            if (person.member == p.member && person.role == p.role)
                level =
                    person.level > 0
                        ? tr("level %1 (%2)").arg(person.level).arg(toQ(std::string(domain::levelName(person.level))))
                        : tr("no level in these areas");
        }
        out += QStringLiteral("<tr><td>") +
               html::link(PageId::People, toQ(p.member.str()), session.memberName(p.member)) +
               QStringLiteral("</td><td>") + html::escape(displayName(p.role)) + QStringLiteral("</td><td><b>") +
               html::escape(displayName(p.stance)) + QStringLiteral("</b></td><td>") + html::escape(toQ(p.comment)) +
               QStringLiteral("</td><td>") + html::escape(level) + QStringLiteral("</td></tr>");
        if (!p.advice.empty() || (p.role == ParticipantRole::Advisor && p.followed))
            out += QStringLiteral("<tr><td></td><td colspan=\"4\"><i>") + html::escape(tr("Advised:")) +
                   QStringLiteral("</i> ") + html::escape(toQ(p.advice)) + QStringLiteral(" — ") +
                   html::escape(followedText(p.followed)) + QStringLiteral("</td></tr>");
    }
    out += QStringLiteral("</table>");
    if (const QString warning = adviceWarningText(session, d, check); !warning.isEmpty())
        out += QStringLiteral("<p style=\"color:#b9770e\"><b>") + html::escape(warning) + QStringLiteral("</b></p>");
    return out;
}

} // namespace baton::ui
