#pragma once

#include "common/RecordListPage.h"

class QAction;

namespace baton::ui {

/// The voice channel: ideas, concerns and questions anyone raised (anonymously or not), and the
/// team's response to each; filtered by status and kind.
class VoicePage : public RecordListPage {
    Q_OBJECT
public:
    VoicePage(TeamSession& session, QWidget* parent);
    PageId pageId() const override { return PageId::Voice; }
    void activate() override;
    void createNew() override;
    void respondToCurrent();
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* kindFilter() const { return m_kind; }

protected:
    std::unique_ptr<PagedSource> makeSource(const QString& searchText) override;
    QString detailHtml(const QString& id) override;
    void prepareFilters() override;
    void currentChanged(const QString& id) override;

private:
    QComboBox* m_status;
    QComboBox* m_kind;
    QAction* m_raise;
    QAction* m_respond;
};

} // namespace baton::ui
