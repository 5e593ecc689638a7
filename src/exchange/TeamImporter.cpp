#include "baton/exchange/TeamImporter.h"

#include "ImportInput.h"
#include "IssueSink.h"
#include "ScratchTables.h"
#include "StreamingImport.h"

#include "baton/domain/CrashPoint.h"
#include "baton/storage/StorageError.h"

#include <filesystem>
#include <new>

namespace baton::exchange {

namespace {

/// An import that failed part-way reports only why.
void refuse(ImportReport& report, std::string what)
{
    report.applied = false;
    report.counts.clear();
    report.errors.push_back({"", std::move(what)});
}

} // namespace

TeamImporter::TeamImporter(storage::TeamFile& file, ImportOptions options)
    : m_file(file)
    , m_options(std::move(options))
{
}

ImportReport TeamImporter::importFile(const std::string& path)
{
    ImportReport report;
    IssueSink sink(report, m_options.maxErrors);
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        sink.error("", "cannot read " + path + ": " +
                           (ec == std::errc::no_such_file_or_directory ? "no such file" : ec.message()));
        return report;
    }
    if (size > m_options.maxFileBytes) {
        sink.error("", path + " is " + std::to_string(size >> 20) + " MiB, larger than the " +
                           std::to_string(m_options.maxFileBytes >> 20) + " MiB this import accepts");
        return report;
    }
    ImportInput input(path);
    if (!input.ok()) {
        sink.error("", "cannot read " + path);
        return report;
    }
    return import(input);
}

ImportReport TeamImporter::importText(std::string_view json)
{
    if (json.size() > m_options.maxFileBytes) {
        ImportReport report;
        IssueSink(report, m_options.maxErrors)
            .error("", "the file is " + std::to_string(json.size() >> 20) + " MiB, larger than the " +
                           std::to_string(m_options.maxFileBytes >> 20) + " MiB this import accepts");
        return report;
    }
    ImportInput input(json);
    return import(input);
}

ImportReport TeamImporter::import(ImportInput& input)
{
    ImportReport report;
    IssueSink sink(report, m_options.maxErrors);
    if (m_file.readOnly()) {
        sink.error("", m_file.path() + " is open read-only; nothing was imported");
        return report;
    }
    try {
        ScratchTables scratch(m_file.db()); // outlives the transaction, see its header
        // Read, check and write under one write lock, so nobody changes the file in between;
        // anything short of commit() rolls it all back.
        storage::Transaction tx(m_file.db());
        if (StreamingImport(m_file, m_options, scratch, input, report, sink).run()) {
            domain::crashPoint("import.before-commit");
            tx.commit();
        } else {
            report.counts.clear();
        }
    } catch (const ImportCancelled&) {
        report = ImportReport{};
        report.errors.push_back({"", "the import was cancelled; the team file was not changed"});
    } catch (const storage::StorageError& e) {
        refuse(report, std::string("the team file refused the import, nothing was changed: ") + e.what());
    } catch (const std::bad_alloc&) {
        refuse(report, "not enough memory to import this file; nothing was changed");
    } catch (const std::exception& e) {
        refuse(report, std::string("the import failed, nothing was changed: ") + e.what());
    }
    return report;
}

} // namespace baton::exchange
