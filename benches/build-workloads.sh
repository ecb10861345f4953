#!/usr/bin/env bash
# Builds the side-by-side benchmark workloads, each from one C source three ways:
#
#   out/sparc64/NAME       sparc64-linux-gnu-gcc -static -O2
#   out/sparc32plus/NAME   sparc64-linux-gnu-gcc -m32 -mcpu=v9 -static -O2   (V8+, 32-bit libc)
#   out/native/NAME        gcc -static -O2                                    (x86-64 host)
#
# Sources: workloads/NAME.c, plus out/gen/manyfuncs.c written by gen-manyfuncs.sh,
# plus one real program from a Debian source package: out/FLAVOR/bzip2, libbz2
# from `apt-get source bzip2` (unpacked into out/src, not kept in the
# repository) driven by real/bzip2.c. Without deb-src access it is skipped.
# Incremental (make-style: a target is rebuilt when it is missing or older than
# its source or this script), idempotent, two compiles at a time.
#
#   benches/build-workloads.sh            build what is out of date
#   benches/build-workloads.sh check      build, then run every sparc build under
#                                         qemu-sparc64 / qemu-sparc32plus and compare
#                                         its stdout with the native build's
#   benches/build-workloads.sh clean      remove out/ (except results.md)
#
# Environment: BENCH_OUT (default benches/out), SPARC_CC (sparc64-linux-gnu-gcc),
# HOST_CC (gcc), JOBS (2), VERBOSE=1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${BENCH_OUT:-$HERE/out}"
SPARC_CC="${SPARC_CC:-sparc64-linux-gnu-gcc}"
HOST_CC="${HOST_CC:-gcc}"
JOBS="${JOBS:-2}"
SELF="$HERE/build-workloads.sh"
FLAVORS=(sparc64 sparc32plus native)
COMMON=(-O2 -static -std=gnu11 -Wall -Wextra -fno-stack-protector)

compiler_for() {
    case "$1" in
        sparc64)     echo "$SPARC_CC" ;;
        sparc32plus) echo "$SPARC_CC -m32 -mcpu=v9" ;;
        native)      echo "$HOST_CC" ;;
    esac
}

# ---- worker: build-workloads.sh __one FLAVOR SRC OUTFILE ----------------
if [[ "${1:-}" == "__one" ]]; then
    flavor="$2" src="$3" out="$4"
    tmp="$out.tmp.$$"
    read -r -a cc <<<"$(compiler_for "$flavor")"
    if ! "${cc[@]}" "${COMMON[@]}" "$src" -o "$tmp" -lm 2>"$tmp.log"; then
        echo "build-workloads: FAILED $flavor/$(basename "$out"):" >&2
        cat "$tmp.log" >&2
        rm -f "$tmp" "$tmp.log"
        exit 1
    fi
    if [[ -s "$tmp.log" ]]; then
        echo "build-workloads: warnings in $flavor/$(basename "$out"):" >&2
        cat "$tmp.log" >&2
    fi
    rm -f "$tmp.log"
    mv -f "$tmp" "$out"
    [[ -n "${VERBOSE:-}" ]] && echo "  built $flavor/$(basename "$out")" >&2
    exit 0
fi

if [[ "${1:-}" == "clean" ]]; then
    for d in "${FLAVORS[@]}" gen src; do rm -rf "${OUT:?}/$d"; done
    exit 0
fi

for tool in "$SPARC_CC" "$HOST_CC"; do
    command -v "$tool" >/dev/null || { echo "build-workloads: $tool not found (apt-get install gcc-sparc64-linux-gnu)" >&2; exit 1; }
done

mkdir -p "$OUT/gen" "${FLAVORS[@]/#/$OUT/}"

# Generated source: rewritten only when the generator changed.
gen="$OUT/gen/manyfuncs.c"
if [[ ! -e "$gen" || "$HERE/gen-manyfuncs.sh" -nt "$gen" ]]; then
    bash "$HERE/gen-manyfuncs.sh" "$gen" 3000
fi

# Out-of-date list, biggest compile (the generated file) first.
jobs_file="$(mktemp)"
trap 'rm -f "$jobs_file"' EXIT
for src in "$gen" "$HERE"/workloads/*.c; do
    name="$(basename "$src" .c)"
    for flavor in "${FLAVORS[@]}"; do
        out="$OUT/$flavor/$name"
        if [[ ! -e "$out" || "$src" -nt "$out" || "$SELF" -nt "$out" ]]; then
            printf '%s\0%s\0%s\0' "$flavor" "$src" "$out" >>"$jobs_file"
        fi
    done
done

if [[ -s "$jobs_file" ]]; then
    n=$(( $(tr -cd '\0' <"$jobs_file" | wc -c) / 3 ))
    echo "build-workloads: compiling $n target(s) into $OUT" >&2
    xargs -0 -n 3 -P "$JOBS" bash "$SELF" __one <"$jobs_file"
fi

# ---- the real program: libbz2 from Debian's bzip2 source package ---------
bzsrc="$(ls -d "$OUT"/src/bzip2-*/ 2>/dev/null | head -n 1 || true)"
if [[ -z "$bzsrc" ]]; then
    mkdir -p "$OUT/src"
    if (cd "$OUT/src" && apt-get source --download-only bzip2 >"$OUT/src/apt.log" 2>&1 \
            && tar xzf bzip2_*.orig.tar.gz); then
        bzsrc="$(ls -d "$OUT"/src/bzip2-*/ | head -n 1)"
    else
        echo "build-workloads: cannot fetch Debian's bzip2 source (apt-get source bzip2, see $OUT/src/apt.log): bzip2 skipped" >&2
    fi
fi
if [[ -n "$bzsrc" ]]; then
    bzlib=(blocksort huffman crctable randtable compress decompress bzlib)
    bzfiles=("${bzlib[@]/#/$bzsrc}")
    bzfiles=("${bzfiles[@]/%/.c}")
    for flavor in "${FLAVORS[@]}"; do
        out="$OUT/$flavor/bzip2"
        if [[ ! -e "$out" || "$HERE/real/bzip2.c" -nt "$out" || "$SELF" -nt "$out" ]]; then
            read -r -a cc <<<"$(compiler_for "$flavor")"
            # The library as Debian ships it: its own warnings are not ours (-w).
            "${cc[@]}" -O2 -static -std=gnu11 -w -fno-stack-protector -I"$bzsrc" \
                "$HERE/real/bzip2.c" "${bzfiles[@]}" -o "$out"
            [[ -n "${VERBOSE:-}" ]] && echo "  built $flavor/bzip2" >&2
        fi
    done
fi

if [[ "${1:-}" == "check" ]]; then
    status=0
    for nat in "$OUT"/native/*; do
        name="$(basename "$nat")"
        want="$("$nat")"
        for flavor in sparc64 sparc32plus; do
            got="$(timeout 120 "qemu-$flavor" "$OUT/$flavor/$name" 2>&1)" || true
            if [[ "$got" == "$want" ]]; then
                echo "ok       $flavor/$name"
            else
                echo "MISMATCH $flavor/$name"; status=1
            fi
        done
    done
    exit $status
fi
