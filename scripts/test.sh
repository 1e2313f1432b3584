#!/usr/bin/env bash
# `npm test`: every check, in order, with the time each step took. A failing step does not stop
# the run: every later suite still runs (a red suite must not hide the others), the closing line
# counts every suite's tests, and the exit code is non-zero when anything failed.
#
# IC_INTEGRATION_RUNS=N runs the integration suite N times in a row (CI uses 3, so a test that
# depends on another's leftovers or on timing shows up there and not one run in two on a laptop).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }

timings=()
failed_steps=()
# Failures of steps that are not mocha suites (typecheck, build, package) and of suites that died
# before mocha could print its counts: each counts as one failed test in the closing line.
uncounted_failures=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Counts mocha's "N passing" / "N failing" / "N pending" lines in a file.
count() { grep -Eo "^ *[0-9]+ $1" "$2" | awk '{ n += $1 } END { print n + 0 }'; }

step() {
  local name=$1 start=$EPOCHREALTIME status
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  local step_log
  step_log=$(mktemp)
  # Output is kept (as well as shown) so the closing line can count every mocha suite's tests.
  "$@" 2>&1 | tee "$step_log"
  status=${PIPESTATUS[0]}
  cat "$step_log" >>"$log"
  local took
  took=$(since "$start")
  if [ "$status" -ne 0 ]; then
    failed_steps+=("$name")
    if [ "$(count failing "$step_log")" -eq 0 ]; then uncounted_failures=$((uncounted_failures + 1)); fi
    timings+=("$(printf '%-18s %7s s  FAILED (exit %s)' "$name" "$took" "$status")")
    printf '\n=== %s FAILED (exit %s) after %s s\n' "$name" "$status" "$took"
  else
    timings+=("$(printf '%-18s %7s s' "$name" "$took")")
    printf '=== %s: %s s\n' "$name" "$took"
  fi
  rm -f "$step_log"
}

total=$EPOCHREALTIME
step install-test-deps bash scripts/install-test-deps.sh
step typecheck npm run --silent typecheck
step build npm run --silent build
step unit npm run --silent test:unit
runs=${IC_INTEGRATION_RUNS:-1}
for ((i = 1; i <= runs; i++)); do
  name=integration
  [ "$runs" -gt 1 ] && name="integration $i/$runs"
  step "$name" npm run --silent test:integration
done
step package node scripts/lib/check-package.mjs # the .vsix: no vsce warnings, only run-time files
step cli-tarball node test/package/cli-tarball.mjs # npm pack → offline install elsewhere → npx interview-coach lint
step e2e node test/e2e/run.mjs --no-package     # the UI in a real browser, from that .vsix
step e2e-web node test/e2e/run.mjs --no-package --web # the same flows, web-only package, web worker host

printf '\n=== timings\n'
printf '  %s\n' "${timings[@]}"
printf '  %-18s %7s s\n' total "$(since "$total")"
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf '\n=== FAILED: %s\n' "$(IFS=,; echo "${failed_steps[*]}" | sed 's/,/, /g')"
fi

# One closing line for every suite together.
passed=$(count passing "$log")
failed=$(($(count failing "$log") + uncounted_failures))
printf '\ntests: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$(count pending "$log")"
[ ${#failed_steps[@]} -eq 0 ]
