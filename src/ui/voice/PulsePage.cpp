#include "voice/PulsePage.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "voice/PulseDialogs.h"

#include "baton/storage/Database.h"
#include "baton/storage/PulseRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton::ui {
using namespace baton::domain;

PulsePage::PulsePage(TeamSession& session, QWidget* parent)
    : ReviewPage(session, parent)
    , m_open(new QPushButton(tr("Open Pulse…"), this))
    , m_close(new QPushButton(tr("Close Pulse"), this))
    , m_answer(new QPushButton(tr("Answer the Pulse…"), this))
    , m_status(new QLabel(this))
{
    m_open->setObjectName(QStringLiteral("openPulse"));
    m_close->setObjectName(QStringLiteral("closePulse"));
    m_answer->setObjectName(QStringLiteral("answerPulse"));
    m_status->setObjectName(QStringLiteral("pulseStatus"));
    controls()->insertWidget(0, m_answer);
    controls()->insertWidget(1, m_open);
    controls()->insertWidget(2, m_close);
    controls()->insertWidget(3, m_status);
    connect(m_open, &QPushButton::clicked, this, &PulsePage::openNew);
    connect(m_close, &QPushButton::clicked, this, &PulsePage::closeOpen);
    connect(m_answer, &QPushButton::clicked, this, &PulsePage::answer);
    connect(&session, &TeamSession::changed, this, [this](RecordKind kind) {
        if (kind == RecordKind::Pulse || kind == RecordKind::Member || kind == RecordKind::Team)
            updateControls();
    });
    connect(this, &ReviewPage::figuresShown, this, &PulsePage::updateControls);
    updateControls();
}

std::optional<Pulse> PulsePage::openPulse()
{
    std::optional<Pulse> open;
    for (auto& p : storage::PulseRepository(session().db()).all())
        if (p.isOpen() && (!open || !(p.openedOn < open->openedOn)))
            open = std::move(p); // the newest opened (the repository lists pulses as stored)
    if (open)
        open->responses.clear(); // the page needs who answered, never what
    return open;
}

void PulsePage::updateControls()
{
    const auto me = session().me();
    const Member* who = me ? session().member(*me) : nullptr;
    const bool facilitator = who && who->facilitator && !session().readOnly();
    const auto open = openPulse();
    m_open->setEnabled(facilitator && !open);
    m_close->setEnabled(facilitator && open.has_value());
    m_answer->setEnabled(!session().readOnly() && open.has_value());
    const QString onlyFacilitator = tr("Only a facilitator opens and closes a pulse.");
    m_open->setToolTip(facilitator ? QString() : onlyFacilitator);
    m_close->setToolTip(facilitator ? QString() : onlyFacilitator);
    if (!open) {
        m_status->setText(tr("No pulse open"));
        return;
    }
    int members = 0;
    for (const auto& m : session().members())
        members += (!m.retracted && !m.hasLeftBy(session().today())) ? 1 : 0;
    m_status->setText(tr("%1 of %2 members responded").arg(open->responded.size()).arg(members));
}

void PulsePage::openNew()
{
    if (ui::openPulse(session(), this))
        refresh();
}

void PulsePage::closeOpen()
{
    const auto open = openPulse();
    if (!open)
        return;
    // Final, not undoable: a pulse reopened and closed again would show which answer came in between.
    if (auto ok = session().applyWithoutUndo(
            [&](edit::EditService& e) { return e.pulses.close(open->id, session().today()); });
        !ok)
        QMessageBox::warning(this, tr("Not closed"), toQ(ok.error().message));
    refresh();
}

void PulsePage::answer()
{
    if (const auto open = openPulse())
        if (answerPulse(session(), open->id, this))
            refresh();
}

ReviewPage::Read PulsePage::read()
{
    return [today = session().today(), stamp = stamp()](storage::Database& db, const report::ReadLimits&) {
        const storage::ReadSnapshot snapshot(db);
        const report::ReportContext context = report::readReportContext(db, stamp.generatedAt, stamp.generatedBy);
        return report::pulseDocument(report::readPulseOverview(db, today), context);
    };
}

} // namespace baton::ui
