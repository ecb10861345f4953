#!/usr/bin/env bash
# Two lastmile builds (or one build with two environments) side by side on
# the workloads: runs A and B alternately, REPS times each, and prints each
# side's median wall time and B/A. On a shared machine runs of one binary
# minutes apart differ by several percent, so a change is judged by such
# alternating pairs, not by comparing separate runner tables; a binary
# against itself shows the noise (1-3% on the 2-core hosts of 2026-12).
#
#   bash benches/ab.sh [options] WORKLOAD...
#     -a PATH      lastmile A (default target/release/lastmile)
#     -b PATH      lastmile B (default target/release/lastmile)
#     -A 'V=x ..'  environment of A's runs   -B 'V=x ..'  of B's runs
#     -r N         pairs of runs (default 9)
#     -s N         BENCH_SCALE (default 1)
#     -f FLAVOR    sparc64 (default) or sparc32plus
#
#   bash benches/ab.sh -a /tmp/old-lastmile -r 11 compress sort
#   bash benches/ab.sh -B LASTMILE_NO_REJOIN=1 -f sparc32plus compress
#
# The workloads are the runner's (benches/out/FLAVOR/NAME, built by
# benches/build-workloads.sh); their output is not checked here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
a="$here/../target/release/lastmile"
b="$a"
env_a=""
env_b=""
reps=9
scale=1
flavor=sparc64
while getopts "a:b:A:B:r:s:f:" o; do
    case "$o" in
        a) a="$OPTARG" ;;
        b) b="$OPTARG" ;;
        A) env_a="$OPTARG" ;;
        B) env_b="$OPTARG" ;;
        r) reps="$OPTARG" ;;
        s) scale="$OPTARG" ;;
        f) flavor="$OPTARG" ;;
        *) sed -n '2,20p' "$0" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
    sed -n '2,20p' "$0" >&2
    exit 2
fi
for bin in "$a" "$b"; do
    [ -x "$bin" ] || { echo "ab.sh: no lastmile at $bin" >&2; exit 2; }
done

# Median of the numbers on stdin.
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

# Wall time of one run in microseconds: ENV, BIN, PROGRAM.
run_us() {
    local s e
    s=$(date +%s%N)
    # shellcheck disable=SC2086
    env BENCH_SCALE="$scale" $1 "$2" "$3" >/dev/null 2>&1 </dev/null || true
    e=$(date +%s%N)
    echo $(((e - s) / 1000))
}

printf '%-10s %-11s %10s %10s %7s\n' workload flavor "A ms" "B ms" "B/A"
for w in "$@"; do
    prog="$here/out/$flavor/$w"
    [ -f "$prog" ] || { echo "ab.sh: no $prog (bash benches/build-workloads.sh)" >&2; exit 2; }
    ta=""
    tb=""
    for _ in $(seq "$reps"); do
        ta="$ta $(run_us "$env_a" "$a" "$prog")"
        tb="$tb $(run_us "$env_b" "$b" "$prog")"
    done
    ma=$(echo "$ta" | tr ' ' '\n' | grep . | median)
    mb=$(echo "$tb" | tr ' ' '\n' | grep . | median)
    awk -v w="$w" -v f="$flavor" -v a="$ma" -v b="$mb" 'BEGIN {printf "%-10s %-11s %10.1f %10.1f %7.3f\n", w, f, a / 1000, b / 1000, b / a}'
done
