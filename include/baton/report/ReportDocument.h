#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace baton::report {

/// A table as reports and CSV files show it: a name (for the CSV file), column headings and
/// rows of text. `numeric` marks columns aligned right.
struct ReportTable {
    std::string name;
    std::string caption;
    std::vector<std::string> columns;
    std::vector<bool> numeric;
    std::vector<std::vector<std::string>> rows;
    /// The column that gives up width (and wraps) when the table is too wide: free text such
    /// as reasons, so that names and titles stay whole on one line. -1: share evenly.
    int wrapColumn = -1;
    /// At most this many rows go into a PDF (0: all); the rest are named in a closing line and
    /// are in the CSV export, which always holds every row. A 4,000-page PDF helps nobody.
    std::size_t pdfRowLimit = 0;
    /// Rows in the whole report when `rows` holds only the first few (a report read for the
    /// screen, see report::ReadLimits); 0 when `rows` is the whole table.
    std::size_t totalRows = 0;
    /// Optional shading per cell, 0 (none) to 5 (darkest), row by row: the expertise matrix
    /// colours each cell by level. Empty: no shading.
    std::vector<std::vector<int>> shades;
    /// Where the table goes: a wide matrix is one CSV file but several narrower PDF tables.
    bool inCsv = true;
    bool inPdf = true;
};

/// A bar chart: one bar per label.
struct ReportChart {
    std::string caption;
    std::string valueLabel;
    std::vector<std::string> labels;
    std::vector<double> values;
};

/// One line of a line chart; an empty value leaves a gap (a month with nothing to show).
struct ReportSeries {
    std::string name;
    std::vector<std::optional<double>> values;
};

/// A line chart over labelled points (months), values from 0 to `maxValue`.
struct ReportLineChart {
    std::string caption;
    std::vector<std::string> labels;
    std::vector<ReportSeries> series;
    double maxValue = 1.0;
    bool percent = true; ///< the axis reads 0%..100% of maxValue; otherwise plain numbers
};

/// Key figures shown as "label: value" lines.
struct ReportFigure {
    std::string label;
    std::string value;
};

struct ReportSection {
    std::string heading;
    std::vector<std::string> paragraphs;
    std::vector<ReportFigure> figures;
    std::vector<ReportChart> charts;
    std::vector<ReportLineChart> lineCharts;
    std::vector<ReportTable> tables;
};

/// A whole report, ready to lay out as PDF or write as CSV; knows nothing of either.
struct ReportDocument {
    std::string title;
    std::string team;
    std::string scope;       ///< "1 Jan 2026 – 30 Jun 2026" or "as of 10 Apr 2026"
    std::string generatedAt; ///< RFC 3339
    std::string generatedBy;
    std::string historyHead; ///< hex SHA-256 at the head of the team's change history
    std::vector<ReportSection> sections;
};

} // namespace baton::report
