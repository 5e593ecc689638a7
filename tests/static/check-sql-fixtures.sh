#!/usr/bin/env bash
# Proves the SQL gate catches what it is for: every line of bad.cpp marked `// flagged` is
# reported, no other line is, and it exits 1; good.cpp (fixed SQL in the project's shapes) passes.
# usage: check-sql-fixtures.sh CHECKER SOURCE_DIR
set -uo pipefail
checker=$1
root=$2
dir=tests/static/sql
fail=0

out=$("$checker" --root "$root" --allow "$root/$dir/allowlist.txt" "$dir/bad.cpp")
rc=$?
echo "$out"
if [[ $rc -ne 1 ]]; then
  echo "FAIL: the gate exited $rc on $dir/bad.cpp, expected 1" >&2
  fail=1
fi
expected=$(grep -n '// flagged' "$root/$dir/bad.cpp" | cut -d: -f1 | sort -n | uniq)
reported=$(grep -o "^$dir/bad.cpp:[0-9]*: SQL built from data" <<<"$out" | cut -d: -f2 | sort -n | uniq)
if [[ "$expected" != "$reported" ]]; then
  echo "FAIL: lines expected to be flagged:" $expected >&2
  echo "      lines reported:                " $reported >&2
  fail=1
fi

if ! "$checker" --root "$root" --allow "$root/$dir/allowlist.txt" "$dir/good.cpp"; then
  echo "FAIL: the gate refused $dir/good.cpp, whose SQL is all fixed" >&2
  fail=1
fi
[[ $fail -eq 0 ]] && echo "The gate flags all $(wc -w <<<"$expected") planted sites and passes the fixed ones."
exit $fail
