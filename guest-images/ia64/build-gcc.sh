#!/bin/bash
# Build a freestanding C cross compiler for ia64-linux-gnu from Debian's
# gcc-12 source package (bookworm: gcc-12 12.2.0-14+deb12u1).
#
# Only needed to REBUILD the committed IA-64 C images (guest-images/ia64/out);
# CI does not run this.  Assembler and linker come from Debian's
# binutils-ia64-linux-gnu package (ia64-linux-gnu-as/-ld on PATH).
#
# Usage: build-gcc.sh [PREFIX] [WORKDIR]
#   PREFIX   install prefix (default /work/scratch/ia64-gcc)
#   WORKDIR  scratch directory for sources and objects (default PREFIX.build)
# Environment:
#   GCC_DEB_SRC  an already unpacked `apt-get source gcc-12` directory
#                (containing debian/ and gcc-12.2.0-dfsg.tar.xz); it is only
#                read.  Without it the script runs `apt-get source gcc-12`
#                in WORKDIR (needs deb-src lines).
#   JOBS         make -j value (default: number of cores)
#   NICE         nice level for the build (default 15)
#
# Build dependencies (Debian): libgmp-dev libmpfr-dev libmpc-dev flex bison
#   binutils-ia64-linux-gnu, plus xz-utils, make, a native gcc/g++.
# Takes ~25-45 minutes on two cores.
set -euo pipefail

PREFIX=${1:-/work/scratch/ia64-gcc}
WORK=${2:-$PREFIX.build}
JOBS=${JOBS:-$(nproc)}
NICE=${NICE:-15}
TARGET=ia64-linux-gnu

for t in $TARGET-as $TARGET-ld $TARGET-ar $TARGET-ranlib; do
    command -v "$t" >/dev/null || { echo "missing $t (apt-get install binutils-ia64-linux-gnu)" >&2; exit 1; }
done

mkdir -p "$WORK"
cd "$WORK"

# 1. The Debian source package.
if [ -n "${GCC_DEB_SRC:-}" ]; then
    DEB=$GCC_DEB_SRC
else
    if ! ls -d gcc-12-*/debian >/dev/null 2>&1; then
        apt-get source gcc-12
    fi
    DEB=$(ls -d "$WORK"/gcc-12-*/ | head -1)
fi
TARBALL=$(ls "$DEB"/gcc-*-dfsg.tar.xz | head -1)
echo "gcc source: $TARBALL"

# 2. Unpack the upstream tarball as debian/rules.unpack does: the tarball's
#    top directory (gcc-12.2.0) becomes src/.
if [ ! -d src ]; then
    rm -rf gcc-12.2.0
    tar -x -f "$TARBALL"
    mv gcc-12.2.0 src
    # The only Debian patch applied: the dfsg tarball lacks the GFDL
    # texinfo sources, so s-tm-texi must not compare against doc/tm.texi.
    patch -p1 < "$DEB/debian/patches/gcc-gfdl-build.diff"
fi

# 3. Configure and build gcc (C only, no headers, no target libraries but
#    libgcc).
mkdir -p obj
cd obj
if [ ! -f Makefile ]; then
    ../src/configure \
        --target=$TARGET \
        --prefix="$PREFIX" \
        --with-as="$(command -v $TARGET-as)" \
        --with-ld="$(command -v $TARGET-ld)" \
        --enable-languages=c \
        --without-headers \
        --disable-shared \
        --disable-threads \
        --disable-libssp \
        --disable-libgomp \
        --disable-libquadmath \
        --disable-libatomic \
        --disable-nls \
        --disable-multilib \
        --disable-bootstrap
fi
nice -n "$NICE" make -j"$JOBS" all-gcc all-target-libgcc
make install-gcc install-target-libgcc
echo "installed: $PREFIX/bin/$TARGET-gcc"
"$PREFIX/bin/$TARGET-gcc" --version | head -1
