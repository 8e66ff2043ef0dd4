#!/usr/bin/env bash
# Runs the whole test suite: gofmt, go vet and go test in every Go module
# of the repository (the root, the example module and the oracle module
# that runs the real ORMs), then the golangci-lint plugin end to end.
# Needs Go (modules come from the proxy), and PostgreSQL and MariaDB for
# the oracle's database tests: scripts/databases.sh starts throwaway
# servers, installing the Debian packages first when run as root. Run it
# from anywhere.
#
# The steps run side by side, each into its own log, and the logs are
# printed in a fixed order as the steps end: the databases start while the
# other modules compile and test, and a long test package of one module
# never leaves a core idle that another step could use. Each step's line
# gives its wall time and its CPU time (user+sys, all its processes).
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)
status=0
logs=$(mktemp -d)

. scripts/databases.sh
trap 'databases_stop; rm -rf "$logs"' EXIT

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null | grep -v '/testdata/' || find . -name '*.go' -not -path '*/testdata/*'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; status=1
fi

# go test without the "[no test files]" line of every package that has none.
test_module() {
	go vet ./... || return 1
	go test -count=1 ./... 2>&1 | { grep -v '\[no test files\]$' || true; }
	return "${PIPESTATUS[0]}"
}

module_step() {
	cd "$root/$1" && test_module
}

golangci_step() {
	local out
	if out=$(./scripts/golangci-e2e.sh 2>&1); then
		grep '^== \(took\|custom binary from\)' <<<"$out"
		echo "golangci-lint plugin: passed"
	else
		echo "$out" | tail -n 40
		echo "golangci-lint plugin: FAILED"
		return 1
	fi
}

# step NAME CMD... runs CMD in the background into logs/NAME, then writes
# its exit status and times to logs/NAME.rc and logs/NAME.time.
steps=()
step() {
	local name=$1
	shift
	(
		TIMEFORMAT="%R %U %S"
		{ time "$@" >"$logs/$name" 2>&1; echo $? >"$logs/$name.rc"; } 2>"$logs/$name.time"
	) &
	steps+=($!)
}

# finish NAME TITLE waits for step NAME and prints its log.
finish() {
	local name=$1 title=$2 rc wall user sys
	while [ ! -s "$logs/$name.rc" ]; do sleep 0.2; done
	rc=$(cat "$logs/$name.rc")
	read -r wall user sys <"$logs/$name.time"
	echo "== $title"
	cat "$logs/$name"
	awk -v t="$title" -v ok="$([ "$rc" = 0 ] && echo ok || echo FAILED)" -v w="$wall" -v u="$user" -v s="$sys" \
		'BEGIN { printf "== %s: %s (%.0fs wall, %.0fs CPU)\n", t, ok, w, u + s }'
	[ "$rc" = 0 ] || status=1
}

modules=$(find . -name go.mod -not -path '*/testdata/*' -not -path './.git/*' | sort | xargs -n1 dirname)
for dir in $modules; do
	[ "$dir" = ./oracle ] && continue # needs the databases
	step "mod${dir//\//_}" module_step "$dir"
done
if [ "${RELCHECK_SKIP_GOLANGCI:-0}" != 1 ]; then
	step golangci golangci_step
fi

databases_start
for dir in $modules; do
	[ "$dir" = ./oracle ] && step "mod${dir//\//_}" module_step "$dir"
done

for dir in $modules; do
	finish "mod${dir//\//_}" "module $dir"
done
if [ "${RELCHECK_SKIP_GOLANGCI:-0}" != 1 ]; then
	finish golangci "golangci-lint plugin end to end"
fi
wait "${steps[@]}" # not a bare wait: MariaDB runs in the background too

took=$(( $(date +%s) - start ))
if [ $status -eq 0 ]; then echo "all modules passed (${took}s)"; else echo "FAILED (${took}s)"; fi
exit $status
