#include "shell/WhoAmIDialog.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "ui_WhoAmIDialog.h"

namespace baton::ui {

WhoAmIDialog::WhoAmIDialog(TeamSession& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WhoAmIDialog>())
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->member, session, true);
    selectMember(m_ui->member, session.me());
    auto check = [this] {
        showProblem(m_ui->buttons, m_ui->problem, chosen() ? QString() : tr("Pick yourself from the team's members."));
    };
    connect(m_ui->member, &QComboBox::currentTextChanged, this, check);
    check();
}

WhoAmIDialog::~WhoAmIDialog() = default;

std::optional<domain::MemberId> WhoAmIDialog::chosen() const { return pickedMember(m_ui->member); }

} // namespace baton::ui
