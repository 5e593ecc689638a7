#include "shell/WelcomePage.h"

#include "shell/RecentFiles.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton::ui {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/baton/baton.svg")).pixmap(96, 96));
    auto* title = new QLabel(tr("<h1>Welcome to Baton</h1>"), this);
    auto* intro = new QLabel(tr("Baton keeps your team's leadership record: who leads which initiative and why the "
                                "lead passed on, which decisions were taken and who is accountable, and which "
                                "commitments are still open."),
                             this);
    intro->setWordWrap(true);

    auto* create = new QPushButton(tr("&Create a team file…"), this);
    auto* open = new QPushButton(tr("&Open a team file…"), this);
    auto* sample = new QPushButton(tr("&Explore the sample team"), this);
    create->setObjectName(QStringLiteral("createButton"));
    open->setObjectName(QStringLiteral("openButton"));
    sample->setObjectName(QStringLiteral("sampleButton"));
    sample->setToolTip(tr("Opens a copy of a realistic team, so you can try everything safely."));
    for (auto* b : {create, open, sample})
        b->setMinimumHeight(b->sizeHint().height() + 8);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(sample);
    buttons->addStretch();

    m_recent->setAccessibleName(tr("Recent team files"));
    auto* recentBox = new QVBoxLayout;
    recentBox->addWidget(new QLabel(tr("<b>Recent team files</b>"), this));
    recentBox->addWidget(m_recent);

    auto* columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addSpacing(24);
    columns->addLayout(recentBox, 2);

    auto* body = new QVBoxLayout;
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    auto* words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(intro);
    header->addLayout(words, 1);
    body->addLayout(header);
    body->addSpacing(16);
    body->addLayout(columns, 1);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(body, 4);
    outer->addStretch(1);

    connect(create, &QPushButton::clicked, this, &WelcomePage::createRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentRequested(item->data(Qt::UserRole).toString()); });
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : RecentFiles::list()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ") + path, m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No team files opened yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace baton::ui
