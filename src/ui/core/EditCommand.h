#pragma once

#include <QUndoCommand>

#include <functional>

namespace baton::ui {

class TeamSession;

/// An undoable edit: redo and undo each write in their own transaction. The first redo
/// already happened when the command is pushed (so a refusal can be reported before it
/// reaches the stack).
class EditCommand : public QUndoCommand {
public:
    EditCommand(TeamSession& session, const QString& label, std::function<void()> redo, std::function<void()> undo,
                std::function<void()> announce);
    void redo() override;
    void undo() override;

private:
    TeamSession& m_session;
    std::function<void()> m_redo;
    std::function<void()> m_undo;
    std::function<void()> m_announce;
    bool m_firstRedoDone = true;
};

} // namespace baton::ui
