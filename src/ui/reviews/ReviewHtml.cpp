#include "reviews/ReviewHtml.h"

#include "common/Html.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include "baton/storage/ReviewRepository.h"

namespace baton::ui {

QString reviewsHtml(TeamSession& session, domain::ReviewSubjectKind kind, const std::string& subject, bool missed)
{
    const auto reviews = storage::ReviewRepository(session.db()).of(kind, subject);
    if (reviews.empty())
        return missed ? html::hint(QObject::tr("Missed, and not reviewed yet: Hold a Review… looks at what happened "
                                               "and what the team changes, without blame."))
                      : QString();
    QString out;
    for (const auto& r : reviews) {
        QStringList factors;
        for (const auto& f : r.contributingFactors)
            factors << html::escape(toQ(f));
        const QString held = r.heldOn ? toQ(r.heldOn->toString()) : QObject::tr("an unknown day");
        out += html::field(QObject::tr("Reviewed"),
                           html::link(PageId::Conflicts, toQ(r.id.str()), QObject::tr("on %1").arg(held)));
        if (!factors.isEmpty())
            out += html::field(QObject::tr("Contributing factors"), factors.join(QStringLiteral("; ")));
        out += html::paragraph(QObject::tr("What we change"), toQ(r.whatWeChange));
        if (!r.followUps.empty())
            out += html::field(QObject::tr("Follow-ups"), QString::number(r.followUps.size()));
    }
    return out;
}

} // namespace baton::ui
