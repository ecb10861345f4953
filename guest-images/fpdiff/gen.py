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
  5. VIS (single-register operand forms, edge masks): not generated here.

With --no-avoid the generator keeps those combinations (to re-check QEMU).

Usage: gen.py --seed S --ops N --out PREFIX   (writes PREFIX.S, PREFIX.txt)
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
    args = ap.parse_args()
    g = Gen(args.seed)
    names = args.only.split(',') if args.only else sorted(OPS)
    ops = [gen_op(g, g.r.choice(names), not args.no_avoid) for _ in range(args.ops)]

    text, data, man = [], [], []
    text.append('''\t.section .text
\t.global _start
_start:
\twr %g0, 4, %fprs
\tsetx zero, %g2, %g3
\tldd [%g3], %f62
\tsetx inp, %g2, %o0
\tsetx outbuf, %g2, %o1''')
    for i, op in enumerate(ops):
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
        f.write('\t.section .bss\n\t.align 16\noutbuf:\t.skip %d\n' % (24 * len(ops) + 16))
    with open(args.out + '.txt', 'w') as f:
        f.write('\n'.join(man) + '\n')


if __name__ == '__main__':
    main()
