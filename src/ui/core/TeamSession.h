#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Clock.h"
#include "baton/domain/Commitment.h"
#include "baton/domain/Contribution.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/RecordKind.h"
#include "baton/domain/Result.h"
#include "baton/domain/Uuid.h"
#include "baton/edit/EditService.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/TeamFile.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace baton::ui {

/// The kinds of record a change can touch; pages refresh on the kinds they show.
using RecordKind = domain::RecordKind;

/// One open team file: reads for the pages, and every edit through the edit service as an
/// undoable command saved at once. No exception escapes: failures become a returned Error or
/// the failed() signal.
class TeamSession : public QObject {
    Q_OBJECT
public:
    TeamSession(std::unique_ptr<storage::TeamFile> file, const domain::Clock& clock, QObject* parent = nullptr);
    ~TeamSession() override;

    storage::TeamFile& file() { return *m_file; }
    storage::Database& db() { return m_file->db(); }
    const domain::Clock& clock() const { return m_clock; }
    QUndoStack* undoStack() { return &m_undo; }
    bool readOnly() const { return m_file->readOnly(); }
    QString teamName();
    std::string newId() { return m_edits.newId(); }
    domain::Date today() const { return m_clock.today(); }

    /// Who uses this workstation, per team file; empty until chosen.
    std::optional<domain::MemberId> me();
    domain::Result<void> setMe(const domain::MemberId& member);

    // Reads. Members and areas are few and cached; the rest is read on demand.
    const std::vector<domain::Member>& members();
    const domain::Member* member(const domain::MemberId& id);
    QString memberName(const domain::MemberId& id);
    /// memberName over a copy of today's names, safe to call on any thread.
    std::function<QString(const std::string& memberId)> memberNames();
    const std::vector<domain::ExpertiseArea>& areas();
    const domain::ExpertiseArea* area(const domain::AreaId& id);
    std::optional<domain::Decision> decision(const domain::DecisionId& id);
    std::optional<domain::Initiative> initiative(const domain::InitiativeId& id);
    std::optional<domain::Commitment> commitment(const domain::CommitmentId& id);
    std::vector<domain::Contribution> contributionsOf(const domain::InitiativeId& id);
    std::vector<domain::Expertise> expertise();
    std::vector<domain::Endorsement> endorsements();
    /// The team charter's live rules, every kind (a handful: read on demand).
    std::vector<domain::CharterRule> charterRules();
    /// (created by, last changed by) as names, for a record's footer.
    std::pair<QString, QString> authors(RecordKind kind, const std::string& id);

    /// The edit service: every change goes through it (and so through its rules and history).
    edit::EditService& edits() { return m_edits; }
    /// Runs one edit through the service and, when it succeeds, puts it on the undo stack
    /// as `label` and tells the pages. A refusal comes back as the service's Error.
    domain::Result<void> apply(const QString& label, const std::function<edit::Edit(edit::EditService&)>& edit);
    /// As apply, but nothing goes on the undo stack: for the anonymous edits (an anonymous voice
    /// item, a pulse answer), which the service refuses to undo since an undo would be stamped
    /// with an author. The pages are told as for any edit.
    domain::Result<void> applyWithoutUndo(const std::function<edit::Edit(edit::EditService&)>& edit);
    /// Undo and redo through the service; used by the one undo command type.
    domain::Result<edit::ChangeSet> revert(const edit::ChangeSet& changes, bool undo);
    /// History entries about one record, newest first (for the detail panes).
    std::vector<storage::ChangeEntry> historyOf(const std::string& record, std::size_t limit = 50);

    /// Drops cached reads and tells every page to reload (after another connection wrote).
    void reloadAll();

signals:
    void changed(baton::domain::RecordKind kind, const QString& id);
    void failed(const QString& message);

private:
    /// Runs a read; a storage error becomes the failed() signal and an empty result.
    template <typename T, typename Read> T guarded(Read read);
    void announce(const edit::ChangeSet& changes);
    void invalidateCaches();
    /// Runs the edit, catching what escapes; on success the pages are told.
    edit::Edit run(const std::function<edit::Edit(edit::EditService&)>& edit);

    std::unique_ptr<storage::TeamFile> m_file;
    const domain::Clock& m_clock;
    edit::EditService m_edits;
    QUndoStack m_undo;
    std::optional<std::vector<domain::Member>> m_members;
    std::optional<std::vector<domain::ExpertiseArea>> m_areas;
};

} // namespace baton::ui
