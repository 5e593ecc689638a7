// Replays fuzz inputs without libFuzzer: calls LLVMFuzzerTestOneInput on every file named on
// the command line and every file under the folders named there, in name order. Used by the
// tests (the corpus and every crash found so far) in ordinary builds. Exits 1 if an input
// throws; a crash or an abort ends the process, which fails the test just the same.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsIn(const std::filesystem::path& path)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> out;
    if (fs::is_directory(path)) {
        for (const auto& entry : fs::recursive_directory_iterator(path)) {
            const auto name = entry.path().filename().string();
            // A folder's README or .gitkeep says what it holds; it is not an input.
            if (entry.is_regular_file() && name != "README.md" && name != ".gitkeep")
                out.push_back(entry.path());
        }
        std::sort(out.begin(), out.end());
    } else if (fs::exists(path)) {
        out.push_back(path);
    } else {
        std::cerr << "no such file or folder: " << path.string() << "\n";
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t ran = 0;
    std::size_t failed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto& input : inputsIn(argv[i])) {
            std::ifstream in(input, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            try {
                LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            } catch (const std::exception& e) {
                std::cerr << input.string() << ": uncaught exception: " << e.what() << "\n";
                ++failed;
            } catch (...) {
                std::cerr << input.string() << ": uncaught exception of an unknown type\n";
                ++failed;
            }
            ++ran;
        }
    }
    std::cout << "ran " << ran << " inputs, " << failed << " failed\n";
    return failed ? 1 : 0;
}
