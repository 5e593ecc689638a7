#!/usr/bin/env bash
# Takes the user guide's screenshots: runs Baton under Xvfb on a copy of the sample team and
# saves one PNG per page in docs/images/. Needs xvfb, xdotool, imagemagick, sqlite3 and poppler-utils.
#   scripts/take-screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
out=docs/images
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bin/baton-cli" init "$work/sample.baton" --name "Sample" >/dev/null
"$build/bin/baton-cli" import "$work/sample.baton" resources/sample-team.baton.json >/dev/null
# A few edits on top of the import, as a member would make them, so History and Activity
# show more than the import.
cli() { "$build/bin/baton-cli" "$@" >/dev/null; }
q() { sqlite3 -readonly "$work/sample.baton" "$1"; }
priya=$(q "SELECT id FROM members WHERE name = 'Priya Raman'")
chidi=$(q "SELECT id FROM members WHERE name = 'Chidi Okonkwo'")
cli whoami "$work/sample.baton" "$priya"
initiative=$(q "SELECT i.id FROM initiatives i JOIN lead_stints s ON s.initiative = i.id WHERE i.status = 'active'
               AND s.role = 'lead' AND s.to_on IS NULL AND s.member <> '$chidi' ORDER BY i.rid LIMIT 1")
cli pass-lead "$work/sample.baton" --initiative "$initiative" --to "$chidi" --on 2026-11-20 \
  --reason "Chidi built the pipeline this depends on"
proposal=$(q "SELECT id FROM decisions WHERE status = 'proposed' ORDER BY rid LIMIT 1")
cli stance "$work/sample.baton" --decision "$proposal" --member "$priya" --stance support --comment "Worth a pilot"
# The sample charter (decision rules, the conflict ladder, accountability practices).
cli import "$work/sample.baton" resources/sample-charter.baton.json

shoot() { # shoot NAME KEYS...
  local name=$1; shift
  local display=:$((200 + RANDOM % 300))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 0.5
  local args=("$work/sample.baton" --page "$name")
  [[ $name == welcome ]] && args=()
  DISPLAY=$display XDG_CONFIG_HOME=$work/config-$name XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=xcb \
    "$build/bin/baton" "${args[@]}" >/dev/null 2>&1 &
  local app=$!
  sleep 2.5
  local win
  win=$(DISPLAY=$display xdotool search --sync --onlyvisible --pid "$app" 2>/dev/null | head -n1 || true)
  if [[ -n $win ]]; then
    DISPLAY=$display xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800 2>/dev/null || true
  fi
  for key in "$@"; do
    DISPLAY=$display xdotool key ${win:+--window "$win"} "$key" 2>/dev/null; sleep 0.6
  done
  sleep 1
  DISPLAY=$display import -window root "$out/$name.png"
  kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "$out/$name.png"
}

for page in welcome overview decisions initiatives commitments people expertise activity charter; do
  shoot "$page"
done

# The review pages, and page 1 and a table page of each PDF report.
for page in leadership accountability; do
  shoot "$page"
done
"$build/bin/baton-cli" report leadership "$work/sample.baton" -o "$work/leadership.pdf" \
  --from 2024-11-01 --to 2026-11-26 --page-size a4 >/dev/null
"$build/bin/baton-cli" report accountability "$work/sample.baton" -o "$work/accountability.pdf" \
  --as-of 2026-11-26 --page-size a4 >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/leadership.pdf" "$out/report-leadership-cover"
pdftoppm -png -r 80 -f 3 -l 3 -singlefile "$work/leadership.pdf" "$out/report-leadership-chart"
pdftoppm -png -r 80 -f 4 -l 4 -singlefile "$work/leadership.pdf" "$out/report-leadership-table"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/accountability.pdf" "$out/report-accountability-cover"
pdftoppm -png -r 80 -f 3 -l 3 -singlefile "$work/accountability.pdf" "$out/report-accountability-table"
ls "$out"/report-*.png
