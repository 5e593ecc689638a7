#pragma once

#include "baton/domain/LeadSuggestion.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTreeWidget;

namespace baton::ui {
class ReadWorker;
}

namespace baton::ui {

class TeamSession;

/// Baton's ranked suggestion of who could lead, with each member's reasons in words and the
/// one "stretch" pick marked. Used by New Initiative, Pass the Lead, Add Co-lead and Propose
/// Decision; picking a row picks that member in the dialog's own picker.
class LeadSuggestionList : public QWidget {
    Q_OBJECT
public:
    explicit LeadSuggestionList(TeamSession& session, QWidget* parent = nullptr);

    /// Ranks the team for a record that needs `areas`, on a worker: lead load reads every
    /// open stint, which grows with the file. Until the ranking arrives the list says so, and
    /// nobody has a rank. `exclude` (those leading now) is left out before ranking, so that
    /// places run 1..n and the stretch pick is chosen among those shown.
    void suggestFor(const std::vector<domain::AreaId>& areas, const std::vector<domain::MemberId>& exclude = {});
    /// Shows no suggestion (and asks for none): nobody has a rank.
    void clear();
    const std::vector<domain::LeadSuggestion>& suggestions() const { return m_suggestions; }
    /// True once the ranking asked for last is on screen.
    bool ready() const { return m_ready; }
    /// The member's place in the list shown (1 = first); empty when not in it.
    std::optional<int> rankOf(const std::optional<domain::MemberId>& member) const;
    QTreeWidget* list() const { return m_list; }

signals:
    void picked(const baton::domain::MemberId& member);
    /// A new ranking is on screen.
    void suggestionsShown();

protected:
    /// Lays the rows out again when the list changes width, so that reasons wrap to it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rewrap();
    void showRanking(std::vector<domain::LeadSuggestion> ranked, const QString& heading);
    TeamSession& m_session;
    QLabel* m_heading;
    QTreeWidget* m_list;
    ReadWorker* m_worker = nullptr;
    std::vector<domain::LeadSuggestion> m_suggestions;
    bool m_ready = false;
};

} // namespace baton::ui
