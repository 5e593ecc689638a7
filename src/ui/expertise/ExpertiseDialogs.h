#pragma once

#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AreaEditor;
class LevelDialog;
} // namespace Ui

namespace baton::ui {

class TeamSession;

/// Edits an expertise area and where it sits in the tree (never under itself).
class AreaEditor : public QDialog {
    Q_OBJECT
public:
    AreaEditor(TeamSession& session, domain::ExpertiseArea area, QWidget* parent);
    ~AreaEditor() override;
    domain::ExpertiseArea result() const;

private:
    std::unique_ptr<Ui::AreaEditor> m_ui;
    domain::ExpertiseArea m_original;
};

/// Sets a member's level (1 aware .. 5 authority) in an area.
class LevelDialog : public QDialog {
    Q_OBJECT
public:
    LevelDialog(TeamSession& session, const std::optional<domain::MemberId>& member, std::optional<domain::AreaId> area,
                QWidget* parent);
    ~LevelDialog() override;
    domain::Expertise result() const;
    /// The row as it was before, if the member already had a level in the area.
    std::optional<domain::Expertise> before() const;

private:
    void sync();
    std::unique_ptr<Ui::LevelDialog> m_ui;
    TeamSession& m_session;
    std::vector<domain::Expertise> m_existing;
};

} // namespace baton::ui
