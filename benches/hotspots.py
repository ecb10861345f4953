#!/usr/bin/env python3
"""Where translated code spends its time, host instruction by host instruction.

Record a run with perf while lastmile logs the guest and host code of every
translation (the host addresses in the log are those perf samples):

    perf record -e cpu-clock -F 20000 -o perf.data \\
        target/release/lastmile -d in_asm,out_asm -D tx.log benches/out/sparc64/W
    perf script -i perf.data -F ip > ips.txt
    python3 benches/hotspots.py ips.txt tx.log [--top 3] [--min 10]

It prints the translations holding the most samples (share of all samples,
the guest address and size as `-d out_asm` gives them, their host
instruction count), then for the `--top` hottest the guest code and each
host instruction with its sample count (those with at least `--min` samples,
or all with `--all`). Samples land on the instruction after a slow one
(skid), so read counts over a few neighbours.
"""
import argparse
import collections
import re
import sys

OUT = re.compile(r"^OUT: \[guest (0x[0-9a-f]+), (\d+) bytes\]")
HOST = re.compile(r"^\s+0x([0-9a-f]+):\s+(.*)$")


def read_samples(path):
    counts = collections.Counter()
    with open(path) as f:
        for line in f:
            word = line.strip().split()
            if not word:
                continue
            try:
                counts[int(word[0], 16)] += 1
            except ValueError:
                continue
    return counts


def read_translations(path):
    """[(header, guest lines, [(host address, text)])] in log order."""
    out = []
    guest = []
    cur = None
    in_guest = False
    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("IN:"):
                guest = []
                in_guest = True
                cur = None
                continue
            m = OUT.match(line)
            if m:
                cur = (line, guest, [])
                out.append(cur)
                in_guest = False
                continue
            if in_guest:
                if line.strip():
                    guest.append(line)
                continue
            if cur is not None:
                h = HOST.match(line)
                if h:
                    cur[2].append((int(h.group(1), 16), h.group(2)))
                elif not line.strip():
                    cur = None
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ips", help="`perf script -F ip` output")
    ap.add_argument("log", help="lastmile's -d in_asm,out_asm log of the same run")
    ap.add_argument("--top", type=int, default=3, help="translations to annotate (3)")
    ap.add_argument("--min", type=int, default=10, help="least samples of a host instruction shown (10)")
    ap.add_argument("--all", action="store_true", help="show every host instruction of the annotated translations")
    a = ap.parse_args()
    counts = read_samples(a.ips)
    total = sum(counts.values())
    if total == 0:
        sys.exit("hotspots: no samples in " + a.ips)
    trans = read_translations(a.log)
    scored = []
    for t in trans:
        n = sum(counts.get(addr, 0) for addr, _ in t[2])
        if n:
            scored.append((n, t))
    scored.sort(key=lambda x: -x[0])
    inside = sum(n for n, _ in scored)
    print(f"{total} samples, {inside} ({100 * inside / total:.1f}%) in translated code")
    for n, t in scored[:20]:
        print(f"  {100 * n / total:5.1f}%  {t[0][5:]}  {len(t[2])} host insns")
    for n, t in scored[: a.top]:
        print(f"\n{t[0]}  {n} samples ({100 * n / total:.1f}%)")
        for g in t[1]:
            print("   " + g.strip())
        print()
        for addr, text in t[2]:
            c = counts.get(addr, 0)
            if a.all or c >= a.min:
                print(f"  {c:6d}  {addr:#x}  {text}")


if __name__ == "__main__":
    main()
