#!/usr/bin/env bash
# The test command: installs what the tests need (with apt, when missing),
# builds the guest images, then runs every test of the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

# Reference emulators, cross toolchains (sparc64, 32-bit SPARC multilib,
# IA-64 binutils) and the 32-bit SPARC C library; python3 for the IA-64
# expected-output derivation (guest-images/ia64/asm/expected.py).  The IA-64
# images themselves are committed: no IA-64 compiler is needed here.
want=(qemu-user gcc-sparc64-linux-gnu binutils-sparc64-linux-gnu
      gcc-12-multilib-sparc64-linux-gnu libc6-dev-sparc-sparc64-cross
      binutils-ia64-linux-gnu python3)
pkgs=()
for p in "${want[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || pkgs+=("$p")
done
if ((${#pkgs[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${pkgs[@]}"
fi

bash guest-images/build.sh
cargo test --workspace "$@"
