#include "ImportMemory.h"

#include "baton/domain/Clock.h"
#include "baton/exchange/TeamImporter.h"
#include "baton/storage/TeamFile.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace baton::bench {

namespace {

/// A "VmXXX:   1234 kB" line of /proc/self/status, in bytes.
std::uint64_t statusBytes(const std::string& field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field + ":", 0) == 0)
            return std::stoull(line.substr(field.size() + 1)) * 1024;
    }
    return 0;
}

/// Resets VmHWM to the current resident size (Linux 4.0 and later).
bool resetPeak()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.flush();
    return static_cast<bool>(clear);
}

} // namespace

ImportCost measureImport(const std::string& json, const std::string& teamFile)
{
    std::filesystem::remove(teamFile);
    const domain::SystemClock clock;
    auto created = storage::TeamFile::create(teamFile, "Imported team", clock);
    if (!created)
        throw std::runtime_error(created.error().message);
    auto target = std::move(created.value());

    ImportCost cost;
    cost.peakWasReset = resetPeak();
    cost.baselineBytes = statusBytes("VmRSS");
    const auto start = std::chrono::steady_clock::now();
    const exchange::ImportReport report = exchange::TeamImporter(*target).importFile(json);
    cost.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    cost.peakBytes = statusBytes("VmHWM");
    if (!report.applied)
        throw std::runtime_error("import failed: " +
                                 (report.errors.empty() ? std::string("?") : report.errors.front().toString()));
    return cost;
}

} // namespace baton::bench
