#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace baton::ui {

/// The pages of the workspace, in sidebar order.
enum class PageId {
    Overview,
    Decisions,
    Initiatives,
    Commitments,
    People,
    Expertise,
    LeadershipReview,
    Accountability,
    Activity,
    ExpertiseMap,
    Coaching,
    Charter,
    Conflicts,
    Voice,
    Pulse
};
constexpr int kPageCount = 15;

/// Where the user is: a page and, optionally, the record shown in its detail pane.
struct Location {
    PageId page = PageId::Overview;
    QString recordId;
    friend bool operator==(const Location& a, const Location& b)
    {
        return a.page == b.page && a.recordId == b.recordId;
    }
};

/// Links inside detail panes: baton:decision/ID, baton:initiative/ID, baton:member/ID, ...
QUrl linkTo(PageId page, const QString& id);
/// The location a baton: link points at, if it is one.
bool locationFromLink(const QUrl& url, Location& out);

} // namespace baton::ui

Q_DECLARE_METATYPE(baton::ui::Location)
