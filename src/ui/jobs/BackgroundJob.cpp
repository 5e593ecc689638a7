#include "jobs/BackgroundJob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace baton::ui {

void runWithProgress(QWidget* parent, const QString& label, const std::function<void(JobControl&)>& work,
                     bool showDialog, bool cancellable)
{
    JobControl control;
    std::unique_ptr<QThread> thread(QThread::create([&] { work(control); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);

    std::unique_ptr<QProgressDialog> dialog;
    QTimer poll;
    if (showDialog) {
        dialog = std::make_unique<QProgressDialog>(label, QObject::tr("Cancel"), 0, 0, parent);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(0); // shown at once: the window must not take input meanwhile
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        if (!cancellable)
            dialog->setCancelButton(nullptr);
        QObject::connect(dialog.get(), &QProgressDialog::canceled, [&control] { control.cancel(); });
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (dialog->wasCanceled())
                control.cancel();
            if (control.total() > 0) {
                dialog->setMaximum(static_cast<int>(std::min<std::size_t>(control.total(), 1u << 30)));
                dialog->setValue(static_cast<int>(std::min<std::size_t>(control.done(), 1u << 30)));
            }
        });
        poll.start(50);
    }
    if (dialog)
        dialog->show();
    thread->start();
    loop.exec();
    thread->wait();
}

} // namespace baton::ui
