#!/usr/bin/env python3
"""Run the built guest programs under a reference emulator (qemu-sparc64 by
default) the way the test harness does, and check or record the results.

    guest-images/run-reference.py [--out DIR] [--runner CMD] [--record DIR] [--runs N]

For every DIR/NAME-O0 and DIR/NAME-O2 (see build.sh) the program is run with
the arguments from src/NAME.args (whitespace separated, no quoting), stdin
from src/NAME.stdin (or /dev/null), the current directory set to a fresh
empty temporary directory and the environment replaced by
PATH=/usr/bin:/bin HOME=/tmp LANG=C LASTMILE_TEST=1 (as the cargo
test harness does).  Each program is run --runs times
(default 2) and all runs must agree (stdout, stderr, exit status); the -O0
and -O2 builds must agree too.  The crash programs (DIR/crash/NAME) are run
once each and their fate is printed.

--record DIR writes NAME-O0.stdout / .stderr / .status (and the same for
-O2 and crash/NAME) into DIR; a status file holds "exit N" or "signal N".
Exit status: 0 if everything was deterministic and O0/O2 agreed, else 1.
"""
import argparse
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ENV = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C", "LASTMILE_TEST": "1"}  # as tests/common/mod.rs


def status_text(rc):
    if rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = "?"
        return "signal %d (%s)" % (-rc, name)
    return "exit %d" % rc


def run_one(runner, binary, name, timeout):
    args_file = os.path.join(HERE, "src", name + ".args")
    stdin_file = os.path.join(HERE, "src", name + ".stdin")
    args = []
    if os.path.exists(args_file):
        with open(args_file, encoding="utf-8") as f:
            args = f.read().split()
    with tempfile.TemporaryDirectory(prefix="guest-run-") as cwd:
        stdin = open(stdin_file, "rb") if os.path.exists(stdin_file) else open(os.devnull, "rb")
        with stdin:
            start = time.monotonic()
            p = subprocess.run(runner + [binary] + args, stdin=stdin, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=cwd, env=ENV, timeout=timeout)
            elapsed = time.monotonic() - start
        leftovers = sorted(os.listdir(cwd))
    return (p.stdout, p.stderr, p.returncode), elapsed, leftovers


def record(dirname, stem, result):
    os.makedirs(os.path.dirname(os.path.join(dirname, stem)), exist_ok=True)
    out, err, rc = result
    with open(os.path.join(dirname, stem + ".stdout"), "wb") as f:
        f.write(out)
    with open(os.path.join(dirname, stem + ".stderr"), "wb") as f:
        f.write(err)
    with open(os.path.join(dirname, stem + ".status"), "w") as f:
        f.write(status_text(rc) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.environ.get("LASTMILE_GUEST_OUT", os.path.join(HERE, "out", "sparc64")))
    ap.add_argument("--runner", default="qemu-sparc64", help="command prefix, e.g. 'qemu-sparc64'")
    ap.add_argument("--record", help="directory to write reference outputs into")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    a = ap.parse_args()
    runner = shlex.split(a.runner)

    names = sorted(f[:-2] for f in os.listdir(os.path.join(HERE, "src")) if f.endswith(".c"))
    problems = 0
    total_time = 0.0
    for name in names:
        results = {}
        for opt in ("O0", "O2"):
            binary = os.path.join(a.out, "%s-%s" % (name, opt))
            if not os.path.exists(binary):
                print("MISSING %s (run build.sh)" % binary)
                problems += 1
                continue
            runs = []
            for _ in range(a.runs):
                res, elapsed, leftovers = run_one(runner, binary, name, a.timeout)
                total_time += elapsed
                runs.append((res, elapsed, leftovers))
            first = runs[0][0]
            same = all(r[0] == first for r in runs)
            slowest = max(r[1] for r in runs)
            left = runs[0][2]
            results[opt] = first
            flag = "" if same else "  NONDETERMINISTIC"
            if not same:
                problems += 1
            if left:
                flag += "  LEFT FILES: %s" % " ".join(left)
            print("%-18s %-3s %-22s out %6d B  err %5d B  %.2fs%s" % (
                name, opt, status_text(first[2]), len(first[0]), len(first[1]), slowest, flag))
            if a.record:
                record(a.record, "%s-%s" % (name, opt), first)
        if len(results) == 2 and results["O0"] != results["O2"]:
            problems += 1
            print("%-18s O0 and O2 DIFFER" % name)

    crash_dir = os.path.join(a.out, "crash")
    if os.path.isdir(crash_dir):
        for name in sorted(os.listdir(crash_dir)):
            binary = os.path.join(crash_dir, name)
            res, elapsed, _ = run_one(runner, binary, name, a.timeout)
            first_err = res[1].decode("utf-8", "replace").splitlines()[:1]
            print("crash/%-16s %-22s stdout %r stderr %r" % (
                name, status_text(res[2]), res[0].decode("utf-8", "replace").strip(), first_err[0] if first_err else ""))
            if a.record:
                record(a.record, "crash/" + name, res)
    print("total guest run time %.1fs, problems: %d" % (total_time, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
