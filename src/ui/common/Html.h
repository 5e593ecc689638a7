#pragma once

// Builds the detail panes' HTML with every piece of record text escaped.

#include "shell/Location.h"

#include <QString>

namespace baton::ui::html {

QString escape(const QString& text);
QString heading(const QString& text);
QString subheading(const QString& text);
/// A "label: value" line; empty values are left out.
QString field(const QString& label, const QString& value);
/// A paragraph of free text, line breaks kept.
QString paragraph(const QString& label, const QString& text);
QString link(PageId page, const QString& id, const QString& text);
/// "Created by A · last changed by B", or empty.
QString authorsLine(const QString& createdBy, const QString& updatedBy);
QString hint(const QString& text);

} // namespace baton::ui::html
