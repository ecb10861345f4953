#!/usr/bin/env python3
"""Expected outputs of the IA-64 assembly test programs, computed from the
instruction semantics in the Intel Itanium Architecture Software Developer's
Manual, Vol. 3 (instruction reference).  Each program's lines are written to
NAME.expected; `expected.py --check` only compares.

Every value here is derived independently of any emulator; the programs
were additionally run under the Ski simulator (a debugging aid, not part of
this repository) and agreed."""
import sys, os

M = (1 << 64) - 1
def u(x): return x & M
def s64(x):
    x &= M
    return x - (1 << 64) if x >> 63 else x
def sext(x, bits):
    x &= (1 << bits) - 1
    return x - (1 << bits) if x >> (bits - 1) else x
def hexline(label, v): return "%s %016x" % (label, u(v))

A = 0x0123456789abcdef
B = 0xfedcba9876543210
C = 0x8000000000000001
Z = 0x1122003344005566

def shl(x, n): return 0 if n > 63 else u(x << n)
def shr(x, n): return u(s64(x) >> min(n, 63))
def shru(x, n): return 0 if n > 63 else x >> n
def extr(x, pos, ln): return u(sext(x >> pos, min(ln, 64 - pos)))
def extru(x, pos, ln): return (x >> pos) & ((1 << ln) - 1)
def dep(src, tgt, pos, ln):
    mask = (((1 << ln) - 1) << pos) & M
    return (tgt & ~mask | (src << pos) & mask) & M
def czx(x, esize, left):
    n = 64 // esize
    elems = [(x >> (i * esize)) & ((1 << esize) - 1) for i in range(n)]
    order = range(n - 1, -1, -1) if left else range(n)
    for k, i in enumerate(order):
        if elems[i] == 0:
            return k
    return n

def alu():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    S("movl_a", A)
    S("add", A + B); S("add_plus1", A + B + 1)
    S("sub", A - B); S("sub_minus1", A - B - 1)
    S("sub_imm8", 100 - A)
    S("adds_min", A - 8192); S("adds_max", B + 8191)
    S("addl_min", A - 2097152); S("addl_max", 0x1fffff)
    S("mov_m1", -1)
    S("and", A & B); S("or", A | C); S("xor", A ^ B); S("andcm", B & ~A)
    S("and_imm", -16 & A); S("or_imm", 0x55 | B); S("xor_imm", -128 ^ A); S("andcm_imm", 127 & ~A)
    S("shladd1", (A << 1) + B); S("shladd2", (A << 2) + B); S("shladd3", (A << 3) + C); S("shladd4", (B << 4) + A)
    S("shl_4", shl(A, 4)); S("shl_r63", shl(C, 63)); S("shl_r64", shl(A, 64))
    S("shr_8", shr(B, 8)); S("shr_u_8", shru(B, 8))
    S("shr_r200", shr(B, 200)); S("shr_u_r200", shru(B, 200))
    S("shr_r33", shr(C, 33)); S("shr_u_r33", shru(C, 33))
    S("shrp_16", ((A << 64 | B) >> 16)); S("shrp_60", ((B << 64 | A) >> 60)); S("rotr_8", ((A << 64 | A) >> 8))
    S("extr_8_16", extr(B, 8, 16)); S("extr_20_12", extr(A, 20, 12)); S("extr_u_8_16", extru(B, 8, 16))
    S("extr_60_4", extr(B, 60, 4)); S("extr_u_0_64", extru(B, 0, 64))
    S("dep_8_16", dep(A, B, 8, 16)); S("dep_56_16", dep(B, A, 56, 16))
    S("dep_imm1_m1", dep(M, A, 4, 12)); S("dep_imm1_0", dep(0, B, 0, 32))
    S("depz_16_8", dep(A, 0, 16, 8)); S("depz_40_40", dep(B, 0, 40, 40))
    S("depz_imm_m3", dep(-3 & M, 0, 12, 20)); S("depz_imm_100", dep(100, 0, 58, 6))
    S("sxt1", sext(B, 8)); S("sxt2", sext(B, 16)); S("sxt4", sext(B, 32)); S("sxt4_pos", sext(A, 32))
    S("zxt1", B & 0xff); S("zxt2", B & 0xffff); S("zxt4", B & 0xffffffff)
    S("czx1_l", czx(Z, 8, True)); S("czx1_r", czx(Z, 8, False))
    S("czx2_l", czx(Z, 16, True)); S("czx2_r", czx(Z, 16, False))
    S("czx1_l_none", czx(A, 8, True)); S("czx1_r_none", czx(B, 8, False)); S("czx2_r_zero", czx(0, 16, False))
    S("popcnt_a", bin(A).count("1")); S("popcnt_c", bin(C).count("1")); S("popcnt_m1", 64); S("popcnt_0", 0)
    S("r0_plus1", 1)
    S("group_a", 8); S("group_b", 100)
    return L, "exit 0"

PROGRAMS = {"alu": alu}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    check = "--check" in sys.argv
    names = [a for a in sys.argv[1:] if not a.startswith("--")] or sorted(PROGRAMS)
    bad = 0
    for name in names:
        lines, status = PROGRAMS[name]()
        text = "".join(l + "\n" for l in lines) + "== %s\n" % status
        path = os.path.join(here, name + ".expected")
        if check:
            old = open(path).read() if os.path.exists(path) else None
            if old != text:
                print("differs: %s" % path); bad += 1
        else:
            with open(path, "w") as f:
                f.write(text)
    sys.exit(1 if bad else 0)


def cmp():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    X, Y, W, V = 5, -3 & M, 0x100000005, 0xffffffff
    def bits(p6, p7): return int(p6) | int(p7) << 1
    def rel(r, a, b, w=64):
        if w == 32: a, b = a & 0xffffffff, b & 0xffffffff
        sa, sb = sext(a, w), sext(b, w)
        return {"eq": a == b, "ne": a != b, "lt": sa < sb, "le": sa <= sb, "gt": sa > sb,
                "ge": sa >= sb, "ltu": a < b, "leu": a <= b, "gtu": a > b, "geu": a >= b}[r]
    def ct(init, ctype, r, qp=True):
        # SDM cmp: ctype none/unc/and/or/or.andcm/and.orcm; NaT-free operands
        p6, p7 = init & 1, init >> 1 & 1
        if ctype == "unc" and not qp: return 0
        if not qp: return bits(p6, p7)
        if ctype in ("none", "unc"): return bits(r, not r)
        if ctype == "and": return bits(p6, p7) if r else 0
        if ctype == "or": return 3 if r else bits(p6, p7)
        if ctype == "or.andcm": return 1 if r else bits(p6, p7)
        if ctype == "and.orcm": return bits(p6, p7) if r else 2
    S("pr_cleared", 1)
    S("eq_xx", ct(0, "none", rel("eq", X, X)))
    S("eq_xy", ct(0, "none", rel("eq", X, Y)))
    S("ne_xy", ct(0, "none", rel("ne", X, Y)))
    S("lt_xy", ct(0, "none", rel("lt", X, Y)))
    S("lt_yx", ct(0, "none", rel("lt", Y, X)))
    S("le_xx", ct(0, "none", rel("le", X, X)))
    S("gt_xy", ct(0, "none", rel("gt", X, Y)))
    S("ge_yx", ct(0, "none", rel("ge", Y, X)))
    S("ltu_xy", ct(0, "none", rel("ltu", X, Y)))
    S("leu_yx", ct(0, "none", rel("leu", Y, X)))
    S("gtu_yx", ct(0, "none", rel("gtu", Y, X)))
    S("geu_xx", ct(0, "none", rel("geu", X, X)))
    S("eq_imm", ct(0, "none", rel("eq", -3 & M, Y)))
    S("lt_imm", ct(0, "none", rel("lt", 4, X)))
    S("lt_imm_f", ct(0, "none", rel("lt", 5, X)))
    S("ltu_imm", ct(0, "none", rel("ltu", M, Y)))
    S("gtu_imm", ct(0, "none", rel("gtu", 6, X)))
    S("cmp_eq_wx", ct(0, "none", rel("eq", W, X)))
    S("cmp4_eq_wx", ct(0, "none", rel("eq", W, X, 32)))
    S("cmp_lt_vx", ct(0, "none", rel("lt", V, X)))
    S("cmp4_lt_vx", ct(0, "none", rel("lt", V, X, 32)))
    S("cmp4_ltu_vx", ct(0, "none", rel("ltu", V, X, 32)))
    S("cmp4_eq_imm", ct(0, "none", rel("eq", M, V, 32)))
    S("cmp4_gt_imm", ct(0, "none", rel("lt", -2 & M, V, 32)))
    S("qp0_none", ct(1, "none", True, qp=False))
    S("qp0_none2", ct(2, "none", False, qp=False))
    S("qp0_unc", ct(3, "unc", True, qp=False))
    S("qp1_unc", ct(0, "unc", True))            # init 4: p8=1, p6=p7=0
    S("qp1_unc_f", ct(3, "unc", False))
    S("qp1_none", ct(0, "none", rel("ltu", X, Y)))
    S("and_true", ct(3, "and", True)); S("and_false", ct(3, "and", False))
    S("or_true", ct(0, "or", True)); S("or_false", ct(0, "or", False))
    S("orandcm_true", ct(2, "or.andcm", True)); S("orandcm_false", ct(2, "or.andcm", False))
    S("andorcm_true", ct(1, "and.orcm", True)); S("andorcm_false", ct(1, "and.orcm", False))
    S("and_qp0", ct(3, "and", False, qp=False))
    S("ne_or_imm", ct(0, "or", rel("ne", 7, X)))
    S("cmp4_and", ct(3, "and", rel("eq", W, X, 32)))
    S("lt_or_r0", ct(0, "or", rel("lt", 0, X)))
    S("gt_or_r0", ct(0, "or", rel("gt", 0, X)))
    S("gt_and_r0", ct(3, "and", rel("gt", 0, Y)))
    S("le_and_r0", ct(3, "and", rel("le", 0, Y)))
    S("ge_orandcm_r0", ct(2, "or.andcm", rel("ge", 0, X)))
    S("lt_andorcm_r0", ct(1, "and.orcm", rel("lt", 0, Y)))
    S("cmp4_gt_or_r0", ct(0, "or", rel("gt", 0, V, 32)))
    S("or_multi", 3)
    S("tbit_z_0", ct(0, "none", not (X >> 0 & 1)))
    S("tbit_nz_2", ct(0, "none", bool(X >> 2 & 1)))
    S("tbit_nz_63", ct(0, "none", bool(Y >> 63 & 1)))
    S("tbit_z_unc_qp0", 0)
    S("tbit_nz_and", ct(3, "and", bool(X >> 1 & 1)))
    S("tbit_z_or", ct(0, "or", not (X >> 1 & 1)))
    S("tbit_nz_orandcm", ct(2, "or.andcm", bool(X & 1)))
    S("tbit_z_andorcm", ct(1, "and.orcm", not (X & 1)))
    S("tnat_z", ct(0, "none", True)); S("tnat_nz", ct(0, "none", False)); S("tnat_nz_unc", ct(3, "unc", False))
    # cmp.eq p0, p6 = X, Y: p6 = !(X == Y); p7 untouched (0)
    S("p0_target", 1)
    S("predicated", 1 + 256)
    S("pred_select", 2)
    S("pred_off_load", 77)
    # pr after "mov pr = r0, -1" is 1 (p0); then p1, p3, p8 set
    pr = 1 | 1 << 1 | 1 << 3 | 1 << 8
    # state of p6/p7 before: after pred_select: p6=0, p7=1
    pr |= 1 << 7
    S("pr_mask", pr)
    pr |= M & ~0xffff
    S("pr_rot_mask", pr)
    # mov pr.rot = imm44 (imm28 << 16 in the encoding): p16-p63 = imm bits 16..63
    pr = (pr & 0xffff) | (0x5550000 & ~0xffff)
    S("pr_rot_imm", pr)
    pr = (pr & 0xffff) | (-0x10000000 & M & ~0xffff)
    S("pr_rot_neg", pr)
    return L, "exit 0"

PROGRAMS["cmp"] = cmp


def ldst():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    import struct
    buf = bytes([0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff]
                + list(range(0x80, 0x88)) + list(range(0xf0, 0xf8)))
    le = lambda b, o, n: int.from_bytes(b[o:o + n], "little")
    S("ld1_0", buf[0]); S("ld1_1", buf[1]); S("ld1_16", buf[16]); S("postinc_imm", 16)
    S("ld2_0", le(buf, 0, 2)); S("ld2_2", le(buf, 2, 2)); S("ld4_4", le(buf, 4, 4)); S("postinc_neg", 0)
    S("ld8_0", le(buf, 0, 8)); S("ld8_acq_8", le(buf, 8, 8)); S("ld8_nta_16", le(buf, 16, 8))
    S("ld4_nt1_24", le(buf, 24, 4)); S("ld8_bias_24", le(buf, 24, 8))
    out = bytearray(16)
    v = 0x8877665544332211
    vb = v.to_bytes(8, "little")
    out[0:1] = vb[:1]; out[2:4] = vb[:2]; out[4:8] = vb[:4]; out[8] = 0
    S("st_postinc", 16)
    S("st_124_bytes", le(out, 0, 8))
    out[8:16] = vb
    S("st8_rel", le(out, 8, 8))
    out[8:12] = bytes(4); out[12:14] = bytes(2)
    S("st_partial", le(out, 8, 8))   # loads from out+12? no: loc1 = out+12-12... see below
    L.pop()
    # after st4 [out+8] (post +4 -> out+12) and st2 [out+12] (post -12 -> out+0):
    # ld8 [out+0]
    S("st_partial", le(out, 0, 8))
    S("st_postinc_neg", 0)
    S("ldf8_getf", le(buf, 0, 8)); S("stf8_ld8", le(buf, 0, 8))
    S("ldfd_stfd", struct.unpack("<Q", struct.pack("<d", -2.5))[0])
    S("ldfs_stfd", struct.unpack("<Q", struct.pack("<d", 1.5))[0])
    S("ldfd_stfs", struct.unpack("<I", struct.pack("<f", -2.5))[0])
    mem = 41
    S("cmpxchg8_old", 41); mem = 1000; S("cmpxchg8_mem", mem)
    S("cmpxchg8_fail_old", 1000); S("cmpxchg8_fail_mem", mem)
    ccv = 0xaabbccdd000003e8
    # cmpxchg4: compares the low 32 bits of ccv with the 4-byte memory value
    # SDM cmpxchg: the memory value, zero-extended, is compared with all
    # 64 bits of ar.ccv
    old = mem & 0xffffffff
    if old == ccv:
        mem = (mem & ~0xffffffff) | 0x99999999
    S("cmpxchg4_old", old); S("cmpxchg4_mem", mem); S("ccv", ccv)
    if mem & 0xffffffff == 1000:
        mem = (mem & ~0xffffffff) | 0x99999999
    S("cmpxchg4_ok_mem", mem)
    if mem & 0xff == 0x99: mem &= ~0xff
    S("cmpxchg1_mem", mem)
    old = (mem >> 16) & 0xffff
    if old == 0x9999:
        mem = (mem & ~0xffff0000) | (0x4321 << 16)
    S("cmpxchg2_old", old); S("cmpxchg2_mem", mem)
    S("xchg8_old", mem); mem = M; S("xchg8_mem", mem)
    S("xchg4_old", mem & 0xffffffff); mem &= ~0xffffffff & M; S("xchg4_mem", mem)
    old2 = mem & 0xffff; mem = (mem & ~0xffff) | 0x1234
    old1 = mem & 0xff; mem &= ~0xff
    S("xchg2_old", old2); S("xchg1_old", old1); S("xchg21_mem", mem)
    mem = 0; mem += 16; old = mem; mem -= 1
    S("fetchadd8_old", old); S("fetchadd8_mem", mem)
    old = mem & 0xffffffff; mem = (mem & ~0xffffffff) | ((mem - 16) & 0xffffffff)
    S("fetchadd4_old", old); S("fetchadd4_mem", mem)
    mem = (mem & ~0xffffffff) | ((mem + 4) & 0xffffffff)
    mem = (mem & ~0xffffffff) | ((mem + 8) & 0xffffffff)
    mem = u(mem - 8); mem = u(mem - 4); old = mem; mem = u(mem + 1)
    S("fetchadd_chain_old", old); S("fetchadd_chain_mem", mem)
    S("ld16_low", 0xa0a1a2a3a4a5a6a7); S("ld16_csd", 0xb0b1b2b3b4b5b6b7)
    S("st16_low", 0x8877665544332211); S("st16_high", 0x0102030405060708)
    S("ldfp8_first", le(buf, 0, 8)); S("ldfp8_second", le(buf, 8, 8)); S("ldfp8_postinc", 16)
    dq = lambda x: struct.unpack("<Q", struct.pack("<d", x))[0]
    S("ldfpd_first", dq(0.5)); S("ldfpd_second", dq(-8.0))
    # spill format: significand, then bits 0-16 exponent, bit 17 sign
    S("stf_spill_sig", 1 << 63); S("stf_spill_exp", 0xffff); S("ldf_fill_exp", 0xffff)
    # extended (80-bit) memory format: exponent rebiased 0xffff -> 0x3fff
    S("stfe_sig", 1 << 63); S("stfe_exp", 0x3fff); S("ldfe_exp", 0xffff); S("ldfe_sig", 1 << 63)
    S("fences_ok", 1)
    return L, "exit 0"

PROGRAMS["ldst"] = ldst


def spec():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    S("lds_bad_nat", 1); S("lds_good_value", 0x1122334455667788)
    for l in ("add_imm_nat", "add_nat", "and_zero_nat", "shl_nat", "depz_nat", "mov_nat"): S(l, 1)
    S("mov_imm_clears", 0); S("lds_nat_addr", 1)
    # SDM cmp/tbit with a NaT source: none/unc -> both 0; and -> both 0;
    # or, or.andcm -> unchanged; and.orcm (or.andcm with swapped targets and
    # the complemented relation) -> unchanged
    S("cmp_nat_none", 0); S("cmp_nat_unc", 0); S("cmp_nat_and", 0); S("cmp_nat_or", 0)
    S("cmp_nat_orandcm", 2); S("cmp_nat_andorcm", 1); S("cmp_imm_nat", 0); S("tbit_nat", 0)
    S("tnat_nat", 2)                       # tnat.z on a NaT: false
    S("chks_recovered", 1); S("recovered_nat", 0)
    S("unat_after_spill", 1 << 5)
    S("fill5_nat", 0); S("fill9_nat", 1); S("fill9_clear", 0); S("fill9_value", 1234)
    S("spill_postinc", u(8 - 40))          # loc6 (spill + 8) - loc7 (spill + 40)
    S("ldc_after_store", 99); S("ldc_other_store", 99)
    S("chka_store_recovered", 1); S("chka_store_value", 123)
    S("chka_invala_recovered", 1); S("chka_invala_e_recovered", 1)
    S("chka_partial_recovered", 1); S("chka_partial_value", (123 & ~(0xff << 24)) | 0x77 << 24)
    S("ldsa_bad_nat", 1); S("chka_ldsa_recovered", 1); S("ldsa_ldc_value", 99)
    return L, "exit 0"

PROGRAMS["spec"] = spec


def br():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    locs = [u((0x111 * (i + 1)) << 20) for i in range(20)]
    S("f_small", 3 * 7 + 100)
    n = 3
    s = 0; vals = []
    for i in range(77):
        s += n; vals.append(s)
    S("f_big", 3 * n + s + sum(vals))
    def nested(n): return 1 if n == 0 else nested(n - 1) * 2 + n
    S("f_nested", nested(5))
    h = 0
    for v in locs:
        h ^= v
        h = ((h >> 7) | (h << 57)) & M
    S("locals_hash", h)
    S("indirect_call", 3 * 1 + 2); S("mov_from_b6_diff", 0); S("indirect_jump", 1)
    S("brl_call", 3 * 10 + 20); S("brl_cond", 1)
    S("pred_branches", 1)
    S("cloop_sum", 55); S("cloop_lc_after", 0); S("cloop_once", 1)
    S("ar_ec", 37); S("ar_lc", 0x123456789abcdef0)
    # ar.pfs in the callee: ppl (bits 62-63) = 3 (user), pec (52-57) = 5,
    # pfm = the caller's CFM: sof 27, sol 24, sor 0, rrb 0
    S("ar_pfs_in_callee", 3 << 62 | 5 << 52 | 24 << 7 | 27)
    S("ar_ec_after_ret", 5)
    S("ar_ccv", M)
    S("ar_fpsr", 0x0009804c0270033f)
    # ar.rsc: mode bits 0-1, pl bits 2-3 (written values below cpl 3 become 3)
    S("ar_rsc_lazy", 0xc); S("ar_rsc_eager", 0xf)
    S("itc_monotonic", 1)
    return L, "exit 0"

PROGRAMS["br"] = br


def swp():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    N = 40
    xs, tri = [], 0
    for i in range(N):
        tri += i; xs.append(tri + 0x1000 * (i & 3))
    ys = [3 * x + 7 for x in xs]
    S("ctop_sum", sum(ys)); S("ctop_y_first", ys[0]); S("ctop_y_last", ys[-1])
    # br.ctop: LC counts down to 0 (N - 1 taken branches), then the
    # epilogue decrements EC from 4 to 0 (3 taken, 1 falling through)
    S("ctop_lc_after", 0); S("ctop_ec_after", 0)
    lst = [5, 7, 11, 0x100, 0x2000, 3, 0]
    S("wtop_sum", sum(lst)); S("wtop_iterations", len(lst))
    # wtop with qp false and EC = 1: EC becomes 0, not taken
    S("wtop_ec_after", 0)
    # three rotations (LC 2 -> 1 -> 0 taken, then EC 1 -> 0 not taken):
    # rrb.gr = -3 (mod 16): logical rK reads physical r(32 + (K - 32 - 3) % 16)
    phys = {32 + k: k + 1 for k in range(16)}
    rd = lambda k: phys[32 + (k - 32 - 3) % 16]
    S("rot_r32", rd(32)); S("rot_r35", rd(35)); S("rot_r47", rd(47))
    # predicates: p63 = 1, 1, 0 written before each rotation; p16 was 1
    pp = {16 + k: 0 for k in range(48)}; pp[16] = 1
    rrb = 0
    for p63 in (1, 1, 0):
        pp[16 + (47 + rrb) % 48] = p63
        rrb = (rrb - 1) % 48
    # mov r = pr reads the predicates "as if CFM.rrb.pr were zero" (SDM
    # mov pr): the physical registers, before and after clrrrb.pr
    physical = sum(pp[16 + k] << k for k in range(48))
    S("rot_pr", physical)
    S("clrrrb_pr", physical); S("clrrrb_pr_r32", rd(32))
    S("clrrrb_r32", 1); S("clrrrb_r47", 16)
    # br.cexit: LC 9 -> 0 falls through (10 kernel iterations), EC 2 -> 1
    # falls through, EC 1 -> 0 taken: 11 iterations, stage 2 adds x[0..9]
    S("cexit_sum", sum(xs[:10])); S("cexit_iterations", 11)
    # br.wexit: continue (not taken) while the element is nonzero; at the
    # sentinel EC = 1 -> taken
    S("wexit_sum", sum(lst)); S("wexit_iterations", len(lst))
    S("fr_rot_sum", sum(xs))
    return L, "exit 0"

PROGRAMS["swp"] = swp


def rse():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    Ls = [3, 4, 5, 6]
    f = 0
    for n in range(1, 100000 + 1):
        k = n & 3
        f = u(f + ((n * (Ls[k] - 1) + k) ^ n))
    S("rec_result", f); S("rec_errors", 0); S("rec_calls", 100000)
    S("flushrs_bsp_eq_bspstore", 1); S("bsp_after_call", 1)
    S("spilled_values_found", 87)          # all but loc0/loc1 (pfs, b0) and the NaT (i = 40)
    S("nat_bits", 1 << 40)
    S("walk_end_minus_bsp", 0)
    return L, "exit 0"

PROGRAMS["rse"] = rse


def mm():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    A, B = 0x0123456789abcdef, 0xfedcba9876543210
    P, Q, R = 0x7f80017fff000180, 0x80017f7f01ff80c3, 0x7f90017fffee0180
    def el(x, w): return [(x >> (i * w)) & ((1 << w) - 1) for i in range(64 // w)]
    def pk(es, w): return sum((e & ((1 << w) - 1)) << (i * w) for i, e in enumerate(es))
    def sat(v, lo, hi): return max(lo, min(hi, v))
    def lanes(a, b, w, f): return pk([f(x, y) for x, y in zip(el(a, w), el(b, w))], w)
    smin = lambda w: -(1 << (w - 1)); smax = lambda w: (1 << (w - 1)) - 1; umax = lambda w: (1 << w) - 1
    def padd(a, b, w, mode):
        if mode == "": return lanes(a, b, w, lambda x, y: x + y)
        if mode == "sss": return lanes(a, b, w, lambda x, y: sat(sext(x, w) + sext(y, w), smin(w), smax(w)))
        if mode == "uus": return lanes(a, b, w, lambda x, y: sat(x + sext(y, w), 0, umax(w)))
        if mode == "uuu": return lanes(a, b, w, lambda x, y: sat(x + y, 0, umax(w)))
    def psub(a, b, w, mode):
        if mode == "": return lanes(a, b, w, lambda x, y: x - y)
        if mode == "sss": return lanes(a, b, w, lambda x, y: sat(sext(x, w) - sext(y, w), smin(w), smax(w)))
        if mode == "uus": return lanes(a, b, w, lambda x, y: sat(x - sext(y, w), 0, umax(w)))
        if mode == "uuu": return lanes(a, b, w, lambda x, y: sat(x - y, 0, umax(w)))
    for w, n in ((8, "1"), (16, "2")):
        if n == "1": S("padd1", padd(A, B, 8, ""))
        else: S("padd2", padd(A, B, 16, ""))
        for m in ("sss", "uus", "uuu"): S("padd%s_%s" % (n, m), padd(P, Q, w, m))
    S("padd4", padd(A, B, 32, ""))
    for w, n in ((8, "1"), (16, "2")):
        S("psub" + n, psub(A, B, w, ""))
        for m in ("sss", "uus", "uuu"): S("psub%s_%s" % (n, m), psub(P, Q, w, m))
    S("psub4", psub(A, B, 32, ""))
    # pavg: (a + b) >> 1 with the low bit ORed with the sum's low bit;
    # .raz: (a + b + 1) >> 1
    avg = lambda x, y: ((x + y) >> 1) | ((x + y) & 1)
    raz = lambda x, y: (x + y + 1) >> 1
    S("pavg1", lanes(P, Q, 8, avg)); S("pavg1_raz", lanes(P, Q, 8, raz))
    S("pavg2", lanes(P, Q, 16, avg)); S("pavg2_raz", lanes(P, Q, 16, raz))
    avgsub = lambda x, y: ((x - y) >> 1) | ((x - y) & 1)
    S("pavgsub1", lanes(P, Q, 8, avgsub)); S("pavgsub2", lanes(P, Q, 16, avgsub))
    S("pshladd2", lanes(0x40001000c0000100, 0x00104000ff000005, 16,
                        lambda x, y: sat((sext(x, 16) << 2) + sext(y, 16), -32768, 32767)))
    S("pshradd2", lanes(P, Q, 16, lambda x, y: sat((sext(x, 16) >> 3) + sext(y, 16), -32768, 32767)))
    eq = lambda w: (lambda x, y: umax(w) if x == y else 0)
    gt = lambda w: (lambda x, y: umax(w) if sext(x, w) > sext(y, w) else 0)
    S("pcmp1_eq", lanes(P, R, 8, eq(8))); S("pcmp1_gt", lanes(P, Q, 8, gt(8)))
    S("pcmp2_eq", lanes(P, R, 16, eq(16))); S("pcmp2_gt", lanes(P, Q, 16, gt(16)))
    S("pcmp4_eq", lanes(P, R, 32, eq(32))); S("pcmp4_gt", lanes(P, Q, 32, gt(32)))
    p16, q16 = el(P, 16), el(Q, 16)
    S("pmpy2_r", pk([sext(p16[0], 16) * sext(q16[0], 16), sext(p16[2], 16) * sext(q16[2], 16)], 32))
    S("pmpy2_l", pk([sext(p16[1], 16) * sext(q16[1], 16), sext(p16[3], 16) * sext(q16[3], 16)], 32))
    for c in (0, 7, 15, 16):
        S("pmpyshr2_%d" % c, lanes(P, Q, 16, lambda x, y: (sext(x, 16) * sext(y, 16)) >> c))
    S("pmpyshr2_u_16", lanes(P, Q, 16, lambda x, y: (x * y) >> 16))
    S("pmpyshr2_u_7", lanes(P, Q, 16, lambda x, y: (x * y) >> 7))
    S("pmin1_u", lanes(P, Q, 8, min)); S("pmax1_u", lanes(P, Q, 8, max))
    S("pmin2", lanes(P, Q, 16, lambda x, y: x if sext(x, 16) < sext(y, 16) else y))
    S("pmax2", lanes(P, Q, 16, lambda x, y: x if sext(x, 16) > sext(y, 16) else y))
    S("psad1", sum(abs(x - y) for x, y in zip(el(P, 8), el(Q, 8))))
    shl = lambda a, w, c: pk([0 if c >= w else x << c for x in el(a, w)], w)
    shr = lambda a, w, c: pk([sext(x, w) >> min(c, w - 1) for x in el(a, w)], w)
    shru = lambda a, w, c: pk([0 if c >= w else x >> c for x in el(a, w)], w)
    S("pshl2_imm", shl(A, 16, 5)); S("pshl4_imm", shl(A, 32, 31))
    S("pshl2_reg", shl(A, 16, 3)); S("pshl4_reg_big", shl(A, 32, 40))
    S("pshr2_imm", shr(B, 16, 3)); S("pshr2_u_imm", shru(B, 16, 3))
    S("pshr4_imm", shr(B, 32, 20)); S("pshr4_u_imm", shru(B, 32, 20))
    S("pshr2_reg_big", shr(B, 16, 40)); S("pshr2_u_reg_big", shru(B, 16, 40))
    S("pshr4_reg", shr(B, 32, 3))
    def mix(a, b, w, left):
        ea, eb = el(a, w), el(b, w); n = len(ea); out = [0] * n
        for i in range(0, n, 2):
            # result pairs (from the top): left takes the odd elements, right the even
            src = i + 1 if left else i
            out[i + 1] = ea[src]; out[i] = eb[src]
        return pk(out, w)
    for w, n in ((8, "1"), (16, "2"), (32, "4")):
        S("mix%s_l" % n, mix(A, B, w, True)); S("mix%s_r" % n, mix(A, B, w, False))
    def mux1(a, idx):  # idx: source byte for result bytes 7..0
        e = el(a, 8); return pk([e[i] for i in reversed(idx)], 8)
    S("mux1_rev", mux1(A, [0, 1, 2, 3, 4, 5, 6, 7]))
    S("mux1_mix", mux1(A, [7, 3, 5, 1, 6, 2, 4, 0]))
    S("mux1_shuf", mux1(A, [7, 3, 6, 2, 5, 1, 4, 0]))
    S("mux1_alt", mux1(A, [7, 5, 3, 1, 6, 4, 2, 0]))
    S("mux1_brcst", mux1(A, [0] * 8))
    def mux2(a, m):
        e = el(a, 16); return pk([e[(m >> (2 * i)) & 3] for i in range(4)], 16)
    S("mux2_1b", mux2(A, 0x1b)); S("mux2_e4", mux2(A, 0xe4)); S("mux2_72", mux2(A, 0x72))
    def pack(a, b, w, lo, hi):
        return pk([sat(sext(x, w), lo, hi) for x in el(a, w) + el(b, w)], w // 2)
    S("pack2_sss", pack(P, Q, 16, -128, 127)); S("pack2_uss", pack(P, Q, 16, 0, 255))
    S("pack4_sss", pack(P, Q, 32, -32768, 32767))
    def unpack(a, b, w, high):
        ea, eb = el(a, w), el(b, w); n = len(ea); h = n // 2
        base = h if high else 0
        out = []
        for i in range(h):
            out += [eb[base + i], ea[base + i]]
        return pk(out, w)
    for w, n in ((8, "1"), (16, "2"), (32, "4")):
        S("unpack%s_h" % n, unpack(A, B, w, True)); S("unpack%s_l" % n, unpack(A, B, w, False))
    return L, "exit 0"

PROGRAMS["mm"] = mm


def fp():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    import struct
    A, B, C = 0x0123456789abcdef, 0xfedcba9876543210, 0x8000000000000001
    # xma: the 128-bit product (signed for .l/.h, unsigned for .hu) plus
    # the zero-extended significand of f2 (SDM xma)
    S("xma_l", s64(A) * s64(B) + C)
    S("xma_h", (s64(A) * s64(B) + C) >> 64)
    S("xma_hu", (A * B + C) >> 64)
    S("xmpy_l", B * B); S("xmpy_hu", (B * B) >> 64); S("xmpy_h", (s64(B) * s64(B)) >> 64)
    S("getf_exp_sig", 0x1003e)
    S("getf_sig_f1", 1 << 63); S("getf_exp_f1", 0xffff)
    S("getf_sig_f0", 0); S("getf_exp_f0", 0)
    S("setf_exp", 0x2ffff); S("setf_exp_sig", 1 << 63)
    d = lambda x: struct.unpack("<Q", struct.pack("<d", x))[0]
    S("setf_exp_d", d(-1.0))
    pi = 0x400921fb54442d18
    S("setf_getf_d", pi)
    # getf.s maps the register format to the single memory format without
    # rounding (SDM getf/stfs "fp_reg_to_single"): the significand is cut
    S("getf_s_of_d", (pi >> 63) << 31 | (((pi >> 52) & 0x7ff) - 1023 + 127) << 23 | (pi & ((1 << 52) - 1)) >> 29)
    # register format of a double: exponent rebiased 1023 -> 65535, explicit integer bit
    S("getf_exp_of_d", ((pi >> 52) & 0x7ff) - 1023 + 0xffff)
    S("getf_sig_of_d", (1 << 63) | ((pi & ((1 << 52) - 1)) << 11))
    S("setf_getf_s", 0xc0490fdb)
    S("getf_d_of_s", d(struct.unpack("<f", (0xc0490fdb).to_bytes(4, "little"))[0]))
    S("fcvt_xf", d(-1234567.0))
    S("fcvt_fx_trunc", 3)
    S("fcvt_fxu_trunc_neg", 1 << 63)       # invalid (masked by FPSR_DEFAULT): integer indefinite
    S("fmerge_ns", d(-3.141592653589793))
    S("fmerge_s", d(-3.141592653589793))
    return L, "exit 0"

PROGRAMS["fp"] = fp


def unaligned():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    mem = bytearray((0x1122334455667788).to_bytes(8, "little") + (0x99aabbccddeeff00).to_bytes(8, "little"))
    le = lambda o, n: int.from_bytes(mem[o:o + n], "little")
    S("ld8_plus1", le(1, 8)); S("ld4_plus3", le(3, 4)); S("ld2_plus7", le(7, 2)); S("postinc", 9)
    mem[5:13] = (0xa1a2a3a4a5a6a7a8).to_bytes(8, "little")
    S("st8_plus5_lo", le(0, 8)); S("st8_plus5_hi", le(8, 8))
    return L, "exit 0"

PROGRAMS["unaligned"] = unaligned


def longjmp():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    S("longjmp_value", 7)
    S("loc0", 0x111); S("loc1", 0x222); S("loc2", 0x333); S("loc3_nat", 1)
    # main's frame was dirty (spilled) again when it called deep(): the
    # backing store holds the values it had then
    S("loc4", 0x999); S("setjmp_returns", 1)
    S("count_after", 30)
    return L, "exit 0"

PROGRAMS["longjmp"] = longjmp


def signal():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    S("sigaction_usr1", 0); S("kill_result", 0)
    S("usr1_handler_runs", 10)              # += signo, once
    S("usr1_handler_recursion", 500)
    S("loc0", 0x1010); S("loc1", 0x2020); S("loc2", 0x3030); S("loc4", 0x5050)
    S("loc3_nat", 1); S("r4", 0x4444); S("r7", 0x7777)
    S("pr_static", 1 | 1 << 3 | 1 << 6)     # p0, p3, p6 (sc_pr restored)
    S("sigill_si_code", 1)                  # ILL_ILLOPC (traps.c, break 0)
    S("sigsegv_si_code", 1)                 # SEGV_MAPERR
    S("sigsegv_si_addr", 0x1000)
    S("loc0_at_end", 0x1010)
    return L, "exit 0"

PROGRAMS["signal"] = signal


def cover():
    L = []
    S = lambda l, v: L.append(hexline(l, v))
    S("cover_bsp_advance_ok", 1); S("return_bsp_back_ok", 1)
    S("frame_values", 5 + 0xc0c0 + 15 + 0xabc + 0x111 + 0x222)
    S("caller_loc0", 0x600d)
    return L, "exit 0"

PROGRAMS["cover"] = cover

if __name__ == "__main__":
    main()
