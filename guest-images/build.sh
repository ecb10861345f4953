#!/usr/bin/env bash
# Builds the sparc64 guest test programs.
#
#   guest-images/build.sh [--out DIR] [-j N]      build everything (incremental)
#   guest-images/build.sh [--out DIR] clean       remove the output directory
#   guest-images/build.sh prebuilt                re-assemble prebuilt/hello-sparc64
#                                                 (the checked-in binary; only on request)
#
# Output (default guest-images/out/sparc64, or $LASTMILE_GUEST_OUT, or --out DIR):
#   DIR/NAME-O0, DIR/NAME-O2     for every src/NAME.c   (static, unstripped)
#   DIR/crash/NAME               for every crash/NAME.c (static, -O2)
# Sidecar files (src/NAME.args, src/NAME.stdin) stay in src/; see README.md.
#
# Environment: CC (default sparc64-linux-gnu-gcc), AS, LD, STRIP, JOBS, VERBOSE=1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CC="${CC:-sparc64-linux-gnu-gcc}"
AS="${AS:-sparc64-linux-gnu-as}"
LD="${LD:-sparc64-linux-gnu-ld}"
STRIP="${STRIP:-sparc64-linux-gnu-strip}"
JOBS="${JOBS:-2}"
OUT="${LASTMILE_GUEST_OUT:-$HERE/out/sparc64}"

# Flags shared by every C program.  -lm for the floating-point programs;
# the format/stringop truncation warnings are about deliberate truncation tests.
CFLAGS_COMMON=(-static -std=gnu11 -Wall -Wextra -fno-stack-protector
               -Wno-format-truncation -Wno-stringop-truncation)
LIBS=(-lm)

# ---- internal entry point used by the parallel workers -------------------
# build.sh __one SRC OUTFILE OPTLEVEL
if [[ "${1:-}" == "__one" ]]; then
    src="$2" out="$3" opt="$4"
    tmp="$out.tmp.$$"
    if ! "$CC" "${CFLAGS_COMMON[@]}" "$opt" "$src" -o "$tmp" "${LIBS[@]}" 2>"$tmp.log"; then
        echo "FAILED: $src ($opt)" >&2
        cat "$tmp.log" >&2
        rm -f "$tmp" "$tmp.log"
        exit 1
    fi
    if [[ -s "$tmp.log" ]]; then
        echo "warnings in $src ($opt):" >&2
        cat "$tmp.log" >&2
    fi
    rm -f "$tmp.log"
    mv -f "$tmp" "$out"
    if [[ -n "${VERBOSE:-}" ]]; then
        echo "  built $(basename "$(dirname "$out")")/$(basename "$out")"
    fi
    exit 0
fi

build_prebuilt() {
    local dir="$HERE/prebuilt"
    local tmpd
    tmpd="$(mktemp -d)"
    "$AS" -Av9 -o "$tmpd/hello.o" "$dir/hello-sparc64.S"
    "$LD" -static -s -o "$tmpd/hello" "$tmpd/hello.o"
    "$STRIP" --strip-all -R .comment "$tmpd/hello" 2>/dev/null || true
    mv -f "$tmpd/hello" "$dir/hello-sparc64"
    rm -rf "$tmpd"
    echo "prebuilt/hello-sparc64: $(stat -c %s "$dir/hello-sparc64") bytes"
}

action=build
while [[ $# -gt 0 ]]; do
    case "$1" in
        --out) OUT="$2"; shift 2 ;;
        --out=*) OUT="${1#--out=}"; shift ;;
        -j) JOBS="$2"; shift 2 ;;
        -j*) JOBS="${1#-j}"; shift ;;
        clean) action=clean; shift ;;
        prebuilt) action=prebuilt; shift ;;
        build) action=build; shift ;;
        -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "build.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

case "$action" in
    clean) rm -rf "$OUT"; echo "removed $OUT"; exit 0 ;;
    prebuilt) build_prebuilt; exit 0 ;;
esac

command -v "$CC" >/dev/null || { echo "build.sh: $CC not found (apt-get install gcc-sparc64-linux-gnu)" >&2; exit 1; }
mkdir -p "$OUT/crash"

# A stamp of the compiler and flags: when it changes, everything is rebuilt.
stamp="$("$CC" --version | head -1) | ${CFLAGS_COMMON[*]} ${LIBS[*]}"
if [[ ! -f "$OUT/build.stamp" ]] || [[ "$(cat "$OUT/build.stamp")" != "$stamp" ]]; then
    find "$OUT" -maxdepth 1 -type f \( -name '*-O0' -o -name '*-O2' \) -delete
    find "$OUT/crash" -maxdepth 1 -type f -delete
fi

# Collect the jobs whose output is missing or older than the source (or this script).
jobs_file="$(mktemp)"
trap 'rm -f "$jobs_file"' EXIT
n_total=0
for src in "$HERE"/src/*.c; do
    name="$(basename "$src" .c)"
    for opt in -O0 -O2; do
        out="$OUT/$name${opt}"
        n_total=$((n_total + 1))
        if [[ ! -f "$out" || "$src" -nt "$out" || "${BASH_SOURCE[0]}" -nt "$out" ]]; then
            printf '%s\0%s\0%s\0' "$src" "$out" "$opt" >>"$jobs_file"
        fi
    done
done
for src in "$HERE"/crash/*.c; do
    name="$(basename "$src" .c)"
    out="$OUT/crash/$name"
    n_total=$((n_total + 1))
    if [[ ! -f "$out" || "$src" -nt "$out" || "${BASH_SOURCE[0]}" -nt "$out" ]]; then
        printf '%s\0%s\0%s\0' "$src" "$out" "-O2" >>"$jobs_file"
    fi
done

n_jobs=$(( $(tr -cd '\0' <"$jobs_file" | wc -c) / 3 ))
echo "guest-images: $n_jobs of $n_total binaries to build into $OUT (jobs: $JOBS)"
if [[ $n_jobs -gt 0 ]]; then
    xargs -0 -n 3 -P "$JOBS" bash "${BASH_SOURCE[0]}" __one <"$jobs_file"
fi
echo "$stamp" >"$OUT/build.stamp"
echo "guest-images: done"
