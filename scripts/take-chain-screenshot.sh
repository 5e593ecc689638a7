#!/usr/bin/env bash
# Takes docs/images/contribution-chain.png: the sample team with work dates and three more
# contributions on "Audit log for account admins" (the sample has no dates), its Chain of Work
# dialog under Xvfb. Needs xvfb, xdotool and imagemagick; clicks at the 1280x800 layout.
#   scripts/take-chain-screenshot.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work/team.json" <<'PY'
import json, sys
d = json.load(open("resources/sample-team.baton.json"))
ini = next(x for x in d["initiatives"] if x["title"] == "Audit log for account admins")["id"]
members = {m["name"]: m["id"] for m in d["members"]}
contract, server, checklist = [c for c in d["contributions"] if c["initiative"] == ini]
contract.update(started_on="2026-05-11", done_on="2026-06-05")
server.update(started_on="2026-06-08", done_on="2026-08-14")
checklist.update(started_on="2026-11-09")
def add(n, member, description, status, deps, started=None, done=None):
    c = dict(id="01a2%04x-0000-7000-8000-%012x" % (n, n), initiative=ini, member=members[member],
             description=description, status=status, depends_on=deps, started_on=started, done_on=done,
             updated_at="2026-11-20T10:00:00Z")
    d["contributions"].append(c)
    return c["id"]
design = add(1, "Aiko Tanaka", "Design the audit log screen for account admins", "done", [contract["id"]],
             "2026-06-10", "2026-07-02")
screen = add(2, "Jonas Lindqvist", "Build the audit log screen behind a feature flag", "in_progress",
             [design, server["id"]], "2026-10-19")
article = add(3, "Daniel Whitfield", "Write the help-centre article on reading the audit log", "planned", [screen])
add(4, "Marcus Okafor", "Roll out to the two enterprise customers", "planned", [checklist["id"], screen, article])
json.dump(d, open(sys.argv[1], "w"))
PY
"$build/bin/baton-cli" init "$work/t.baton" --name "Sample" >/dev/null
"$build/bin/baton-cli" import "$work/t.baton" "$work/team.json" >/dev/null
display=:$((200 + RANDOM % 300))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 0.5
export DISPLAY=$display
XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=xcb BATON_NO_KEYRING=1 \
  "$build/bin/baton" "$work/t.baton" --page initiatives >/dev/null 2>&1 &
app=$!
sleep 3
win=$(xdotool search --sync --onlyvisible --pid "$app" | head -n1)
xdotool windowmove "$win" 0 0 windowsize "$win" 1280 800
sleep 0.5
xdotool mousemove 278 236 click 1   # the "Audit log for account admins" row
sleep 1
xdotool mousemove 934 143 click 1   # Chain of Work…
sleep 2
dialog=$(xdotool search --onlyvisible --name "Chain of Work" | head -n1)
xdotool windowmove "$dialog" 0 0 windowsize "$dialog" 1180 640
sleep 1
import -window "$dialog" docs/images/contribution-chain.png
echo docs/images/contribution-chain.png
