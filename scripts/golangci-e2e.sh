#!/usr/bin/env bash
# Builds golangci-lint v2.15.0 with relcheck as a module plugin, from this
# checkout, and runs it on plugin/testdata/e2e, asserting the findings by
# rule ID and position, that //nolint:relcheck silences one, and that
# run --fix applies relcheck's suggested fixes.
#
# It does what `golangci-lint custom` does (add the plugin's import to
# golangci-lint's main package, replace the plugin module with a local path,
# build), but takes golangci-lint's source from the Go module proxy instead
# of a git clone, so it needs nothing but Go.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=${GOLANGCI_VERSION:-v2.15.0}
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
start=$(date +%s)

# The custom binary depends only on golangci-lint's version, the Go
# toolchain and the root module's non-test sources (with the rule pages
# they embed): it is kept, keyed on them, under the user's cache directory
# (never in the repository), and rebuilt only when one of them changes.
# RELCHECK_GCL_CACHE=off always rebuilds.
key=$(
	{
		echo "$version $(go version) $(go env GOOS GOARCH)"
		cat scripts/golangci-e2e.sh go.mod go.sum
		find . -name '*.go' -not -name '*_test.go' -not -path '*/testdata/*' \
			-not -path './example/*' -not -path './oracle/*' -not -path './.git/*' -o -path './docs/rules/*.md' | LC_ALL=C sort |
			while read -r f; do echo "$f"; cat "$f"; done
	} | sha256sum | cut -c1-16
)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/relcheck/golangci
if [ "${RELCHECK_GCL_CACHE:-on}" != off ] && cp "$cache/$key/custom-gcl" "$work/custom-gcl" 2>/dev/null; then
	echo "== custom binary from the cache ($cache/$key)"
else
	echo "== golangci-lint $version source from the module proxy"
	src=$(go mod download -json "github.com/golangci/golangci-lint/v2@$version" | awk -F'"' '/"Dir"/ {print $4}')
	cp -r "$src" "$work/golangci" && chmod -R u+w "$work/golangci"
	cat >"$work/golangci/cmd/golangci-lint/plugins.go" <<'GO'
package main

import _ "github.com/relcheck/relcheck/plugin"
GO
	echo "== building the custom binary with the local plugin"
	(
		cd "$work/golangci"
		go mod edit -require=github.com/relcheck/relcheck@v0.0.0 -replace=github.com/relcheck/relcheck="$root"
		go mod tidy >/dev/null
		go build -o "$work/custom-gcl" ./cmd/golangci-lint
	)
	if [ "${RELCHECK_GCL_CACHE:-on}" != off ]; then
		# Written under a temporary name and renamed, so that a run beside
		# this one never copies half a binary; the three newest are kept.
		mkdir -p "$cache/$key" && cp "$work/custom-gcl" "$cache/$key/custom-gcl.$$" &&
			mv "$cache/$key/custom-gcl.$$" "$cache/$key/custom-gcl" || true
		ls -dt "$cache"/*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
	fi
fi
built=$(date +%s)
echo "   built in $((built - start))s"

echo "== running it on plugin/testdata/e2e"
mod="$work/e2e"
mkdir -p "$mod/models"
cp plugin/testdata/e2e/go.mod.txt "$mod/go.mod"
cp plugin/testdata/e2e/models/models.go.txt "$mod/models/models.go"
cat >"$mod/.golangci.yml" <<'YML'
version: "2"
linters:
  default: none
  enable:
    - relcheck
  settings:
    custom:
      relcheck:
        type: module
        description: ORM relationship mappings
        settings:
          disable: [inverse-ambiguous]
YML
(cd "$mod" && cp "$root/oracle/go.sum" . && go mod tidy >/dev/null 2>&1)
set +e
out=$(cd "$mod" && "$work/custom-gcl" run --output.text.path=stdout --show-stats=false ./... 2>&1)
code=$?
set -e
echo "$out"

fail=0
expect() {
	if ! grep -Eq "$1" <<<"$out"; then echo "MISSING: $1"; fail=1; fi
}
expect '^models/models.go:7:2: one-to-one-unique: User.Profile is one-to-one.*\(relcheck\)$'
expect '^models/models.go:9:25: fk-missing: User.Company: foreignKey "CompanyRf".*did you mean "CompanyRef"\?.*\(relcheck\)$'
if grep -q 'Avatar' <<<"$out"; then echo "NOT SILENCED: //nolint:relcheck on User.Avatar"; fail=1; fi
n=$(grep -c '(relcheck)$' <<<"$out" || true) # related information would add lines here
if [ "$n" -ne 2 ]; then echo "want exactly 2 findings, got $n"; fail=1; fi
if [ "$code" -eq 0 ]; then echo "golangci-lint exited 0 despite findings"; fail=1; fi

echo "== run --fix applies relcheck's suggested fixes"
set +e
(cd "$mod" && "$work/custom-gcl" run --fix --output.text.path=stdout --show-stats=false ./... >/dev/null 2>&1)
set -e
fixed=$(cat "$mod/models/models.go")
if ! grep -q 'foreignKey:CompanyRef"' <<<"$fixed"; then echo "NOT FIXED: fk-missing's fix (CompanyRf -> CompanyRef)"; fail=1; fi
if ! grep -Eq 'UserID uint +`gorm:"uniqueIndex"`' <<<"$fixed"; then echo "NOT FIXED: one-to-one-unique's fix (uniqueIndex)"; fail=1; fi
if (cd "$mod" && go vet ./... >/dev/null 2>&1); then :; else echo "the fixed code does not compile"; fail=1; fi

echo "== took $(( $(date +%s) - start ))s in all (build $((built - start))s)"
if [ $fail -ne 0 ]; then echo "golangci e2e: FAILED"; exit 1; fi
echo "golangci e2e: passed"
