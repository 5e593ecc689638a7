#include "expertise/ExpertiseDialogs.h"

#include "common/FormSupport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "ui_AreaEditor.h"
#include "ui_LevelDialog.h"

#include "baton/domain/DependencyGraph.h"

namespace baton::ui {
using namespace baton::domain;

AreaEditor::AreaEditor(TeamSession& session, ExpertiseArea area, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AreaEditor>())
    , m_original(std::move(area))
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    // Offer as parents only areas that are not this one or below it.
    DependencyGraph tree;
    for (const auto& a : session.areas())
        tree.setEdges(a.id.str(), a.parent ? std::vector<std::string>{a.parent->str()} : std::vector<std::string>{});
    m_ui->parent->addItem(tr("(top level)"), QString());
    for (const auto& a : session.areas()) {
        const auto up = tree.upstreamOf(a.id.str());
        const bool below = a.id == m_original.id || std::find(up.begin(), up.end(), m_original.id.str()) != up.end();
        if (!below)
            m_ui->parent->addItem(toQ(a.name), toQ(a.id.str()));
    }
    m_ui->parent->setCurrentIndex(m_original.parent ? std::max(0, m_ui->parent->findData(toQ(m_original.parent->str())))
                                                    : 0);
    m_ui->name->setText(toQ(m_original.name));
    m_ui->description->setPlainText(toQ(m_original.description));
    auto check = [this, &session] {
        QString problem;
        const QString name = m_ui->name->text().trimmed();
        if (name.isEmpty())
            problem = tr("An area needs a name.");
        const QString parentId = m_ui->parent->currentData().toString();
        for (const auto& a : session.areas()) {
            if (a.id != m_original.id && toQ(a.parent ? a.parent->str() : std::string()) == parentId &&
                toQ(a.name).compare(name, Qt::CaseInsensitive) == 0)
                problem = tr("There is already an area called “%1” here.").arg(name);
        }
        showProblem(m_ui->buttons, m_ui->problem, problem);
    };
    connect(m_ui->name, &QLineEdit::textChanged, this, check);
    connect(m_ui->parent, &QComboBox::currentIndexChanged, this, check);
    setWindowTitle(m_original.name.empty() ? tr("New Expertise Area") : tr("Edit Expertise Area"));
    check();
}

AreaEditor::~AreaEditor() = default;

ExpertiseArea AreaEditor::result() const
{
    ExpertiseArea a = m_original;
    a.name = toStd(m_ui->name->text().trimmed());
    a.description = toStd(m_ui->description->toPlainText().trimmed());
    const QString parent = m_ui->parent->currentData().toString();
    a.parent = parent.isEmpty() ? std::nullopt : std::optional(AreaId(toStd(parent)));
    return a;
}

LevelDialog::LevelDialog(TeamSession& session, const std::optional<MemberId>& member, std::optional<AreaId> area,
                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LevelDialog>())
    , m_session(session)
    , m_existing(session.expertise())
{
    m_ui->setupUi(this);
    setupFormDialog(this, m_ui->buttons, m_ui->problem);
    fillMemberPicker(m_ui->member, session, true);
    selectMember(m_ui->member, member);
    fillAreaPicker(m_ui->area, session);
    if (area)
        m_ui->area->setCurrentIndex(m_ui->area->findData(toQ(area->str())));
    for (int level = kMinLevel; level <= kMaxLevel; ++level)
        m_ui->level->addItem(levelName(level), level);
    m_ui->level->setCurrentIndex(2);
    connect(m_ui->member, &QComboBox::currentTextChanged, this, &LevelDialog::sync);
    connect(m_ui->area, &QComboBox::currentTextChanged, this, &LevelDialog::sync);
    sync();
}

LevelDialog::~LevelDialog() = default;

std::optional<Expertise> LevelDialog::before() const
{
    const auto member = pickedMember(m_ui->member);
    const auto area = pickedArea(m_ui->area);
    for (const auto& e : m_existing) {
        if (member && area && e.member == *member && e.area == *area)
            return e;
    }
    return std::nullopt;
}

void LevelDialog::sync()
{
    if (const auto existing = before()) {
        m_ui->level->setCurrentIndex(existing->level - kMinLevel);
        m_ui->wantsToLearn->setChecked(existing->wantsToLearn);
    }
    QString problem;
    if (!pickedMember(m_ui->member))
        problem = tr("Pick a member.");
    else if (!pickedArea(m_ui->area))
        problem = tr("Pick an area.");
    showProblem(m_ui->buttons, m_ui->problem, problem);
}

Expertise LevelDialog::result() const
{
    Expertise e;
    e.member = pickedMember(m_ui->member).value_or(MemberId());
    e.area = pickedArea(m_ui->area).value_or(AreaId());
    e.level = m_ui->level->currentData().toInt();
    e.wantsToLearn = m_ui->wantsToLearn->isChecked();
    return e;
}

} // namespace baton::ui
