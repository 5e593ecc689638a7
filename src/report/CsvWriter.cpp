#include "baton/report/CsvWriter.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace baton::report {
using domain::ErrorCode;
using domain::makeError;
namespace fs = std::filesystem;

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string toCsv(const ReportTable& table)
{
    std::string out;
    const auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(cells[i]);
        }
        out += "\r\n";
    };
    line(table.columns);
    for (const auto& row : table.rows)
        line(row);
    return out;
}

domain::Result<void> writeCsvFile(const ReportTable& table, const std::string& path)
{
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            return makeError(ErrorCode::Io, "cannot write " + path + ": the folder is missing or not writable");
        out << toCsv(table);
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(partial, ignored);
            return makeError(ErrorCode::Io, "cannot write " + path + ": the disk may be full");
        }
    }
    std::error_code ec;
    fs::rename(partial, path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return makeError(ErrorCode::Io, "cannot write " + path + ": " + ec.message());
    }
    return {};
}

domain::Result<std::vector<std::string>> writeCsvFolder(const ReportDocument& document, const std::string& folder)
{
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create the folder " + folder + ": " + ec.message());
    // Every file is written aside first; only when all are complete do they replace the old
    // ones, so a failure never leaves a mix of new and old tables.
    std::vector<std::string> written;
    const auto discard = [&written] {
        std::error_code ignored;
        for (const auto& path : written)
            fs::remove(path + ".partial", ignored);
    };
    for (const auto& section : document.sections) {
        for (const auto& table : section.tables) {
            if (!table.inCsv)
                continue;
            const std::string path = (fs::path(folder) / (table.name + ".csv")).string();
            std::ofstream out(path + ".partial", std::ios::binary | std::ios::trunc);
            out << toCsv(table);
            out.flush();
            written.push_back(path);
            if (!out) {
                discard();
                return makeError(ErrorCode::Io,
                                 "cannot write " + path + ": the folder is not writable or the disk is full");
            }
        }
    }
    for (const auto& path : written) {
        fs::rename(path + ".partial", path, ec);
        if (ec) {
            discard();
            return makeError(ErrorCode::Io, "cannot write " + path + ": " + ec.message());
        }
    }
    return written;
}

} // namespace baton::report
