#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Decision.h"

#include <QObject>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace baton::ui {

class TeamSession;

/// The fields of a proposal that follow the charter: while the areas or the proposal date
/// change, the matching decision rule (domain::matchingDecisionRule) sets the method, the
/// deadline (proposed on + the rule's days) and the fallback, and `note` says which rule it was.
/// Once the user changes the method or the deadline by hand, the rule stops re-applying; its
/// fallback and the link to it stay.
class CharterDefaults : public QObject {
    Q_OBJECT
public:
    struct Fields {
        QComboBox* method;
        QListWidget* areas;
        QDateEdit* proposedOn;
        QCheckBox* hasDecideBy;
        QDateEdit* decideBy;
        QLabel* note;
    };
    CharterDefaults(TeamSession& session, Fields fields, const domain::Decision& original, bool isNew, QObject* parent);

    /// Writes the rule's fallback and link into a decision built from the form.
    void fill(domain::Decision& decision) const;
    bool overridden() const { return m_overridden; }

private:
    void apply();
    void overrideByHand();
    void showNote();

    std::vector<domain::CharterRule> m_rules;
    Fields m_fields;
    std::optional<domain::CharterRuleId> m_rule;
    std::optional<domain::DecisionFallback> m_fallback;
    bool m_new;
    bool m_applying = false;
    bool m_overridden = false;
};

} // namespace baton::ui
