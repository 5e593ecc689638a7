#pragma once

#include "shell/Location.h"

#include <QObject>

#include <vector>

namespace baton::ui {

/// Back and Forward like a browser: visiting a new place drops the forward history.
class NavigationHistory : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void visit(const Location& where);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    Location back();
    Location forward();
    const Location& current() const { return m_places.at(m_current); }
    bool empty() const { return m_places.empty(); }

signals:
    void changed();

private:
    std::vector<Location> m_places;
    std::size_t m_current = 0;
};

} // namespace baton::ui
