#pragma once

// Byte-flipped copies of a team file, for the corrupt-file tests: each mutant has one to eight
// bytes XOR-ed with a random non-zero value, a quarter of them inside the first 100 bytes (the
// database header) and the rest anywhere. The seed is fixed, so a failure names a mutant that
// the next run writes again.

#include "support/TempDir.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace baton::test {

inline std::vector<std::string> writeMutants(const std::string& original, const TempDir& dir, int count,
                                             std::uint32_t seed = 20261129)
{
    const std::string bytes = readFile(original);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> flips(1, 8);
    std::uniform_int_distribution<std::size_t> anywhere(0, bytes.size() - 1);
    std::uniform_int_distribution<std::size_t> header(0, 99);
    std::uniform_int_distribution<int> mask(1, 255);
    std::vector<std::string> paths;
    for (int m = 0; m < count; ++m) {
        std::string mutant = bytes;
        const int n = flips(random);
        for (int i = 0; i < n; ++i) {
            const std::size_t at = m % 4 == 0 ? header(random) : anywhere(random);
            mutant[at] = static_cast<char>(mutant[at] ^ mask(random));
        }
        paths.push_back(dir.file("mutant-" + std::to_string(m) + ".baton"));
        writeFile(paths.back(), mutant);
    }
    return paths;
}

} // namespace baton::test
