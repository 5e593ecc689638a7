#!/usr/bin/env bash
# Launch on a real X server (Xvfb), as a person sees it: from process start to the first frame
# on screen, starting on the decision list, for an empty team file and for TEAMFILE (median of
# RUNS each, by ../shared/tools/first-frame), and the ratio; then the offscreen figure
# (bench/ui-launch.sh) as a second number.
#   bench/first-frame.sh TEAMFILE [BUILD_DIR] [RUNS]
# Target (issue 8): the large file within 1.5x of the empty one.
set -euo pipefail
big=${1:?usage: bench/first-frame.sh TEAMFILE [BUILD_DIR] [RUNS]}
build=${2:-build}
runs=${3:-9}
here=$(cd "$(dirname "$0")" && pwd)
tool=${FIRST_FRAME:-$here/../../shared/tools/first-frame}
[[ -x $tool ]] || { echo "first-frame.sh: set FIRST_FRAME to the shared first-frame tool" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Its own settings: the runs must not land in the user's recent files.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
"$build/bin/baton-cli" init "$tmp/empty.baton" --name "Empty team" >/dev/null
median() { "$tool" "$runs" -- "$build/bin/baton" "$1" --page decisions | tail -n 1 | grep -o '[0-9.]* s' | grep -o '[0-9.]*'; }
e=$(median "$tmp/empty.baton")
b=$(median "$big")
echo "real X (Xvfb), process start to first frame on the decision list, median of $runs:"
awk -v e="$e" -v b="$b" -v n="$(basename "$big")" \
  'BEGIN { printf "  empty team file %.3f s, %s %.3f s: ratio %.2f (target <= 1.5)\n", e, n, b, b / e }'
echo "offscreen (second number):"
"$here/ui-launch.sh" "$big" "$build" | sed 's/^/  /'
