#!/usr/bin/env bash
# Runs the whole test suite: gofmt, go vet and go test in every Go module
# of the repository (the root, the example module and the oracle module
# that runs the real ORMs), then the golangci-lint plugin end to end.
# Needs only Go; modules come from the proxy.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
status=0

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null | grep -v '/testdata/' || find . -name '*.go' -not -path '*/testdata/*'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; status=1
fi

for mod in $(find . -name go.mod -not -path '*/testdata/*' -not -path './.git/*' | sort); do
	dir=$(dirname "$mod")
	echo "== module $dir"
	(cd "$root/$dir" && go vet ./... && go test -count=1 ./...) || status=1
done

if [ "${RELCHECK_SKIP_GOLANGCI:-0}" != 1 ]; then
	echo "== golangci-lint plugin end to end"
	./scripts/golangci-e2e.sh 2>&1 | tail -n 4 || status=1
fi

if [ $status -eq 0 ]; then echo "all modules passed"; else echo "FAILED"; fi
exit $status
