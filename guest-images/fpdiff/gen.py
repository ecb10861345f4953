#!/usr/bin/env python3
"""Random-operand differential test programs for SPARC V9 floating point.

For a seed, writes a libc-free sparc64 assembly program that runs N FP
operations. Each operation:

  * loads %fsr with ldxfsr: a random rounding direction (RD, bits 31:30),
    TEM = 0 (all traps masked, so no SIGFPE), NS = 0, random cexc, aexc
    random or clear, random fcc0..fcc3; 5% of operations load it with
    ldfsr (low word: fcc1-3 kept), 10% do not reload it at all (the
    previous operation's %fsr carries over: aexc accrues);
  * loads "garbage" into the destination register(s) (so a single-precision
    result must leave the other half of its double register alone), then the
    operands into randomly chosen %f registers (single: %f0-%f31, double:
    %f0-%f60, quad: %f0-%f56; %f62 is reserved);
  * for FMOVcc on %icc/%xcc sets %ccr (wr), for FMOVr loads %g4;
  * executes one FP instruction: fadd/fsub/fmul/fdiv/fsqrt s,d,q; fsmuld,
    fdmulq; fmov/fneg/fabs s,d,q; the 18 conversions fitos..fqtod;
    fcmp/fcmpe s,d,q on %fcc0-3; FMOVcc s,d,q on %fcc0-3/%icc/%xcc (all 16
    conditions); FMOVr s,d,q (all 6 register conditions);
  * stores %fsr (stxfsr) and the double register(s) holding the result.

Afterwards it writes the output buffer to stdout with the raw write syscall
(ta 0x6d, %g1 = 4) and exits (%g1 = 1). Every operation has a 24-byte output
record: fsr, result high 8 bytes, result low 8 bytes (zero when unused).

A manifest (one line per operation: index, instruction, fsr in, operands,
destination garbage) is written next to the program so that a difference can
be decoded.

Operands are drawn to hit zeros, denormals (min/max), normals (min/max),
infinities, quiet and signalling NaNs with payloads, 1.0 and its neighbours,
values at rounding boundaries (half-ulp patterns for narrowing conversions
and float->int), overflow/underflow boundaries for products and quotients,
exact squares for square roots, cancellation (b = a, b = -a, nearby
exponents), and plain random bits.

Combinations where QEMU 7.2 (the reference) knowingly departs from the V9
manual are NOT generated (lastmile follows the manual; the cases are
recorded in jit/tests/sparc_fp.rs / jit/tests/sparc_fp/gen_qemu_cases.py):

  1. two NaN operands to a NaN-propagating binary op (fadd/fsub/fmul/fdiv
     s/d/q, fsmuld, fdmulq): QEMU 7.2 picks the NaN by x87 rules, not
     SPARC's (rs2's NaN wins only if ... see the manual's table).
  2. a signalling NaN operand to fstod, fstoq, fdtoq: QEMU 7.2 does not
     check IEEE exceptions after these, so nv is lost (and left pending in
     its softfloat state; the program also "drains" that state with
     faddd %f62,%f62,%f62 of +0 after each operation as the reference
     generator does, harmless on lastmile).
  3. fcmpq/fcmpeq on %fcc1..%fcc3: QEMU 7.2 clears low %fsr bits; quad
     compares use %fcc0 only.  And a NaN operand to fcmpq (non-signalling):
     QEMU 7.2 sets nv for any unordered fcmpq.
  4. stqf (QEMU 7.2 bug): results are stored with std, quads with two std.
  5. VIS: see V1-V9 below (masked operands or forms not generated).

With --no-avoid the generator keeps those combinations (to re-check QEMU).

A share of the operations (--vis-share, default 0.3) are VIS 1/2 operations
and FP alternate-space loads and stores instead (see "VIS 1/2" below).

Usage: gen.py --seed S --ops N --out PREFIX
       (writes PREFIX.S, PREFIX.txt, PREFIX.counts: FP and VIS op counts)
"""
import argparse, random

# ---------------------------------------------------------------- formats
FMT = {'s': (8, 23), 'd': (11, 52), 'q': (15, 112)}
WIDTH = {'s': 32, 'd': 64, 'q': 128, 'i': 32, 'x': 64}


def parts(f):
    e, m = FMT[f]
    return e, m, (1 << (e - 1)) - 1, (1 << e) - 1


def make(f, sign, exp, mant):
    e, m, _, _ = parts(f)
    return (sign << (e + m)) | (exp << m) | (mant & ((1 << m) - 1))


def is_nan(f, v):
    if f not in FMT:
        return False
    e, m, _, emax = parts(f)
    return (v >> m) & emax == emax and v & ((1 << m) - 1) != 0


def is_snan(f, v):
    e, m, _, _ = parts(f)
    return is_nan(f, v) and not (v >> (m - 1)) & 1


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def bits(self, n):
        return self.r.getrandbits(n) if n > 0 else 0

    def mant(self, f):
        _, m, _, _ = parts(f)
        c = self.r.random()
        if c < 0.45:
            return self.bits(m)
        if c < 0.55:
            return 0
        if c < 0.62:
            return (1 << m) - 1
        if c < 0.74:  # only a few low bits
            return self.bits(self.r.randrange(1, 8))
        if c < 0.86:  # only a few high bits
            k = self.r.randrange(1, 8)
            return self.bits(k) << (m - k)
        # a run of ones or zeros at a random place
        k = self.r.randrange(1, m)
        return ((1 << k) - 1) << self.r.randrange(0, m - k + 1) if self.r.random() < 0.5 else ((1 << m) - 1) ^ (1 << self.r.randrange(m))

    def nan(self, f, quiet=None):
        _, m, _, emax = parts(f)
        if quiet is None:
            quiet = self.r.random() < 0.5
        payload = self.bits(m - 1) if self.r.random() < 0.7 else self.bits(self.r.randrange(1, 5))
        if not quiet and payload == 0:
            payload = 1
        return make(f, self.bits(1), emax, (int(quiet) << (m - 1)) | payload)

    def special(self, f):
        e, m, bias, emax = parts(f)
        s = self.bits(1)
        return self.r.choice([
            make(f, s, 0, 0),                       # zero
            make(f, s, 0, 1),                       # min denormal
            make(f, s, 0, (1 << m) - 1),            # max denormal
            make(f, s, 0, 1 << (m - 1)),            # mid denormal
            make(f, s, 1, 0),                       # min normal
            make(f, s, 1, 1),
            make(f, s, emax - 1, (1 << m) - 1),     # max normal
            make(f, s, emax - 1, 0),
            make(f, s, emax, 0),                    # infinity
            self.nan(f, True), self.nan(f, False),
            make(f, s, bias, 0),                    # 1.0
            make(f, s, bias, 1),                    # 1 + ulp
            make(f, s, bias - 1, (1 << m) - 1),     # 1 - ulp/2
            make(f, s, bias + 1, 0),                # 2.0
            make(f, s, bias + 1, 1 << (m - 1)),     # 3.0
            make(f, s, bias - 4, self.bits(m)),
        ])

    def value(self, f):
        e, m, bias, emax = parts(f)
        c = self.r.random()
        if c < 0.25:
            return self.special(f)
        if c < 0.32:
            return self.nan(f)
        s = self.bits(1)
        c = self.r.random()
        if c < 0.3:
            ex = self.r.randrange(0, emax)
        elif c < 0.6:
            ex = max(1, min(emax - 1, bias + self.r.randrange(-40, 41)))
        elif c < 0.8:
            ex = self.r.randrange(0, 4)
        else:
            ex = self.r.randrange(emax - 4, emax)
        return make(f, s, ex, self.mant(f))

    def exp_of(self, f, v):
        e, m, _, emax = parts(f)
        return (v >> m) & emax

    def with_exp(self, f, v, ex):
        e, m, bias, emax = parts(f)
        if ex <= 0 or ex >= emax:
            ex = max(0, min(emax - 1, ex))
        return make(f, v >> (e + m), ex, v)

    def pair(self, op, f):
        """Two operands for a binary op of format f."""
        e, m, bias, emax = parts(f)
        a = self.value(f)
        c = self.r.random()
        if c < 0.55 or is_nan(f, a) or self.exp_of(f, a) == emax:
            b = self.value(f)
        elif c < 0.62:
            b = a
        elif c < 0.68:
            b = a ^ (1 << (e + m))
        elif c < 0.8:  # nearby exponent: cancellation and rounding in add/sub
            b = make(f, self.bits(1), 0, self.mant(f) if self.r.random() < 0.5 else a ^ self.bits(4))
            b = self.with_exp(f, b, self.exp_of(f, a) + self.r.randrange(-(m + 3), m + 4))
        else:  # product / quotient near the overflow or underflow boundary
            ea = self.exp_of(f, a)
            target = self.r.choice([emax - 1, emax, 1, 0, -m, -m - 1]) + self.r.randrange(-2, 3)
            if op.startswith('fdiv'):
                eb = ea - target + bias
            else:
                eb = target - ea + bias
            b = self.with_exp(f, make(f, self.bits(1), 0, self.mant(f)), eb)
        if self.r.random() < 0.5:
            a, b = b, a
        return a, b

    def sqrt_arg(self, f):
        e, m, bias, emax = parts(f)
        if f in 'sd' and self.r.random() < 0.2:
            # an exact square (odd and even exponents), or a neighbour
            import struct
            k = m // 2 - 1
            x = make(f, 0, bias + self.r.randrange(-60, 61), self.bits(k) << (m - k))
            if f == 's':
                xf = struct.unpack('>f', struct.pack('>I', x))[0]
                v = struct.unpack('>I', struct.pack('>f', xf * xf))[0]
            else:
                xf = struct.unpack('>d', struct.pack('>Q', x))[0]
                v = struct.unpack('>Q', struct.pack('>d', xf * xf))[0]
            return v + self.r.choice([0, 0, 1, -1]) if v > 1 else v
        v = self.value(f)
        if self.r.random() < 0.75:
            v &= ~(1 << (e + m))
        return v

    def narrowing(self, src, dst):
        """A src value near dst's rounding, overflow and underflow edges."""
        if self.r.random() < 0.25:
            return self.value(src)
        se, sm, sbias, semax = parts(src)
        de, dm, dbias, demax = parts(dst)
        c = self.r.random()
        if c < 0.35:
            ue = self.r.randrange(-30, 31)
        elif c < 0.65:
            ue = (demax - 1 - dbias) + self.r.randrange(-2, 3)   # overflow edge
        else:
            ue = (1 - dbias) - self.r.randrange(-2, dm + 4)      # denormal range
        drop = sm - dm  # low bits lost when rounding to dst's precision
        if ue < 1 - dbias:
            drop += (1 - dbias) - ue
        drop = min(drop, sm)
        hi = self.bits(sm - drop) << drop if drop < sm else 0
        pat = self.r.choice(['half', 'below', 'above', 'rand', 'zero'])
        half = 1 << (drop - 1) if drop > 0 else 0
        lo = {'half': half, 'below': half - 1 if half else 0, 'above': half + 1 if half else 0,
              'rand': self.bits(drop), 'zero': 0}[pat]
        return make(src, self.bits(1), sbias + ue, hi | (lo & ((1 << drop) - 1)))

    def to_int(self, src, width):
        """A src value near integer edges: .5 fractions, +-2^31, +-2^63."""
        if self.r.random() < 0.25:
            return self.value(src)
        se, sm, sbias, semax = parts(src)
        c = self.r.random()
        if c < 0.4:
            ue = width - 1 + self.r.randrange(-2, 2)
        else:
            ue = self.r.randrange(-3, width + 2)
        ue = min(ue, sbias)
        frac_bits = max(0, min(sm, sm - ue))
        hi = self.bits(sm - frac_bits) << frac_bits
        if self.r.random() < 0.2:
            hi = 0 if self.r.random() < 0.5 else ((1 << (sm - frac_bits)) - 1) << frac_bits
        half = 1 << (frac_bits - 1) if frac_bits > 0 else 0
        lo = self.r.choice([0, half, half - 1 if half else 0, half + 1 if half else 0, self.bits(frac_bits)])
        return make(src, self.bits(1), sbias + ue, hi | (lo & ((1 << frac_bits) - 1)))

    def integer(self, width, dst):
        c = self.r.random()
        if c < 0.3:
            v = self.r.choice([0, 1, -1, 2, 3, -3, 7, (1 << 24) + 1, -(1 << 24) - 3, (1 << 31) - 1, -(1 << 31),
                               (1 << 53) + 1, -(1 << 53) - 3, (1 << 63) - 1, -(1 << 63), (1 << 31) + 1])
        elif c < 0.6:
            # a rounding edge for the destination: a leading 1 then a half pattern
            _, dm, _, _ = parts(dst)
            n = self.r.randrange(1, width)
            v = (1 << n) | self.bits(n)
            if n > dm:
                drop = n - dm
                v = (v >> drop << drop) | self.r.choice([1 << (drop - 1), (1 << (drop - 1)) - 1, (1 << (drop - 1)) + 1])
            if self.r.random() < 0.5:
                v = -v
        else:
            v = self.bits(self.r.randrange(1, width + 1))
            if self.r.random() < 0.5:
                v = -v
        return v & ((1 << width) - 1)


# ---------------------------------------------------------------- operations
# name: (kind, source format, destination format)
OPS = {}
for p in 'sdq':
    for o in ('fadd', 'fsub', 'fmul', 'fdiv'):
        OPS[o + p] = ('bin', p, p)
    OPS['fsqrt' + p] = ('un', p, p)
    for o in ('fmov', 'fneg', 'fabs'):
        OPS[o + p] = ('un', p, p)
    OPS['fcmp' + p] = ('cmp', p, None)
    OPS['fcmpe' + p] = ('cmp', p, None)
OPS['fsmuld'] = ('bin', 's', 'd')
OPS['fdmulq'] = ('bin', 'd', 'q')
for a, b in [('i', 's'), ('i', 'd'), ('i', 'q'), ('s', 'i'), ('d', 'i'), ('q', 'i'), ('s', 'x'), ('d', 'x'),
             ('q', 'x'), ('x', 's'), ('x', 'd'), ('x', 'q'), ('s', 'd'), ('s', 'q'), ('d', 's'), ('d', 'q'),
             ('q', 's'), ('q', 'd')]:
    OPS['f%sto%s' % (a, b)] = ('un', a, b)
NAN_PROPAGATING_BIN = {n for n, (k, _, _) in OPS.items() if k == 'bin'}
# Conditional moves: FMOVcc on %fcc0-3, %icc, %xcc and FMOVr on an integer
# register. One entry per precision; the condition is drawn per operation.
FCC_CONDS = ['a', 'n', 'u', 'g', 'ug', 'l', 'ul', 'lg', 'ne', 'e', 'ue', 'ge', 'uge', 'le', 'ule', 'o']
ICC_CONDS = ['a', 'n', 'ne', 'e', 'g', 'le', 'ge', 'l', 'gu', 'leu', 'cc', 'cs', 'pos', 'neg', 'vc', 'vs']
R_CONDS = ['z', 'lez', 'lz', 'nz', 'gz', 'gez']
for p in 'sdq':
    OPS['fmov%s<fcc>' % p] = ('fmovcc', p, p)
    OPS['fmov%s<icc>' % p] = ('fmovcc', p, p)
    OPS['fmovr%s' % p] = ('fmovr', p, p)


# ---------------------------------------------------------------- VIS 1/2
# VIS operations and the FP alternate-space forms, emitted as .word
# encodings (exact register fields). Each has a 56-byte input record:
#   [0] %fsr  [1] destination garbage  [2] operand a  [3] operand b
#   [4] %gsr  [5] %ccr / memory doubleword 0  [6] memory doubleword 1
# and a 24-byte output record:
#   [0] %fsr | %ccr << 56 (VIS leaves %fsr alone; edge*cc set %ccr)
#   [1] the result: the double register holding rd, or integer rd, or for
#       stores the first memory doubleword
#   [2] %gsr after the op, or the second result doubleword (ldqfa) or
#       memory doubleword (stores)
#
# Where QEMU 7.2 departs from the VIS manuals (UltraSPARC I/II User's
# Manual ch. 13, UltraSPARC Architecture 2005/2007) operands are MASKED so
# that both readings give the same answer, or the form is not generated:
#  V1. Single-register operands read as doubles: fmul8x16 (rs1), fpmerge
#      (rs1, rs2) and fexpand (QEMU reads the low word of the double named
#      by the rs1 field, 0) use the low word of a double where the manual
#      reads the single. Masked: singles are even registers whose double
#      holds the same word in both halves; fexpand reads %f1 (the low word
#      of %d0, which is what QEMU reads). fmul8x16au/al are not generated:
#      besides reading doubles, QEMU 7.2 overwrites the 16-bit multiplier
#      (lane 0 for au, lane 1 for al) with a result lane before the later
#      lanes use it.
#  V2. fcmp{gt,le,ne,eq}{16,32}: QEMU compares lanes unsigned; the manual
#      says signed. Masked: each lane of b has the sign bit of a's lane.
#  V3. edge8/16/32{,l}{,n}{,cc}: QEMU 7.2 takes both edge masks when rs1
#      and rs2 are in different 8-byte blocks and only the left one when
#      they are in the same block (the manual says the opposite), and its
#      edge32 tables are indexed by (addr & 4) instead of (addr & 4) >> 1
#      (0 for an address in the second word). Masked: only operands where
#      QEMU's answer equals the manual's (edge_manual / edge_qemu below).
#  V4. array8/16/32: QEMU's bit-field extraction of the x integer bits is
#      wrong for rs2 (cube size) other than 1. Masked: rs2 in 0..2, with
#      the bits QEMU misreads (rs1 bits 16-17 for 0, 17-18 for 2) clear.
#  V5. bshuffle: QEMU 7.2 fills rd from the least significant byte where
#      the manual fills it from the most significant one (GSR.mask bits
#      31:28 select byte 0, the most significant). Masked: palindromic
#      GSR.mask (nibble i = nibble 7-i), where both orders agree.
#  V6. fmul8ulx16 (QEMU shifts the product right by 8, not 16),
#      fmuld8sux16 and fmuld8ulx16 (QEMU rounds the 32-bit products and
#      does not shift fmuld8sux16's left by 8): not generated.
#  V7. siam (VIS 2): QEMU 7.2 raises illegal_instruction; not generated.
#  V8. Partial stores (stda with ASI_PST*, 0xc0-0xcd): QEMU 7.2 raises
#      illegal_instruction; not generated (jit/tests/sparc_fp.rs checks
#      them against the manual).
#  V9. stfa/stdfa/stqfa with a no-fault ASI (0x82/0x83/0x8a/0x8b): the
#      manual makes them a data_access_exception, QEMU 7.2 raises
#      illegal_instruction, lastmile stores (as its integer stores do): not
#      generated. No-fault loads are.
#  V10. fpsub16/16s/32/32s: QEMU 7.2 computes rs2 - rs1 (the manual:
#      rs1 - rs2). Masked: each lane of b is a's lane or a's lane with its
#      top bit flipped (where both orders agree).
VIS_OPS = {}
_LOGIC = ['fzero', 'fnor', 'fandnot2', 'fnot2', 'fandnot1', 'fnot1', 'fxor', 'fnand', 'fand', 'fxnor', 'fsrc1',
          'fornot2', 'fsrc2', 'fornot1', 'for', 'fone']
for k, n in enumerate(_LOGIC):
    VIS_OPS[n] = ('fop', 0x60 + 2 * k, 'd', 'd', 'd')
    VIS_OPS[n + 's'] = ('fop', 0x61 + 2 * k, 's', 's', 's')
for k, n in enumerate(['fpadd16', 'fpadd16s', 'fpadd32', 'fpadd32s', 'fpsub16', 'fpsub16s', 'fpsub32', 'fpsub32s']):
    w = 's' if n.endswith('s') else 'd'
    VIS_OPS[n] = ('fop', 0x50 + k, w, w, w)
for opf, n in [(0x20, 'fcmple16'), (0x22, 'fcmpne16'), (0x24, 'fcmple32'), (0x26, 'fcmpne32'), (0x28, 'fcmpgt16'),
               (0x2a, 'fcmpeq16'), (0x2c, 'fcmpgt32'), (0x2e, 'fcmpeq32')]:
    VIS_OPS[n] = ('fcmp', opf, 'd', 'd', 'r')
VIS_OPS['fmul8x16'] = ('fop', 0x31, 'S', 'd', 'd')     # S: single, masked (V1)
VIS_OPS['fmul8sux16'] = ('fop', 0x36, 'd', 'd', 'd')
VIS_OPS['fpack16'] = ('fop', 0x3b, None, 'd', 's')
VIS_OPS['fpack32'] = ('fop', 0x3a, 'd', 'd', 'd')
VIS_OPS['fpackfix'] = ('fop', 0x3d, None, 'd', 's')
VIS_OPS['pdist'] = ('fop', 0x3e, 'd', 'd', 'd')
VIS_OPS['faligndata'] = ('fop', 0x48, 'd', 'd', 'd')
VIS_OPS['fpmerge'] = ('fop', 0x4b, 'S', 'S', 'd')
VIS_OPS['bshuffle'] = ('fop', 0x4c, 'd', 'd', 'd')
VIS_OPS['fexpand'] = ('fop', 0x4d, None, 'E', 'd')     # E: %f1 (V1)
for k, n in enumerate(['edge8cc', 'edge8n', 'edge8lcc', 'edge8ln', 'edge16cc', 'edge16n', 'edge16lcc', 'edge16ln',
                       'edge32cc', 'edge32n', 'edge32lcc', 'edge32ln']):
    VIS_OPS[n] = ('edge', k, 'r', 'r', 'r')
for opf, n in [(0x10, 'array8'), (0x12, 'array16'), (0x14, 'array32')]:
    VIS_OPS[n] = ('array', opf, 'r', 'r', 'r')
for opf, n in [(0x18, 'alignaddr'), (0x1a, 'alignaddrl'), (0x19, 'bmask')]:
    VIS_OPS[n] = ('int', opf, 'r', 'r', 'r')
# FP alternate-space loads and stores: (op3, register width, load?)
FPMEM = {'ldfa': (0x30, 's', True), 'lddfa': (0x33, 'd', True), 'ldqfa': (0x32, 'q', True),
         'stfa': (0x34, 's', False), 'stdfa': (0x37, 'd', False), 'stqfa': (0x36, 'q', False)}
for n in FPMEM:
    VIS_OPS[n] = ('mem', n, None, None, None)
VIS_OPS['ldshortfa'] = ('short', True, None, None, None)
VIS_OPS['stshortfa'] = ('short', False, None, None, None)
USER_ASIS = [0x80, 0x81, 0x82, 0x83, 0x88, 0x89, 0x8a, 0x8b]
SHORT_ASIS = [0xd0, 0xd1, 0xd2, 0xd3, 0xd8, 0xd9, 0xda, 0xdb]

def edge_manual(k, a, b):
    """edge opf k (0..11) by the manual: the elements from rs1 to the end
    of its 8-byte block (left edge), and if rs2 is in the same block only
    those up to rs2 (right edge). Big-endian forms number mask bits from
    the lowest address down from the top bit, the l forms from bit 0."""
    e = 1 << (k >> 2)          # element bytes: 1, 2, 4
    n = 8 // e
    little = bool(k & 2)
    i1, i2 = (a & 7) // e, (b & 7) // e
    elems = set(range(i1, n))
    if a >> 3 == b >> 3:
        elems &= set(range(0, i2 + 1))
    return sum(1 << (i if little else n - 1 - i) for i in elems)


def edge_qemu(k, a, b):
    """edge as QEMU 7.2 computes it (V3): tables indexed by
    (addr & imask) << shift (edge32 reads past its table for the second
    word), and both edges when the blocks DIFFER."""
    width, left = 8 << (k >> 2), bool(k & 2)
    imask, shift, omask, tabl, tabr = {
        (8, True): (7, 3, 0xff, 0x80c0e0f0f8fcfeff, 0xff7f3f1f0f070301),
        (8, False): (7, 3, 0xff, 0x0103070f1f3f7fff, 0xfffefcf8f0e0c080),
        (16, True): (6, 1, 0xf, 0x8cef, 0xf731),
        (16, False): (6, 1, 0xf, 0x137f, 0xfec8),
        (32, True): (4, 0, 3, (2 << 2) | 3, (3 << 2) | 1),
        (32, False): (4, 0, 3, (1 << 2) | 3, (3 << 2) | 2)}[(width, left)]
    l = (tabl >> ((a & imask) << shift)) & omask
    r = (tabr >> ((b & imask) << shift)) & omask
    return l if a >> 3 == b >> 3 else l & r


def edge_agree(k, a, b):
    """V3: do the manual and QEMU 7.2 give the same edge mask?"""
    return edge_manual(k, a, b) == edge_qemu(k, a, b)


def dfield(n):
    """The rd/rs field encoding double register %d n (n even, 0..62)."""
    return (n & 0x1e) | (n >> 5)


def dreg(r):
    return 2 * r.randrange(0, 31)     # %d0..%d60 (%d62 is reserved)


def vis_lanes(g):
    """A 64-bit operand: random, or lanes near the 8/16/32-bit edges."""
    r = g.r
    c = r.random()
    if c < 0.5:
        return r.getrandbits(64)
    if c < 0.75:
        edge = [0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x100, 0xff00]
        v = 0
        for i in range(4):
            v |= (r.choice(edge) & 0xffff if r.random() < 0.7 else r.getrandbits(16)) << (16 * i)
        return v
    v = 0
    for i in range(8):
        v |= r.choice([0, 0xff, 0x80, 0x7f, 1, r.getrandbits(8)]) << (8 * i)
    return v


def dup(v):
    v &= 0xffffffff
    return v << 32 | v


def gen_vis_op(g, name):
    """One VIS / FP alternate-space operation: (text lines, 7 input quads, manifest)."""
    r = g.r
    kind = VIS_OPS[name][0]
    fsr = r.getrandbits(2) << 30 | r.getrandbits(5) << 5 | r.getrandbits(5) | r.getrandbits(2) << 10 | r.getrandbits(6) << 32
    garbage = r.getrandbits(64)
    a, b = vis_lanes(g), vis_lanes(g)
    gsr = r.getrandbits(64)
    m0, m1 = r.getrandbits(64), r.getrandbits(64)
    t = []
    desc = name

    def ld_fsr_ccr():
        t.append('\tldx [%o0], %fsr')
        t.append('\tldx [%o0+40], %g1')
        t.append('\twr %g1, 0, %ccr')
        t.append('\tldx [%o0+32], %g1')
        t.append('\twr %g1, 0, %gsr')

    def word(w, what):
        t.append('\t.word 0x%08x\t! %s' % (w, what))

    def out_fsr():
        t.append('\tstx %fsr, [%o1]')
        t.append('\tldx [%o1], %g1')
        t.append('\trd %ccr, %g2')
        t.append('\tsllx %g2, 56, %g2')
        t.append('\tor %g1, %g2, %g1')
        t.append('\tstx %g1, [%o1]')

    def out_gsr():
        t.append('\trd %gsr, %g1')
        t.append('\tstx %g1, [%o1+16]')

    if kind in ('fop', 'fcmp'):
        _, opf, w1, w2, wd = VIS_OPS[name]
        if kind == 'fcmp':  # V2: b's lanes take a's sign bits
            lw = 16 if name.endswith('16') else 32
            for i in range(64 // lw):
                sb = 1 << (lw * i + lw - 1)
                if r.random() < 0.3:
                    b = (b & ~((1 << (lw * (i + 1))) - (1 << (lw * i)))) | (a & ((1 << (lw * (i + 1))) - (1 << (lw * i))))
                b = (b & ~sb) | (a & sb)
        if name.startswith('fpsub'):  # V10: b's lanes are a's, or a's + 2^(w-1)
            lw = 16 if '16' in name else 32
            nb = 0
            for i in range(64 // lw):
                lane = (a >> (lw * i)) & ((1 << lw) - 1)
                if r.random() < 0.5:
                    lane ^= 1 << (lw - 1)
                nb |= lane << (lw * i)
            b = nb
        if name == 'bshuffle':  # V5: palindromic GSR.mask
            nib = [r.getrandbits(4) for _ in range(4)]
            nib = nib + nib[::-1]
            mask = 0
            for x in nib:
                mask = mask << 4 | x
            gsr = (gsr & 0xffffffff) | mask << 32

        def src(wid, val):
            """(field, double register to load, value to load) for an operand."""
            if wid == 'd':
                n = dreg(r)
                return dfield(n), n, val
            if wid == 's':
                f = r.randrange(0, 32)
                return f, f & ~1, None
            if wid == 'S':
                f = 2 * r.randrange(0, 16)
                return f, f, dup(val)
            if wid == 'A':
                f = 2 * r.randrange(0, 16)
                v = val & 0xffffffff
                return f, f, v << 32 | ((v & 0xffff) << 16 | v >> 16)
            if wid == 'E':
                return 1, 0, val
            return 0, None, None
        f1, n1, v1 = src(w1, a)
        f2, n2, v2 = src(w2, b)
        while w1 == 'S' and w2 == 'd' and n2 == n1:   # keep the masked single's double
            f2, n2, v2 = src(w2, b)
        # A single operand: its double holds the value in both halves, so
        # the lane masks above line up whichever half the field names.
        if w1 == 's':
            v1 = dup(a)
        if w2 == 's':
            v2 = dup(b)
        # Two operands in one double register: keep the second's value.
        loads = []
        if n1 is not None:
            loads.append((n1, v1))
        if n2 is not None:
            if n1 == n2 and w1 in 'SA' and w2 in 'SA':
                v2 = v1  # the same single both times
            loads.append((n2, v2))
        if wd == 'r':
            fd = 3
        elif wd == 'd':
            nd = dreg(r)
            fd = dfield(nd)
        else:
            fd = r.randrange(0, 32)
            nd = fd & ~1
        if wd != 'r':
            t.append('\tldd [%%o0+8], %%f%d' % nd)
        else:
            t.append('\tldx [%o0+8], %g3')
        a_val, b_val = 0, 0
        for k, (n, v) in enumerate(loads):
            off = 16 + 8 * k
            if k == 0:
                a_val = v
            else:
                b_val = v
            t.append('\tldd [%%o0+%d], %%f%d' % (off, n))
        if name == 'pdist':
            pass  # rd (accumulator) is the garbage
        ld_fsr_ccr()
        word(2 << 30 | fd << 25 | 0x36 << 19 | f1 << 14 | opf << 5 | f2, '%s rs1=%d rs2=%d rd=%d' % (name, f1, f2, fd))
        out_fsr()
        if wd == 'r':
            t.append('\tstx %g3, [%o1+8]')
        else:
            t.append('\tstd %%f%d, [%%o1+8]' % nd)
        out_gsr()
        data = [fsr, garbage, a_val, b_val, gsr, r.getrandbits(8), 0]
        desc = '%s fields rs1=%d rs2=%d rd=%d\tregs=%s' % (name, f1, f2, fd, ' '.join('%%d%d=%016x' % lv for lv in loads))
        return t, data, desc + '\tgsr=%016x' % gsr

    if kind in ('edge', 'array', 'int'):
        _, opf, _, _, _ = VIS_OPS[name]
        if kind == 'edge':
            # Addresses near each other: same 8-byte block half the time.
            b = a + r.randrange(-24, 25) if r.random() < 0.8 else r.getrandbits(64)
            b &= (1 << 64) - 1
            if r.random() < 0.5:
                b = (a & ~7) | (b & 7)
            for _ in range(256):
                if edge_agree(opf, a, b):
                    break
                if r.random() < 0.5:
                    b = (b & ~7) | r.getrandbits(3)
                else:
                    a = (a & ~7) | r.getrandbits(3)
            else:
                # Same block, rs1 at its start, rs2 at its end: both agree.
                b = a | 7
                a &= ~7
        elif kind == 'array':
            n = r.randrange(0, 3)
            b = n
            clear = {0: 3 << 16, 1: 0, 2: 3 << 17}[n]
            if r.random() < 0.5:
                a &= 0xf800_07ff_f800_7fff | (1 << 63) | (0xf << 59)
            a &= ~clear
        t.append('\tldx [%o0+8], %g3')
        t.append('\tldx [%o0+16], %g4')
        t.append('\tldx [%o0+24], %g5')
        ld_fsr_ccr()
        word(2 << 30 | 3 << 25 | 0x36 << 19 | 4 << 14 | opf << 5 | 5, '%s %%g4, %%g5, %%g3' % name)
        out_fsr()
        t.append('\tstx %g3, [%o1+8]')
        out_gsr()
        data = [fsr, garbage, a, b, gsr, r.getrandbits(8), 0]
        return t, data, '%s %%g4=%016x %%g5=%016x\tgsr=%016x' % (name, a, b, gsr)

    # Memory forms: %o2 points at a 32-byte scratch area, filled from [5], [6].
    if kind == 'mem':
        op3, wid, load = FPMEM[name]
        asi = r.choice(USER_ASIS if load else [0x80, 0x81, 0x88, 0x89])   # V9
        step = {'s': 4, 'd': 8, 'q': 16}[wid]
        off = step * r.randrange(0, 16 // step) if wid != 'q' else 0
        if wid == 's':
            fd = r.randrange(0, 32)
            nd = fd & ~1
        elif wid == 'd':
            nd = dreg(r)
            fd = dfield(nd)
        else:
            nd = 4 * r.randrange(0, 15)
            fd = dfield(nd)
    else:
        load = VIS_OPS[name][1]
        op3 = 0x33 if load else 0x37
        asi = r.choice(SHORT_ASIS)
        wid = 'd'
        step = 2 if asi & 2 else 1
        off = step * r.randrange(0, 16 // step)
        nd = dreg(r)
        fd = dfield(nd)
    dyn = r.random() < 0.5
    t.append('\tldx [%o0+40], %g1')
    t.append('\tstx %g1, [%o2]')
    t.append('\tldx [%o0+48], %g1')
    t.append('\tstx %g1, [%o2+8]')
    t.append('\tldd [%%o0+16], %%f%d' % nd)
    if wid == 'q':
        t.append('\tldd [%%o0+24], %%f%d' % (nd + 2))
    if dyn:
        t.append('\twr %%g0, 0x%x, %%asi' % asi)
        w = 3 << 30 | fd << 25 | op3 << 19 | 10 << 14 | 1 << 13 | off
    else:
        t.append('\tmov %d, %%g5' % off)
        w = 3 << 30 | fd << 25 | op3 << 19 | 10 << 14 | asi << 5 | 5
    t.append('\tldx [%o0], %fsr')
    t.append('\tldx [%o0+32], %g1')
    t.append('\twr %g1, 0, %gsr')
    word(w, '%s [%%o2+%d] %s, rd=%d' % (name, off, '%asi' if dyn else '0x%x' % asi, fd))
    out_fsr()
    if load:
        t.append('\tstd %%f%d, [%%o1+8]' % nd)
        if wid == 'q':
            t.append('\tstd %%f%d, [%%o1+16]' % (nd + 2))
        else:
            out_gsr()
    else:
        t.append('\tldx [%o2], %g1')
        t.append('\tstx %g1, [%o1+8]')
        t.append('\tldx [%o2+8], %g1')
        t.append('\tstx %g1, [%o1+16]')
    data = [fsr, garbage, a, b, gsr, m0, m1]
    return t, data, '%s asi=0x%x%s off=%d rd=%d reg=%016x:%016x mem=%016x:%016x' % (
        name, asi, ' (via %asi)' if dyn else '', off, fd, a, b, m0, m1)


def reg(r, f):
    """A random register for format f (%f62/%f63 reserved)."""
    if f in 'si':
        return r.randrange(0, 32)
    if f in 'dx':
        return 2 * r.randrange(0, 31)
    return 4 * r.randrange(0, 15)


def gen_op(g, name, avoid):
    kind, sf, df = OPS[name]
    r = g.r
    while True:
        a = b = None
        cond = None
        if kind in ('fmovcc', 'fmovr'):
            b = g.value(sf)
            if kind == 'fmovr':
                cond = r.choice(R_CONDS)
                a = r.choice([0, 1, (1 << 64) - 1, 1 << 63, (1 << 63) - 1, r.getrandbits(64), r.getrandbits(8)])
            elif name.endswith('<fcc>'):
                cond = (r.choice(FCC_CONDS), '%%fcc%d' % r.randrange(4))
            else:
                cond = (r.choice(ICC_CONDS), r.choice(['%icc', '%xcc']))
                a = r.getrandbits(8)  # %ccr
        elif kind == 'bin':
            a, b = g.pair(name, sf)
        elif kind == 'cmp':
            a, b = g.pair('fcmp', sf)
        else:
            if sf == 'i' or sf == 'x':
                b = g.integer(WIDTH[sf], df)
            elif name.startswith('fsqrt'):
                b = g.sqrt_arg(sf)
            elif df in 'ix':
                b = g.to_int(sf, WIDTH[df])
            elif df in FMT and WIDTH[df] < WIDTH[sf]:
                b = g.narrowing(sf, df)
            else:
                b = g.value(sf)
        if avoid:
            if name in NAN_PROPAGATING_BIN and is_nan(sf, a) and is_nan(sf, b):
                continue
            if name in ('fstod', 'fstoq', 'fdtoq') and is_snan(sf, b):
                continue
            if name == 'fcmpq' and (is_nan(sf, a) or is_nan(sf, b)):
                continue
        break
    fsr = r.getrandbits(2) << 30
    if r.random() < 0.5:
        fsr |= r.getrandbits(5) << 5      # aexc
    fsr |= r.getrandbits(5)               # cexc
    fsr |= r.getrandbits(2) << 10         # fcc0
    fsr |= r.getrandbits(6) << 32         # fcc1..3
    fcc = 0
    if kind == 'cmp' and not (avoid and sf == 'q'):
        fcc = r.randrange(4)
    rs1 = rs2 = rd = None
    if kind in ('bin', 'cmp'):
        rs1 = reg(r, sf)
        rs2 = rs1 if a == b and r.random() < 0.5 else reg(r, sf)
        while rs2 == rs1 and a != b:
            rs2 = reg(r, sf)
    else:
        rs2 = reg(r, sf)
    if kind != 'cmp':
        rd = reg(r, df)
    garbage = r.getrandbits(128)
    return dict(chained=r.random() < 0.1, ldfsr32=r.random() < 0.05, cond=cond, name=name, kind=kind, sf=sf, df=df, a=a, b=b, fsr=fsr, fcc=fcc, rs1=rs1, rs2=rs2, rd=rd,
                garbage=garbage)


def quads(f, v):
    """The two 64-bit data words holding value v of format f (as loaded)."""
    if v is None:
        return 0, 0
    if WIDTH[f] == 32:
        return v << 32, 0
    if WIDTH[f] == 64:
        return v, 0
    return v >> 64, v & ((1 << 64) - 1)


def load(f, r, off):
    """Instructions loading format f at [%o0+off] into register r."""
    if WIDTH[f] == 32:
        return ['\tld [%%o0+%d], %%f%d' % (off, r)]
    if WIDTH[f] == 64:
        return ['\tldd [%%o0+%d], %%f%d' % (off, r)]
    return ['\tldd [%%o0+%d], %%f%d' % (off, r), '\tldd [%%o0+%d], %%f%d' % (off + 8, r + 2)]


def instr(op):
    n = op['name']
    kind = op['kind']
    if op['kind'] == 'bin':
        return '%s %%f%d, %%f%d, %%f%d' % (n, op['rs1'], op['rs2'], op['rd'])
    if op['kind'] == 'cmp':
        return '%s %%fcc%d, %%f%d, %%f%d' % (n, op['fcc'], op['rs1'], op['rs2'])
    if kind == 'fmovcc':
        c, cc = op['cond']
        return 'fmov%s%s %s, %%f%d, %%f%d' % (op['sf'], c, cc, op['rs2'], op['rd'])
    if kind == 'fmovr':
        return 'fmovr%s%s %%g4, %%f%d, %%f%d' % (op['sf'], op['cond'], op['rs2'], op['rd'])
    return '%s %%f%d, %%f%d' % (n, op['rs2'], op['rd'])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--ops', type=int, default=10000)
    ap.add_argument('--out', required=True)
    ap.add_argument('--no-avoid', action='store_true')
    ap.add_argument('--only', help='comma-separated instruction names')
    ap.add_argument('--vis-share', type=float, default=0.3,
                    help='fraction of operations drawn from VIS / FP alternate-space forms')
    args = ap.parse_args()
    g = Gen(args.seed)
    names = args.only.split(',') if args.only else sorted(OPS)
    vis_names = sorted(VIS_OPS)
    ops = []
    for _ in range(args.ops):
        if args.only:
            n = g.r.choice(names)
        else:
            n = g.r.choice(vis_names) if g.r.random() < args.vis_share else g.r.choice(names)
        if n in VIS_OPS:
            ops.append(dict(vis=True, name=n, gen=gen_vis_op(g, n)))
        else:
            ops.append(gen_op(g, n, not args.no_avoid))

    text, data, man = [], [], []
    text.append('''\t.section .text
\t.global _start
_start:
\twr %g0, 4, %fprs
\tsetx zero, %g2, %g3
\tldd [%g3], %f62
\tsetx inp, %g2, %o0
\tsetx outbuf, %g2, %o1
\tsetx scratch, %g2, %o2''')
    for i, op in enumerate(ops):
        if op.get('vis'):
            vt, vd, vm = op['gen']
            data.append('\t.quad ' + ','.join('0x%x' % (x & ((1 << 64) - 1)) for x in vd))
            man.append('%d\t%s' % (i, vm))
            text.append('! op %d' % i)
            text.extend(vt)
            text.append('\tfaddd %f62, %f62, %f62')
            text.append('\tadd %o0, 56, %o0')
            text.append('\tadd %o1, 24, %o1')
            continue
        sf, df = op['sf'], op['df']
        g0, g1 = op['garbage'] >> 64, op['garbage'] & ((1 << 64) - 1)
        if op['kind'] in ('fmovcc', 'fmovr'):
            a0, a1 = op['a'] or 0, 0
        else:
            a0, a1 = quads(sf, op['a'])
        b0, b1 = quads(sf, op['b'])
        data.append('\t.quad 0x%x,0x%x,0x%x,0x%x,0x%x,0x%x,0x%x' % (op['fsr'], g0, g1, a0, a1, b0, b1))
        man.append('%d\t%s\tfsr=%016x\ta=%s\tb=%s\tgarbage=%032x' % (
            i, instr(op), op['fsr'],
            '-' if op['a'] is None else ('%s=%x' % ('ccr' if op['kind'] == 'fmovcc' else '%g4', op['a']) if op['kind'] in ('fmovcc', 'fmovr') else '%x' % op['a']), '-' if op['b'] is None else '%x' % op['b'],
            op['garbage']) + ('\t%fsr not reloaded (as the previous op left it)' if op['chained'] and i > 0 else
                              '\tfsr loaded with ldfsr (low word)' if op['ldfsr32'] else ''))
        t = text
        t.append('! op %d' % i)
        rdd = None
        if op['kind'] != 'cmp':
            rdd = op['rd'] & ~1  # the double register(s) holding the result
            t.append('\tldd [%%o0+8], %%f%d' % rdd)
            if df == 'q':
                t.append('\tldd [%%o0+16], %%f%d' % (rdd + 2))
        if op['rs1'] is not None:
            t += load(sf, op['rs1'], 24)
        if op['rs2'] != op['rs1']:
            t += load(sf, op['rs2'], 40)
        if op['kind'] == 'fmovr':
            t.append('\tldx [%o0+24], %g4')
        elif op['kind'] == 'fmovcc' and op['a'] is not None:
            t.append('\tldx [%o0+24], %g4')
            t.append('\twr %g4, 0, %ccr')
        if op['chained'] and i > 0:
            pass                               # %fsr as the previous op left it
        elif op['ldfsr32']:
            t.append('\tld [%o0+4], %fsr')   # ldfsr: low word only, fcc1-3 kept
        else:
            t.append('\tldx [%o0], %fsr')
        t.append('\t' + instr(op))
        t.append('\tstx %fsr, [%o1]')
        if rdd is not None:
            t.append('\tstd %%f%d, [%%o1+8]' % rdd)
            if df == 'q':
                t.append('\tstd %%f%d, [%%o1+16]' % (rdd + 2))
        t.append('\tfaddd %f62, %f62, %f62')
        t.append('\tadd %o0, 56, %o0')
        t.append('\tadd %o1, 24, %o1')
    text.append('''\tsetx outbuf, %%g2, %%l0
\tsetx %d, %%g2, %%l1
1:\tmov 1, %%o0
\tmov %%l0, %%o1
\tmov %%l1, %%o2
\tmov 4, %%g1
\tta 0x6d
\tbcs,pn %%xcc, 9f
\t nop
\tbrlez,pn %%o0, 9f
\t nop
\tadd %%l0, %%o0, %%l0
\tsubcc %%l1, %%o0, %%l1
\tbg,pt %%xcc, 1b
\t nop
\tmov 0, %%o0
\tmov 1, %%g1
\tta 0x6d
9:\tmov 2, %%o0
\tmov 1, %%g1
\tta 0x6d''' % (24 * len(ops)))
    with open(args.out + '.S', 'w') as f:
        f.write('! generated by guest-images/fpdiff/gen.py --seed %d --ops %d%s\n' % (
            args.seed, args.ops, ' --no-avoid' if args.no_avoid else ''))
        f.write('\n'.join(text) + '\n')
        f.write('\t.section .data\n\t.align 16\nzero:\t.quad 0, 0\ninp:\n')
        f.write('\n'.join(data) + '\n')
        f.write('\t.section .bss\n\t.align 16\nscratch:\t.skip 32\noutbuf:\t.skip %d\n' % (24 * len(ops) + 16))
    with open(args.out + '.txt', 'w') as f:
        f.write('\n'.join(man) + '\n')
    with open(args.out + '.counts', 'w') as f:
        nv = sum(1 for op in ops if op.get('vis'))
        f.write('fp %d\nvis %d\n' % (len(ops) - nv, nv))


if __name__ == '__main__':
    main()
