#pragma once

#include <QWidget>

class QListWidget;

namespace baton::ui {

/// First thing a new user sees: create a team file, open one, or explore the sample team.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();

signals:
    void createRequested();
    void openRequested();
    void sampleRequested();
    void recentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace baton::ui
