#pragma once

#include "baton/edit/ChangeSet.h"

#include <QUndoCommand>

namespace baton::ui {

class TeamSession;

/// The one undoable command: a thin adapter over the edit service. The edit is already
/// saved when the command is pushed; undo and redo are new, compensating changes that the
/// service writes and records in history.
class EditCommand : public QUndoCommand {
public:
    EditCommand(TeamSession& session, const QString& label, edit::ChangeSet done);
    void redo() override;
    void undo() override;

private:
    TeamSession& m_session;
    edit::ChangeSet m_done;   ///< what the last redo (or the edit itself) wrote
    edit::ChangeSet m_undone; ///< what the last undo wrote
    bool m_firstRedoDone = true;
};

} // namespace baton::ui
