#!/usr/bin/env bash
# Builds the SPARC guest test programs: sparc64, and the same sources as
# 32-bit V8+ programs (sparc32plus), and the freestanding pure-V8 programs.
#
#   guest-images/build.sh [--out DIR] [-j N]      build everything (incremental)
#   guest-images/build.sh [--out DIR] clean       remove the output directories
#   guest-images/build.sh prebuilt                re-assemble prebuilt/hello-sparc64
#                                                 (the checked-in binary; only on request)
#   guest-images/build.sh ia64 [asm|c|check]      the IA-64 images: runs ia64/build.sh
#                                                 (committed binaries; only on request)
#
# Output (default guest-images/out/sparc64, or $LASTMILE_GUEST_OUT, or --out DIR):
#   DIR/NAME-O0, DIR/NAME-O2     for every src/NAME.c   (static, unstripped)
#   DIR/crash/NAME               for every crash/NAME.c (static, -O2)
# 32-bit output (default guest-images/out/sparc32plus and out/sparc32, or
# $LASTMILE_GUEST_OUT32PLUS and $LASTMILE_GUEST_OUT32):
#   sparc32plus/NAME-O0, -O2     every src/NAME.c with -m32 (V8+, EM_SPARC32PLUS,
#                                Debian's 32-bit libc; run under qemu-sparc32plus)
#   sparc32plus/crash/NAME       every crash/NAME.c with -m32
#   sparc32/NAME-O0, -O2         every v8/NAME.c: freestanding pure V8 (EM_SPARC)
#                                with v8/rt/ (-m32 -mcpu=v8 -nostdlib; run under qemu-sparc)
#   sparc32plus-free/NAME-O0,-O2 the same v8/NAME.c built for V8+ (-mcpu=v9:
#                                EM_SPARC32PLUS; run under qemu-sparc32plus)
# The 32-bit builds are skipped with a note when the 32-bit libc (lib32) is
# not installed. Sidecar files (src/NAME.args, src/NAME.stdin, v8/NAME.args,
# v8/NAME.stdin) stay next to their sources; see README.md.
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
OUT32P="${LASTMILE_GUEST_OUT32PLUS:-$HERE/out/sparc32plus}"
OUT32="${LASTMILE_GUEST_OUT32:-$HERE/out/sparc32}"
OUT32F="${LASTMILE_GUEST_OUT32FREE:-$HERE/out/sparc32plus-free}"

# Flags shared by every C program.  -lm for the floating-point programs;
# the format/stringop truncation warnings are about deliberate truncation tests.
CFLAGS_COMMON=(-static -std=gnu11 -Wall -Wextra -fno-stack-protector
               -Wno-format-truncation -Wno-stringop-truncation)
LIBS=(-lm)
# The pure-V8 programs: no libc, no libgcc (Debian's 32-bit libgcc is built
# for V8+), our own start file, system-call stubs and helpers in v8/rt/.
V8_DIR="$HERE/v8"
V8_CFLAGS=(-m32 -static -nostdlib -ffreestanding -fno-builtin -fno-pie -no-pie
           -std=gnu11 -Wall -Wextra -Wno-infinite-recursion -fno-stack-protector -I "$V8_DIR/rt")
V8_RT=("$V8_DIR"/rt/*.S "$V8_DIR"/rt/*.c)
# Programs that are LP64 by design and are not built with -m32:
# muldiv64 (unsigned __int128 throughout: gcc has no __int128 for 32-bit
# SPARC), switch_dense (case labels 2^32 and 2^63-1 on a `long`) and
# fault_after_long_loop (reads sparc64's mcontext_t, mc_gregs).
LP64_ONLY=" muldiv64 switch_dense fault_after_long_loop "

# ---- internal entry point used by the parallel workers -------------------
# build.sh __one SRC OUTFILE OPTLEVEL KIND    (KIND: sparc64, sparc32plus, v8)
if [[ "${1:-}" == "__one" ]]; then
    src="$2" out="$3" opt="$4" kind="${5:-sparc64}"
    tmp="$out.tmp.$$"
    case "$kind" in
        sparc64) cmd=("$CC" "${CFLAGS_COMMON[@]}" "$opt" "$src" -o "$tmp" "${LIBS[@]}") ;;
        sparc32plus) cmd=("$CC" -m32 "${CFLAGS_COMMON[@]}" "$opt" "$src" -o "$tmp" "${LIBS[@]}") ;;
        v8) cmd=("$CC" -mcpu=v8 "${V8_CFLAGS[@]}" "$opt" "${V8_RT[@]}" "$src" -o "$tmp") ;;
        v8plus) cmd=("$CC" -mcpu=v9 "${V8_CFLAGS[@]}" "$opt" "${V8_RT[@]}" "$src" -o "$tmp") ;;
        *) echo "build.sh: unknown kind $kind" >&2; exit 2 ;;
    esac
    if ! "${cmd[@]}" 2>"$tmp.log"; then
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
    machine="$("${CC%gcc}readelf" -h "$tmp" | sed -n 's/^ *Machine: *//p')"
    if [[ ( "$kind" == v8 && "$machine" != Sparc ) || ( "$kind" == v8plus && "$machine" != "Sparc v8+" ) ]]; then
        echo "FAILED: $src ($opt): machine '$machine' is not what $kind wants (Sparc / Sparc v8+)" >&2
        rm -f "$tmp"
        exit 1
    fi
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
        ia64) shift; exec bash "$HERE/ia64/build.sh" "$@" ;;
        build) action=build; shift ;;
        -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "build.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

case "$action" in
    clean) rm -rf "$OUT" "$OUT32P" "$OUT32" "$OUT32F"; echo "removed $OUT $OUT32P $OUT32 $OUT32F"; exit 0 ;;
    prebuilt) build_prebuilt; exit 0 ;;
esac

command -v "$CC" >/dev/null || { echo "build.sh: $CC not found (apt-get install gcc-sparc64-linux-gnu)" >&2; exit 1; }
mkdir -p "$OUT/crash"

# Can we build 32-bit programs? (Debian: the lib32 part of libc6-dev-sparc64-cross.)
have32=yes
libc32="$("$CC" -m32 -print-file-name=libc.a 2>/dev/null || true)"
if [[ "$libc32" != /* || ! -f "$libc32" ]]; then
    have32=no
    echo "guest-images: no 32-bit SPARC libc for $CC -m32: skipping the sparc32plus and sparc32 programs" >&2
fi

# A stamp of the compiler and flags per output directory: when it changes,
# everything in that directory is rebuilt.
restamp() { # DIR STAMP
    local dir="$1" stamp="$2"
    mkdir -p "$dir/crash"
    if [[ ! -f "$dir/build.stamp" ]] || [[ "$(cat "$dir/build.stamp")" != "$stamp" ]]; then
        find "$dir" -maxdepth 1 -type f \( -name '*-O0' -o -name '*-O2' \) -delete
        find "$dir/crash" -maxdepth 1 -type f -delete
    fi
}
version="$("$CC" --version | head -1)"
stamp="$version | ${CFLAGS_COMMON[*]} ${LIBS[*]}"
stamp32p="$version | -m32 ${CFLAGS_COMMON[*]} ${LIBS[*]}"
stamp32="$version | -mcpu=v8 ${V8_CFLAGS[*]}"
stamp32f="$version | -mcpu=v9 ${V8_CFLAGS[*]}"
restamp "$OUT" "$stamp"
if [[ $have32 == yes ]]; then
    restamp "$OUT32P" "$stamp32p"
    restamp "$OUT32" "$stamp32"
    restamp "$OUT32F" "$stamp32f"
    rmdir "$OUT32/crash" "$OUT32F/crash" 2>/dev/null || true
fi

# Collect the jobs whose output is missing or older than its sources (or this script).
jobs_file="$(mktemp)"
trap 'rm -f "$jobs_file"' EXIT
n_total=0
add_job() { # SRC OUT OPT KIND [EXTRA DEPENDENCY...]
    local src="$1" out="$2" opt="$3" kind="$4" dep stale=no
    shift 4
    n_total=$((n_total + 1))
    if [[ ! -f "$out" || "$src" -nt "$out" || "${BASH_SOURCE[0]}" -nt "$out" ]]; then
        stale=yes
    fi
    for dep in "$@"; do
        [[ "$dep" -nt "$out" ]] && stale=yes
    done
    if [[ $stale == yes ]]; then
        printf '%s\0%s\0%s\0%s\0' "$src" "$out" "$opt" "$kind" >>"$jobs_file"
    fi
}
for src in "$HERE"/src/*.c; do
    name="$(basename "$src" .c)"
    for opt in -O0 -O2; do
        add_job "$src" "$OUT/$name${opt}" "$opt" sparc64
        if [[ $have32 == yes && "$LP64_ONLY" != *" $name "* ]]; then
            add_job "$src" "$OUT32P/$name${opt}" "$opt" sparc32plus
        fi
    done
done
for src in "$HERE"/crash/*.c; do
    name="$(basename "$src" .c)"
    add_job "$src" "$OUT/crash/$name" -O2 sparc64
    [[ $have32 == yes ]] && add_job "$src" "$OUT32P/crash/$name" -O2 sparc32plus
done
if [[ $have32 == yes ]]; then
    for src in "$V8_DIR"/*.c; do
        [[ -f "$src" ]] || continue
        name="$(basename "$src" .c)"
        for opt in -O0 -O2; do
            add_job "$src" "$OUT32/$name${opt}" "$opt" v8 "${V8_RT[@]}" "$V8_DIR"/rt/*.h
            add_job "$src" "$OUT32F/$name${opt}" "$opt" v8plus "${V8_RT[@]}" "$V8_DIR"/rt/*.h
        done
    done
fi

n_jobs=$(( $(tr -cd '\0' <"$jobs_file" | wc -c) / 4 ))
dirs="$OUT"
[[ $have32 == yes ]] && dirs="$OUT, $OUT32P, $OUT32, $OUT32F"
echo "guest-images: $n_jobs of $n_total binaries to build into $dirs (jobs: $JOBS)"
if [[ $n_jobs -gt 0 ]]; then
    xargs -0 -n 4 -P "$JOBS" bash "${BASH_SOURCE[0]}" __one <"$jobs_file"
fi
echo "$stamp" >"$OUT/build.stamp"
if [[ $have32 == yes ]]; then
    echo "$stamp32p" >"$OUT32P/build.stamp"
    echo "$stamp32" >"$OUT32/build.stamp"
    echo "$stamp32f" >"$OUT32F/build.stamp"
fi
echo "guest-images: done"
