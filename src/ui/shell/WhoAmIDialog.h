#pragma once

#include "baton/domain/Ids.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class WhoAmIDialog;
}

namespace baton::ui {

class TeamSession;

/// Asks which member uses this workstation (remembered per team file).
class WhoAmIDialog : public QDialog {
    Q_OBJECT
public:
    WhoAmIDialog(TeamSession& session, QWidget* parent);
    ~WhoAmIDialog() override;
    std::optional<domain::MemberId> chosen() const;

private:
    std::unique_ptr<Ui::WhoAmIDialog> m_ui;
};

} // namespace baton::ui
