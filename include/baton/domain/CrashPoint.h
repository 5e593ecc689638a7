#pragma once

// Deterministic crash points for the crash-safety soak (docs/reliability.md).
//
// A test build (CMake option BATON_CRASH_POINTS, on whenever the tests are built) stops the
// process at once, as `kill -9` would, when the environment variable BATON_CRASH_AT names the
// point being passed: "edit.before-commit" stops at its first pass, "import.mid-records@120" at
// its 120th. In a build without the option the function does nothing.
//
// The points, where they sit, and what must survive them:
//   edit.in-transaction    a record and its history entry written, the transaction still open
//   edit.before-commit     every write of an edit done, COMMIT not yet run
//   edit.after-commit      committed, before the caller (the app's session, the CLI) hears of it
//   import.mid-records     after each decision an import writes
//   import.before-commit   an import fully written, COMMIT not yet run
//   backup.mid-copy        after each step of a backup (saveCopy, the upgrade backup)
//   backup.before-rename   the copy complete under its .partial name
//   migration.mid-upgrade  after each schema migration applied inside the upgrade transaction
//   export.mid-write       the export written to its .partial file, not yet flushed or renamed
//   export.before-rename   the export flushed to disk under its .partial name

namespace baton::domain {

/// Stops the process here when BATON_CRASH_AT names this point (test builds only; see above).
void crashPoint(const char* name);

} // namespace baton::domain
