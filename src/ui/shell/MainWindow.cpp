#include "shell/MainWindow.h"

#include "charter/CharterExport.h"
#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/ExchangeJobs.h"
#include "jobs/SaveCopyJob.h"
#include "shell/FileOpener.h"
#include "shell/NavigationHistory.h"
#include "shell/Page.h"
#include "shell/RecentFiles.h"
#include "shell/WelcomePage.h"
#include "shell/WhoAmIDialog.h"
#include "shell/Workspace.h"
#include "sync/SyncController.h"

#include "baton/domain/Clock.h"
#include "baton/exchange/TeamImporter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <utility>

// Resources compiled into a static library must be registered by name, once.
static void initBatonResources()
{
    Q_INIT_RESOURCE(baton);
}

namespace baton::ui {

namespace {
// Translated when asked for: before main no translator is installed yet.
QString teamFilter()
{
    return QObject::tr("Baton team files (*.baton);;All files (*)");
}

QString jsonFilter()
{
    return QObject::tr("Baton exchange files (*.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(std::make_unique<domain::SystemClock>(), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<domain::Clock> clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock((initBatonResources(), std::move(clock)))
    , m_opener(std::make_unique<FileOpener>(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setWindowTitle(tr("Baton"));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::askNew);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::askOpen);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::askSample);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString& path) { openFile(path); });
    buildMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    delete m_workspace; // before the session it shows
    m_workspace = nullptr;
}

void MainWindow::setQuiet(bool quiet)
{
    m_quiet = quiet;
    m_opener->setQuiet(quiet);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New Team File…"), this, &MainWindow::askNew);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::askOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Explore the &Sample Team"), this, &MainWindow::askSample);
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_import = file->addAction(tr("&Import…"), this, &MainWindow::importData);
    m_export = file->addAction(tr("&Export…"), this, &MainWindow::exportData);
    m_howWeWork = file->addAction(tr("Export “&How We Work” (PDF)…"), this, [this] {
        if (m_session)
            askExportCharterPdf(*m_session, this);
    });
    m_howWeWork->setObjectName(QStringLiteral("exportHowWeWork"));
    m_howWeWork->setStatusTip(tr("The team charter as a PDF report: decision rules, the conflict ladder and "
                                 "accountability practices"));
    file->addSeparator();
    m_publish = file->addAction(tr("&Publish to Server…"), this, &MainWindow::askPublish);
    file->addAction(tr("&Join Team…"), this, &MainWindow::askJoin);
    m_syncNow = file->addAction(tr("Sync &Now"), this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_conflicts = file->addAction(tr("Con&flicts…"), this, &MainWindow::showConflicts);
    m_publish->setStatusTip(tr("Share this team file with the whole team through a team server (facilitators)"));
    for (QAction* a : {m_syncNow, m_conflicts})
        a->setStatusTip(tr("For a team file shared through a team server: publish it, or join a team"));
    file->addSeparator();
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    m_close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    Q_UNUSED(create)
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    m_newRecord = edit->addAction(tr("&New Record"), this, [this] {
        if (m_workspace)
            m_workspace->currentPage()->createNew();
    });
    m_newRecord->setShortcut(QKeySequence::New);
    m_find = edit->addAction(tr("&Find"), this, [this] {
        if (m_workspace)
            m_workspace->currentPage()->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_whoAmI = edit->addAction(tr("&Who Am I…"), this, &MainWindow::chooseWhoAmI);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_back = m_goMenu->addAction(tr("&Back"), this, [this] {
        if (m_workspace)
            m_workspace->goBack();
    });
    m_back->setShortcut(QKeySequence::Back);
    m_forward = m_goMenu->addAction(tr("&Forward"), this, [this] {
        if (m_workspace)
            m_workspace->goForward();
    });
    m_forward->setShortcut(QKeySequence::Forward);
    m_goMenu->addSeparator();
    const QStringList pages{
        tr("&Overview"),  tr("&Decisions"),         tr("&Initiatives"),    tr("&Commitments"), tr("&People"),
        tr("E&xpertise"), tr("&Leadership Review"), tr("&Accountability"), tr("Ac&tivity"),    tr("Expertise &Map"),
        tr("Coac&hing"),  tr("Cha&rter"),           tr("Co&nflicts"),      tr("&Voice"),       tr("P&ulse")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction* go = m_goMenu->addAction(pages[i], this, [this, i] {
            if (m_workspace)
                m_workspace->navigate(Location{static_cast<PageId>(i), {}});
        });
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        else if (i == 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Baton"), this, [this] {
        QMessageBox::about(this, tr("About Baton"),
                           tr("<h3>Baton %1</h3><p>Distributive leadership, made concrete and checkable.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->readOnly();
    for (QAction* a : {m_saveCopy, m_export, m_howWeWork, m_close, m_find, m_back, m_forward})
        a->setEnabled(open);
    m_import->setEnabled(writable);
    m_newRecord->setEnabled(writable);
    m_whoAmI->setEnabled(writable);
    const bool linked = m_sync && m_sync->linked();
    m_publish->setEnabled(writable && !linked);
    m_syncNow->setEnabled(linked);
    m_conflicts->setEnabled(linked);
    if (m_workspace) {
        m_back->setEnabled(m_workspace->history()->canGoBack());
        m_forward->setEnabled(m_workspace->history()->canGoForward());
    }
    if (!open) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
}

void MainWindow::adopt(std::unique_ptr<TeamSession> session, const QString& path)
{
    closeFile();
    m_session = std::move(session);
    m_workspace = new Workspace(*m_session, this);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    m_workspace->restoreState();
    connect(m_workspace, &Workspace::whoAmIRequested, this, &MainWindow::chooseWhoAmI);
    connect(m_workspace->history(), &NavigationHistory::changed, this, &MainWindow::updateActions);
    connect(m_session.get(), &TeamSession::failed, this, [this](const QString& message) {
        if (!m_quiet)
            QMessageBox::warning(this, tr("Baton"), message);
        statusBar()->showMessage(message, 8000);
    });

    QUndoStack* stack = m_session->undoStack();
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_redo, nullptr, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this,
            [this](const QString& text) { m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(stack, &QUndoStack::redoTextChanged, this,
            [this](const QString& text) { m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);

    startSync(std::exchange(m_joinPassword, QString()));
    RecentFiles::add(path);
    QSettings().setValue(QStringLiteral("lastFile"), QFileInfo(path).absoluteFilePath());
    const QString readOnly = m_session->readOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(tr("%1 — %2%3 — Baton").arg(m_session->teamName(), QFileInfo(path).fileName(), readOnly));
    updateActions();
}

bool MainWindow::openFile(const QString& path)
{
    auto file = m_opener->open(path);
    if (!file) {
        if (!QFileInfo::exists(path))
            RecentFiles::remove(path);
        return false;
    }
    adopt(std::make_unique<TeamSession>(std::move(file), *m_clock), path);
    if (m_opener->integrityCheckDeferred())
        checkInBackground(path);
    return true;
}

namespace {
/// How long after opening a large file its integrity check starts (see checkInBackground).
constexpr int kCheckDelayMs = 1500;
} // namespace

void MainWindow::checkInBackground(const QString& path)
{
    // Started once the window has shown its first rows: on two cores a check reading every
    // page at once would compete with them (and with the list's count) for the first frame.
    QTimer::singleShot(kCheckDelayMs, this, [this, path] { startCheck(path); });
}

void MainWindow::startCheck(const QString& path)
{
    if (!m_session || m_session->file().path() != toStd(path))
        return; // closed, or another file opened, in the meantime
    statusBar()->showMessage(tr("Checking %1 in the background…").arg(QFileInfo(path).fileName()));
    auto problems = std::make_shared<std::string>();
    QThread* thread =
        QThread::create([problems, file = toStd(path)] { *problems = storage::TeamFile::quickCheckProblems(file); });
    connect(thread, &QThread::finished, this, [this, thread, problems, path] {
        thread->deleteLater();
        if (problems->empty()) {
            statusBar()->showMessage(tr("%1 checked: no damage found.").arg(QFileInfo(path).fileName()), 5000);
            return;
        }
        const QString text = tr("%1 is damaged. Save a copy of what can still be read and stop editing this file.\n\n"
                                "Details: %2")
                                 .arg(QFileInfo(path).fileName(), toQ(*problems));
        statusBar()->showMessage(text);
        if (!m_quiet)
            QMessageBox::warning(this, tr("Damaged team file"), text);
    });
    thread->start();
}

bool MainWindow::createFile(const QString& path, const QString& teamName)
{
    auto created = storage::TeamFile::create(toStd(path), toStd(teamName), *m_clock);
    if (!created) {
        if (!m_quiet)
            QMessageBox::warning(this, tr("Cannot create %1").arg(QFileInfo(path).fileName()),
                                 toQ(created.error().message));
        return false;
    }
    adopt(std::make_unique<TeamSession>(std::move(created.value()), *m_clock), path);
    return true;
}

bool MainWindow::openSampleCopy(const QString& copyPath)
{
    // The sample is imported into a fresh copy, so the bundled original always stays clean.
    QFile::remove(copyPath);
    auto created = storage::TeamFile::create(toStd(copyPath), "Sample team", *m_clock);
    if (!created)
        return false;
    QFile resource(QStringLiteral(":/baton/sample-team.baton.json"));
    if (!resource.open(QIODevice::ReadOnly))
        return false;
    const QByteArray json = resource.readAll();
    const auto report = exchange::TeamImporter(*created.value())
                            .importText(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
    if (!report.applied)
        return false;
    created.value().reset();
    return openFile(copyPath);
}

void MainWindow::reopenLastFile()
{
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openFile(last);
}

void MainWindow::closeFile()
{
    m_sync.reset(); // its thread holds a connection to the file
    if (m_workspace) {
        m_workspace->saveState();
        m_stack->removeWidget(m_workspace);
        delete m_workspace;
        m_workspace = nullptr;
    }
    m_session.reset();
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->refreshRecent();
    setWindowTitle(tr("Baton"));
    updateActions();
}

void MainWindow::showPage(const QString& name)
{
    const QStringList names{
        QStringLiteral("overview"),      QStringLiteral("decisions"),      QStringLiteral("initiatives"),
        QStringLiteral("commitments"),   QStringLiteral("people"),         QStringLiteral("expertise"),
        QStringLiteral("leadership"),    QStringLiteral("accountability"), QStringLiteral("activity"),
        QStringLiteral("expertise-map"), QStringLiteral("coaching"),       QStringLiteral("charter"),
        QStringLiteral("conflicts"),     QStringLiteral("voice"),          QStringLiteral("pulse")};
    const auto index = names.indexOf(name.toLower());
    if (m_workspace && index >= 0)
        m_workspace->navigate(Location{static_cast<PageId>(index), {}});
}

void MainWindow::askNew()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Team File"), QString(), teamFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Team File"), tr("Team name:"), QLineEdit::Normal,
                                               QFileInfo(path).baseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".baton");
    createFile(target, name.trimmed());
}

void MainWindow::askOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Team File"), QString(), teamFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::askSample()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    if (!openSampleCopy(folder + QStringLiteral("/sample-team.baton")) && !m_quiet)
        QMessageBox::warning(this, tr("Baton"), tr("The sample team could not be prepared in %1.").arg(folder));
}

void MainWindow::saveCopy()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(), teamFilter());
    if (path.isEmpty())
        return;
    if (const auto ok = saveCopyInBackground(this, *m_session, path); ok)
        statusBar()->showMessage(tr("Saved a copy to %1").arg(path), 5000);
    else if (ok.error().code == domain::ErrorCode::Cancelled)
        statusBar()->showMessage(tr("Save a Copy cancelled; nothing was written."), 5000);
    else
        QMessageBox::warning(this, tr("Save a Copy"), toQ(ok.error().message));
}

void MainWindow::importData()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QString(), jsonFilter());
    if (path.isEmpty())
        return;
    const auto report = importInBackground(this, *m_session, path);
    QMessageBox box(report.applied ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                    describeImport(report), QMessageBox::Ok, this);
    box.exec();
}

void MainWindow::exportData()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), jsonFilter());
    if (path.isEmpty())
        return;
    if (auto ok = exportInBackground(this, *m_session, path); !ok)
        QMessageBox::warning(this, tr("Export"), toQ(ok.error().message));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

void MainWindow::chooseWhoAmI()
{
    if (!m_session)
        return;
    WhoAmIDialog dialog(*m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosen()) {
        if (auto ok = m_session->setMe(*dialog.chosen()); !ok && !m_quiet)
            QMessageBox::warning(this, tr("Who Am I"), toQ(ok.error().message));
    }
    if (m_workspace)
        m_workspace->refreshBanners();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : RecentFiles::list())
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
    m_recentMenu->setEnabled(!RecentFiles::list().isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    if (m_workspace)
        m_workspace->saveState();
    event->accept();
}

} // namespace baton::ui
