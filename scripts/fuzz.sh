#!/usr/bin/env bash
# Runs every fuzz target for FUZZTIME each (default 10m), one after the
# other, and then copies the corpus the fuzzer built into the packages'
# testdata/fuzz, where `go test` replays it as ordinary tests.
#
#   FUZZTIME=10m ./scripts/fuzz.sh        # what the robustness note reports
#   FUZZTIME=30s KEEP=0 ./scripts/fuzz.sh # a quick look, corpus untouched
#   ONLY=bun ./scripts/fuzz.sh            # targets whose entry matches a regexp
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
time=${FUZZTIME:-10m}
keep=${KEEP:-1}
cache=$(go env GOCACHE)/fuzz
logs=${LOGS:-$(mktemp -d)}
status=0

targets=(
	".:./internal/dialects/gorm:FuzzParseTag:github.com/relcheck/relcheck/internal/dialects/gorm"
	".:./internal/dialects/gorm:FuzzModel:github.com/relcheck/relcheck/internal/dialects/gorm"
	"oracle:./tagfuzz:FuzzTagAgainstGORM:github.com/relcheck/relcheck/oracle/tagfuzz"
	".:./internal/dialects/bun:FuzzParseTag:github.com/relcheck/relcheck/internal/dialects/bun"
	".:./internal/dialects/bun:FuzzModel:github.com/relcheck/relcheck/internal/dialects/bun"
	"oracle:./buntagfuzz:FuzzBunTagAgainstBun:github.com/relcheck/relcheck/oracle/buntagfuzz"
	".:./internal/dialects/gopg:FuzzParseTag:github.com/relcheck/relcheck/internal/dialects/gopg"
	".:./internal/dialects/gopg:FuzzModel:github.com/relcheck/relcheck/internal/dialects/gopg"
	"oracle:./gopgparse:FuzzTagAgainstGoPG:github.com/relcheck/relcheck/oracle/gopgparse"
	"oracle:./gopgparse:FuzzUnquoteAgainstGoPG:github.com/relcheck/relcheck/oracle/gopgparse"
	"oracle:./gormparse:FuzzNamingAgainstGORM:github.com/relcheck/relcheck/oracle/gormparse"
	"oracle:./gormparse:FuzzInflectionAgainstJinzhu:github.com/relcheck/relcheck/oracle/gormparse"
	".:./internal/schema:FuzzDecode:github.com/relcheck/relcheck/internal/schema"
	".:./internal/schema/migrate:FuzzPostgres:github.com/relcheck/relcheck/internal/schema/migrate"
)
for t in "${targets[@]}"; do
	[[ -n "${ONLY:-}" && ! "$t" =~ ${ONLY} ]] && continue
	IFS=: read -r mod pkg name path <<<"$t"
	echo "== $name ($mod $pkg) for $time"
	log="$logs/$name-${pkg//\//_}.log"
	if (cd "$root/$mod" && go test -run='^$' -fuzz="^$name\$" -fuzztime="$time" -parallel=1 "$pkg" >"$log" 2>&1); then
		tail -n 3 "$log"
	else
		status=1
		echo "   FAILED (full output: $log); the failing input, if any, is in the package's testdata/fuzz/$name"
		grep -v '^fuzz: elapsed' "$log" | tail -n 30
	fi
	if [ "$keep" = 1 ] && [ -d "$cache/$path/$name" ]; then
		dst="$root/$mod/${pkg#./}/testdata/fuzz/$name"
		mkdir -p "$dst"
		# Keep a bounded, stable sample: the 200 smallest inputs.
		# (Through a file: with pipefail, ls dying of SIGPIPE when head
		# has read enough would end the script.)
		ls -S -r "$cache/$path/$name" >"$logs/corpus.txt"
		head -n 200 "$logs/corpus.txt" | while read -r f; do cp "$cache/$path/$name/$f" "$dst/"; done
		echo "   corpus: $(ls "$dst" | wc -l) files in ${dst#$root/}"
	fi
done
exit $status
