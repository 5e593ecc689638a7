#include "sync/SyncWorker.h"

#include "core/Text.h"

#include "baton/server/ConnectionString.h"
#include "baton/server/ServerError.h"
#include "baton/server/SyncEngine.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/Replica.h"

#include <QThread>

#include <chrono>

namespace baton::ui {

namespace {
constexpr int kListenSliceMs = 200;   ///< how long one wait for news lasts before checking flags
constexpr int kPeriodicSyncMs = 10000; ///< a sync even without news: notices a dead server
constexpr int kMaxBackoffMs = 30000;
/// Changes per server round trip and per apply transaction: short enough that an edit in the
/// window never waits long for the file.
constexpr std::size_t kBatch = 200;
} // namespace

SyncWorker::SyncWorker(QString path, std::string connection, std::string password, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_password(std::move(password))
{
    qRegisterMetaType<baton::ui::SyncPhase>();
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("Baton sync"));
    m_thread->start();
}

void SyncWorker::requestSync()
{
    m_wanted = true;
}

void SyncWorker::stop()
{
    if (!m_thread)
        return;
    m_stop = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool SyncWorker::pause(int milliseconds)
{
    for (int waited = 0; waited < milliseconds; waited += 100) {
        if (m_stop)
            return false;
        if (m_wanted)
            return true;
        QThread::msleep(100);
    }
    return !m_stop;
}

void SyncWorker::run()
{
    // Nothing may escape a thread's function: every failure becomes a state the bar shows.
    try {
        loop();
    } catch (const std::exception& e) {
        emit stateChanged(SyncPhase::Stopped, 0, 0, 0, tr("Syncing stopped: %1").arg(toQ(e.what())));
    }
}

void SyncWorker::loop()
{
    std::unique_ptr<storage::TeamFile> file;
    {
        auto opened = storage::TeamFile::open(toStd(m_path), storage::OpenMode::ReadWrite,
                                              storage::IntegrityCheck::Deferred);
        if (!opened) {
            emit stateChanged(SyncPhase::Stopped, 0, 0, 0, toQ(opened.error().message));
            return;
        }
        file = std::move(opened.value());
    }
    std::string connection = m_connection;
    if (!m_password.empty()) {
        std::string error;
        if (const auto parsed = server::ConnectionString::parse(m_connection, error))
            connection = parsed->withPassword(m_password);
    }
    auto announce = [&](SyncPhase phase, const QString& message) {
        sync::ReplicaCounts counts;
        try {
            counts = sync::Replica(file->db()).counts();
        } catch (const storage::StorageError&) {
            // the counts are a courtesy; the state still goes out
        }
        emit stateChanged(phase, counts.unsent, counts.openConflicts, counts.refused + counts.parked, message);
    };
    int backoff = 1000;
    while (!m_stop) {
        try {
            announce(SyncPhase::Connecting, {});
            server::TeamServer serverLink(connection);
            serverLink.listen();
            backoff = 1000;
            auto lastSync = std::chrono::steady_clock::now() - std::chrono::hours(1);
            bool news = true;
            while (!m_stop) {
                const bool due = std::chrono::steady_clock::now() - lastSync > std::chrono::milliseconds(kPeriodicSyncMs);
                if (news || m_wanted.exchange(false) || due) {
                    announce(SyncPhase::Syncing, {});
                    const auto report = server::syncOnce(*file, serverLink, kBatch, &m_stop);
                    lastSync = std::chrono::steady_clock::now();
                    if (report.received > 0)
                        emit applied(report.received);
                    announce(SyncPhase::UpToDate, {});
                }
                news = serverLink.waitForNews(kListenSliceMs);
            }
        } catch (const server::ServerError& e) {
            if (e.kind() == server::ServerError::Kind::Login || e.kind() == server::ServerError::Kind::Mismatch) {
                announce(e.kind() == server::ServerError::Kind::Login ? SyncPhase::LoginNeeded : SyncPhase::Stopped,
                         toQ(e.what()));
                return; // retrying will not help: the controller asks the user
            }
            announce(SyncPhase::Offline, toQ(e.what()));
        } catch (const storage::StorageError& e) {
            // The file was busy or refused a write: the changes stay queued for the next round.
            announce(SyncPhase::Offline, tr("Could not update this team file: %1").arg(toQ(e.what())));
        }
        if (!pause(backoff))
            break;
        m_wanted = false;
        backoff = std::min(backoff * 2, kMaxBackoffMs);
    }
    emit stateChanged(SyncPhase::Stopped, 0, 0, 0, {});
}

} // namespace baton::ui
