#include "CopyBench.h"

#include "baton/storage/FileCopy.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace baton::bench {
namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

} // namespace

int runCopy(const std::vector<std::string>& args)
{
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: baton-bench copy TEAMFILE OUT [--pages N] [--keep]\n");
        return 2;
    }
    const std::string& source = args[0];
    const std::string& out = args[1];
    int pages = storage::kCopyPagesPerStep;
    bool keep = false;
    for (std::size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--pages" && i + 1 < args.size())
            pages = std::stoi(args[++i]);
        else if (args[i] == "--keep")
            keep = true;
    }
    if (std::filesystem::exists(out)) {
        std::fprintf(stderr, "baton-bench: %s exists; the benchmark writes only new files\n", out.c_str());
        return 1;
    }

    // Every gap the progress dialog would sit still: from the start to the first report,
    // between reports, and from the last report to the end (the final commit and rename).
    std::vector<double> gaps;
    std::size_t totalPages = 0;
    const auto start = Clock::now();
    auto last = start;
    const auto copied = storage::copyDatabaseFile(
        source, out,
        [&](std::size_t, std::size_t total) {
            const auto now = Clock::now();
            gaps.push_back(msBetween(last, now));
            last = now;
            totalPages = total;
            return true;
        },
        pages);
    const auto end = Clock::now();
    const double finish = msBetween(last, end);
    if (!copied) {
        std::fprintf(stderr, "baton-bench: %s\n", copied.error().message.c_str());
        return 1;
    }
    const double seconds = msBetween(start, end) / 1000;
    const auto bytes = static_cast<double>(std::filesystem::file_size(out));
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    std::printf("save a copy of %s (%zu pages, %.0f MiB), %d pages a step:\n", source.c_str(), totalPages,
                bytes / (1 << 20), pages);
    std::printf("  total                              %8.2f s  (%.0f MiB/s)\n", seconds, bytes / (1 << 20) / seconds);
    std::printf("  progress reports                   %8zu\n", gaps.size());
    if (!sorted.empty()) {
        std::printf("  between reports: median            %8.1f ms\n", sorted[sorted.size() / 2]);
        std::printf("  between reports: p95               %8.1f ms\n", sorted[sorted.size() * 95 / 100]);
        std::printf("  between reports: longest           %8.1f ms\n", sorted.back());
        std::printf("  before the first report            %8.1f ms\n", gaps.front());
        std::printf("  the last step (with commit, fsync) %8.1f ms\n", gaps.back());
        const auto longest = std::max_element(gaps.begin(), gaps.end()) - gaps.begin();
        std::printf("  the longest was report             %8td of %zu\n", longest + 1, gaps.size());
    }
    std::printf("  after the last report (commit)     %8.1f ms\n", finish);
    std::printf("  longest wait without a report      %8.1f ms\n",
                std::max(sorted.empty() ? 0 : sorted.back(), finish));
    if (!keep)
        std::filesystem::remove(out);
    return 0;
}

} // namespace baton::bench
