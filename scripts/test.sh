#!/usr/bin/env bash
# Runs the whole test suite: gofmt, go vet and go test in every Go module
# of the repository (the root, the example module and the oracle module
# that runs the real ORMs), then the golangci-lint plugin end to end.
# Needs Go (modules come from the proxy), and PostgreSQL and MariaDB for
# the oracle's database tests: scripts/databases.sh starts throwaway
# servers, installing the Debian packages first when run as root. Run it
# from anywhere.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$(date +%s)
status=0

. scripts/databases.sh
trap databases_stop EXIT
databases_start

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

for mod in $(find . -name go.mod -not -path '*/testdata/*' -not -path './.git/*' | sort); do
	dir=$(dirname "$mod")
	echo "== module $dir"
	(cd "$root/$dir" && test_module) || status=1
done

if [ "${RELCHECK_SKIP_GOLANGCI:-0}" != 1 ]; then
	echo "== golangci-lint plugin end to end"
	if out=$(./scripts/golangci-e2e.sh 2>&1); then
		grep '^== took' <<<"$out"
		echo "golangci-lint plugin: passed"
	else
		echo "$out" | tail -n 40
		echo "golangci-lint plugin: FAILED"
		status=1
	fi
fi

took=$(( $(date +%s) - start ))
if [ $status -eq 0 ]; then echo "all modules passed (${took}s)"; else echo "FAILED (${took}s)"; fi
exit $status
