#pragma once

#include "CommandLine.h"

#include <ostream>

namespace baton::cli {

/// Where a command writes: results to out, problems to err.
struct Io {
    std::ostream& out;
    std::ostream& err;
};

int initCommand(const CommandLine& cl, Io io);
int importCommand(const CommandLine& cl, Io io);
int importRosterCommand(const CommandLine& cl, Io io);
int exportCommand(const CommandLine& cl, Io io);
int checkCommand(const CommandLine& cl, Io io);
int statsCommand(const CommandLine& cl, Io io);
int reportCommand(const CommandLine& cl, Io io);

} // namespace baton::cli
