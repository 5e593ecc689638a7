#!/usr/bin/env bash
# One entry point for the README's two commands:
#   scripts/baton.sh run    install what is missing, build, and run Baton
#   scripts/baton.sh test   install what is missing, build, and run every test
# Works on a fresh Debian 12 or Ubuntu machine; installs only packages dpkg says are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
packages=(build-essential cmake ninja-build pkg-config libsqlite3-dev libssl-dev nlohmann-json3-dev catch2
          qt6-base-dev qt6-base-dev-tools libgl-dev libqt6svg6 poppler-utils
          postgresql libpq-dev libpqxx-dev qtkeychain-qt6-dev clang-tidy-14)

scripts/install-missing.sh "${packages[@]}"

cmake --preset dev >/dev/null
cmake --build --preset dev

case $mode in
  run)
    if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
      echo "No display found: start Baton from a desktop session, or under Xvfb (xvfb-run scripts/baton.sh run)." >&2
      exit 1
    fi
    exec build/bin/baton "${@:2}"
    ;;
  test)
    ctest --preset dev
    ;;
  *)
    echo "usage: scripts/baton.sh run|test" >&2
    exit 2
    ;;
esac
