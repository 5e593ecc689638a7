#!/usr/bin/env bash
# Takes docs/images/conflicts.png: the sample team with the sample charter and the sample
# conflicts and reviews (resources/sample-*.baton.json), on the Conflicts page under Xvfb.
#   scripts/take-trust-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bin/baton-cli" init "$work/t.baton" --name "Sample" >/dev/null
for part in team charter trust; do
  "$build/bin/baton-cli" import "$work/t.baton" "resources/sample-$part.baton.json" >/dev/null
done
XDG_CONFIG_HOME=$work/config BATON_NO_KEYRING=1 \
  ../shared/tools/screenshot docs/images/conflicts.png --wait 4 -- "$build/bin/baton" --page conflicts "$work/t.baton"
