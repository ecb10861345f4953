#!/usr/bin/env bash
# The test command: installs what the tests need (with apt, when missing),
# builds the guest images, then runs every test of the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=()
command -v qemu-sparc64 >/dev/null || pkgs+=(qemu-user)
command -v sparc64-linux-gnu-gcc >/dev/null || pkgs+=(gcc-sparc64-linux-gnu)
command -v sparc64-linux-gnu-objdump >/dev/null || pkgs+=(binutils-sparc64-linux-gnu)
if ((${#pkgs[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${pkgs[@]}"
fi

bash guest-images/build.sh
cargo test --workspace "$@"
