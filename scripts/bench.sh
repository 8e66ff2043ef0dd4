#!/usr/bin/env bash
# Times relcheck against go vet on generated modules of GORM models.
#
#   ./scripts/bench.sh                      # 1k, 5k and 10k models, 3 runs each
#   SIZES="1000" RUNS=1 ./scripts/bench.sh  # a quick look
#
# For each size it generates a module (scripts/genmodels, real gorm.io/gorm)
# and measures, RUNS times each, wall time and peak RSS (/usr/bin/time -v) of:
#   relcheck ./...                       standalone (go/packages + checker)
#   go vet ./...                         the default vet analyzers
#   go vet -vettool=relcheck ./...       relcheck under go vet
# Fairness: every run starts from the same warm build cache, which holds the
# standard library and gorm but none of the module's own packages (a copy
# of a pre-warmed GOCACHE is taken before each run), so each tool compiles
# and type-checks the module itself from cold, the way CI does after a change.
# Results: a markdown table per size on stdout and in $OUT (bench-results.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
SIZES=${SIZES:-"1000 5000 10000"}
RUNS=${RUNS:-3}
OUT=${OUT:-$root/bench-results.md}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
	apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

go build -o "$work/bin/relcheck" ./cmd/relcheck
relcheck="$work/bin/relcheck"

median() { sort -n | awk '{a[NR]=$1} END {m=(NR+1)/2; if (NR%2) print a[m]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# measure DIR NAME CMD...: one run, from a fresh copy of the warm cache.
measure() {
	local dir=$1 name=$2; shift 2
	rm -rf "$work/cache" && cp -a "$work/warm" "$work/cache"
	(cd "$dir" && GOCACHE="$work/cache" GOFLAGS=-mod=mod /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt") || true
	local wall rss
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")
	rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
	echo "$wall $rss" >>"$work/$name.txt"
}

{
	echo "# relcheck vs go vet"
	echo
	echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(go version); runs per cell: $RUNS (medians)."
	echo
} | tee "$OUT"

for size in $SIZES; do
	pkgs=$(( size / 100 )); [ "$pkgs" -lt 1 ] && pkgs=1
	per=$(( size / pkgs ))
	mod="$work/mod$size"
	go run ./scripts/genmodels -out "$mod" -pkgs "$pkgs" -models "$per" >/dev/null
	(cd "$mod" && cp "$root/oracle/go.sum" . && go mod tidy >/dev/null 2>&1)
	models=$(grep -c '^type ' "$mod"/pkg*/models.go | awk -F: '{s+=$2} END {print s}')
	# The warm cache: std and gorm compiled, nothing of the module.
	rm -rf "$work/warm"
	(cd "$mod" && GOCACHE="$work/warm" go build std gorm.io/gorm/... >/dev/null 2>&1)
	rm -f "$work"/{relcheck,vet,vettool}.txt
	for _ in $(seq "$RUNS"); do
		measure "$mod" relcheck "$relcheck" ./...
		measure "$mod" vet go vet ./...
		measure "$mod" vettool go vet -vettool="$relcheck" ./...
	done
	row() {
		local name=$1 label=$2 t r
		t=$(awk '{print $1}' "$work/$name.txt" | median)
		r=$(awk '{print $2}' "$work/$name.txt" | median)
		echo "$t $r" >"$work/$name.med"
		printf '| %s | %.2f s | %d MiB |' "$label" "$t" $(( ${r%.*} / 1024 ))
	}
	{
		echo "## $models models ($pkgs packages)"
		echo
		echo "| command | wall | peak RSS | vs go vet |"
		echo "|---|---|---|---|"
		row vet "go vet ./..."; echo " 1.00x / 1.00x |"
		read -r vt vr <"$work/vet.med"
		for n in relcheck vettool; do
			label="relcheck ./..."; [ "$n" = vettool ] && label="go vet -vettool=relcheck ./..."
			row "$n" "$label"
			read -r t r <"$work/$n.med"
			awk -v t="$t" -v vt="$vt" -v r="$r" -v vr="$vr" 'BEGIN {printf " %.2fx time / %.2fx RSS |\n", t/vt, r/vr}'
		done
		echo
	} | tee -a "$OUT"
done
