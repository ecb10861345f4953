#!/usr/bin/env bash
# Builds the IA-64 guest images.  The binaries are committed (guest-images/
# ia64/out/), so CI needs neither this script nor an IA-64 compiler; run it
# after changing a source.
#
#   guest-images/ia64/build.sh [asm] [c] [check]
#     asm    assemble asm/*.S into out/asm/NAME (ia64-linux-gnu-as/-ld from
#            Debian's binutils-ia64-linux-gnu); deterministic
#     c      build libc/ and every c/NAME.c at -O0, -O2, -O3 into
#            out/c/NAME-O0, -O2, -O3 with the cross gcc from build-gcc.sh
#            ($IA64_CC, default /work/scratch/ia64-gcc/bin/ia64-linux-gnu-gcc,
#            or ia64-linux-gnu-gcc on PATH)
#     check  re-assemble asm/*.S into a temporary directory and compare with
#            the committed out/asm binaries (exit 1 on a difference)
#   Without arguments: asm, and c when the compiler exists.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
AS="${AS:-ia64-linux-gnu-as}"
LD="${LD:-ia64-linux-gnu-ld}"
if [[ -z "${IA64_CC:-}" ]]; then
    if [[ -x /work/scratch/ia64-gcc/bin/ia64-linux-gnu-gcc ]]; then
        IA64_CC=/work/scratch/ia64-gcc/bin/ia64-linux-gnu-gcc
    else
        IA64_CC=ia64-linux-gnu-gcc
    fi
fi
# The C programs: no libc but ours, no builtins that would call one,
# -ffp-contract=off so doubles round like the native x86-64 build.
CFLAGS=(-static -nostdlib -ffreestanding -fno-builtin -ffp-contract=off
        -std=gnu11 -Wall -Wextra -Wno-unused-parameter -I "$HERE/libc")

asm_one() { # SRC OUTDIR
    local src="$1" outdir="$2" name tmp
    name="$(basename "$src" .S)"
    tmp="$(mktemp -d)"
    "$AS" -I "$HERE/asm" -o "$tmp/$name.o" "$src" 2>"$tmp/log" || { cat "$tmp/log" >&2; rm -rf "$tmp"; return 1; }
    "$LD" -static -o "$tmp/$name" "$tmp/$name.o"
    mv -f "$tmp/$name" "$outdir/$name"
    rm -rf "$tmp"
}

build_asm() {
    mkdir -p "$HERE/out/asm"
    local n=0 src
    for src in "$HERE"/asm/*.S; do
        asm_one "$src" "$HERE/out/asm"
        n=$((n + 1))
    done
    echo "ia64 asm: $n programs in $HERE/out/asm"
}

check_asm() {
    local tmp bad=0 src name
    tmp="$(mktemp -d)"
    for src in "$HERE"/asm/*.S; do
        name="$(basename "$src" .S)"
        asm_one "$src" "$tmp"
        if ! cmp -s "$tmp/$name" "$HERE/out/asm/$name"; then
            echo "stale or missing: out/asm/$name (run guest-images/ia64/build.sh asm)" >&2
            bad=1
        fi
    done
    rm -rf "$tmp"
    return $bad
}

build_c() {
    command -v "$IA64_CC" >/dev/null || { echo "ia64 c: no compiler ($IA64_CC); see build-gcc.sh" >&2; return 1; }
    mkdir -p "$HERE/out/c"
    local tmp libgcc src name opt
    tmp="$(mktemp -d)"
    libgcc="$("$IA64_CC" -print-libgcc-file-name)"
    for opt in -O0 -O2 -O3; do
        # the tiny libc (always -O2)
        local objs=()
        for src in "$HERE"/libc/*.c "$HERE"/libc/*.S; do
            [[ -f "$src" ]] || continue
            name="$(basename "$src")"
            "$IA64_CC" "${CFLAGS[@]}" -O2 -c "$src" -o "$tmp/${name%.*}$opt.o"
            objs+=("$tmp/${name%.*}$opt.o")
        done
        for src in "$HERE"/c/*.c; do
            name="$(basename "$src" .c)"
            "$IA64_CC" "${CFLAGS[@]}" "$opt" "$src" "${objs[@]}" "$libgcc" -o "$HERE/out/c/$name$opt"
            # keep the symbols (labels in disassembly), drop libgcc's DWARF
            "${IA64_CC%gcc}strip" --strip-debug -R .comment "$HERE/out/c/$name$opt" 2>/dev/null \
                || ia64-linux-gnu-strip --strip-debug -R .comment "$HERE/out/c/$name$opt"
        done
    done
    rm -rf "$tmp"
    echo "ia64 c: $(ls "$HERE"/c/*.c | wc -l) programs x 3 levels in $HERE/out/c ($("$IA64_CC" --version | head -1))"
}

actions=("$@")
if [[ ${#actions[@]} -eq 0 ]]; then
    actions=(asm)
    command -v "$IA64_CC" >/dev/null && actions+=(c)
fi
for a in "${actions[@]}"; do
    case "$a" in
        asm) build_asm ;;
        c) build_c ;;
        check) check_asm ;;
        *) echo "build.sh: unknown action $a" >&2; exit 2 ;;
    esac
done
