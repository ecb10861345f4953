//! VIS 1/2 partitioned operations too wide for a few IR instructions,
//! computed on the host: `extern "C" fn(opf, a, b, c) -> u64`.
//!
//! Lanes are numbered from the least significant end; a single-register
//! operand arrives in the low 32 bits. Semantics: UltraSPARC I/II User's
//! Manual ch. 13 (VIS), as QEMU's current `vis_helper.c` implements them
//! (QEMU 7.2 read several single operands as doubles), except that the
//! fcmp16/32 compares are signed as the manual says.

fn lane16(x: u64, i: u32) -> i32 {
    (x >> (16 * i)) as i16 as i32
}

fn byte(x: u64, i: u32) -> i32 {
    ((x >> (8 * i)) & 0xff) as i32
}

fn put16(r: &mut u64, i: u32, v: i32) {
    *r |= ((v as u64) & 0xffff) << (16 * i);
}

/// Partitioned add or subtract of `w`-bit lanes over `bits` bits.
fn lanes(a: u64, b: u64, w: u32, bits: u32, sub: bool) -> u64 {
    let mask = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
    let mut r = 0;
    for i in 0..bits / w {
        let (x, y) = ((a >> (w * i)) & mask, (b >> (w * i)) & mask);
        let v = if sub { x.wrapping_sub(y) } else { x.wrapping_add(y) };
        r |= (v & mask) << (w * i);
    }
    r
}

/// Signed lane compares: bit i of the result is lane i's outcome.
fn cmp(a: u64, b: u64, w: u32, f: fn(i64, i64) -> bool) -> u64 {
    let mut r = 0;
    for i in 0..64 / w {
        let (x, y) = if w == 16 {
            ((a >> (16 * i)) as i16 as i64, (b >> (16 * i)) as i16 as i64)
        } else {
            ((a >> (32 * i)) as i32 as i64, (b >> (32 * i)) as i32 as i64)
        };
        if f(x, y) {
            r |= 1 << i;
        }
    }
    r
}

/// VIS `array8`: blend the fixed-point (x, y, z) of `a` (x.int in bits
/// 21:11, y.int 43:33, z.int 63:55) into a blocked-array offset for a cube
/// of side 2^`b` (manual 13.5.12; QEMU's bit layout, with the upper x bits
/// taken as bits 17..17+n-1 as intended).
fn array8(a: u64, b: u64) -> u64 {
    let n = b.min(16) as u32;
    let f = |lo: u32, len: u32| -> u64 {
        if len == 0 {
            0
        } else {
            (a >> lo) & ((1u64 << len) - 1)
        }
    };
    (f(60, 4) << (17 + 2 * n))
        | f(39, n) << (17 + n)
        | f(17, n) << 17
        | f(56, 4) << 13
        | f(35, 4) << 9
        | f(13, 4) << 5
        | f(55, 1) << 4
        | f(33, 2) << 2
        | f(11, 2)
}

/// Compute VIS op `opf` on operands a (rs1), b (rs2) and c (%gsr, or the
/// pdist accumulator).
pub(super) extern "C" fn vis(opf: u64, a: u64, b: u64, c: u64) -> u64 {
    match opf {
        0x10 => array8(a, b),
        0x12 => array8(a, b) << 1,
        0x14 => array8(a, b) << 2,
        0x20 => cmp(a, b, 16, |x, y| x <= y),
        0x22 => cmp(a, b, 16, |x, y| x != y),
        0x24 => cmp(a, b, 32, |x, y| x <= y),
        0x26 => cmp(a, b, 32, |x, y| x != y),
        0x28 => cmp(a, b, 16, |x, y| x > y),
        0x2a => cmp(a, b, 16, |x, y| x == y),
        0x2c => cmp(a, b, 32, |x, y| x > y),
        0x2e => cmp(a, b, 32, |x, y| x == y),
        0x31 | 0x33 | 0x35 => {
            // fmul8x16 (b: four lanes), fmul8x16au/al (b: one 16-bit value).
            let mut r = 0;
            for i in 0..4 {
                let m = match opf {
                    0x31 => lane16(b, i),
                    0x33 => (b >> 16) as i16 as i32,
                    _ => b as i16 as i32,
                };
                put16(&mut r, i, (byte(a, i) * m + 0x80) >> 8);
            }
            r
        }
        0x36 => {
            // fmul8sux16: the signed upper byte of each rs1 lane.
            let mut r = 0;
            for i in 0..4 {
                let hi = (a >> (16 * i + 8)) as i8 as i32;
                put16(&mut r, i, (hi * lane16(b, i) + 0x80) >> 8);
            }
            r
        }
        0x37 => {
            // fmul8ulx16: the unsigned lower byte of each rs1 lane.
            let mut r = 0;
            for i in 0..4 {
                put16(&mut r, i, (byte(a, 2 * i) * lane16(b, i) + 0x8000) >> 16);
            }
            r
        }
        0x38 | 0x39 => {
            // fmuld8sux16 / fmuld8ulx16: two 32-bit products.
            let mut r = 0;
            for i in 0..2 {
                let y = lane16(b, i);
                let p = if opf == 0x38 { (lane16(a, i) & !0xff) * y } else { byte(a, 2 * i) * y };
                r |= (p as u32 as u64) << (32 * i);
            }
            r
        }
        0x3a => {
            // fpack32
            let scale = (c >> 3) & 0x1f;
            let mut r = (a << 8) & !0x0000_00ff_0000_00ff;
            for w in 0..2 {
                let src = (b >> (32 * w)) as i32 as i64;
                let v = ((src << scale) >> 23).clamp(0, 255) as u64;
                r |= v << (32 * w);
            }
            r
        }
        0x3b => {
            // fpack16
            let scale = (c >> 3) & 0xf;
            let mut r = 0;
            for i in 0..4 {
                let src = (b >> (16 * i)) as i16 as i32;
                let v = ((src << scale) >> 7).clamp(0, 255) as u64;
                r |= v << (8 * i);
            }
            r
        }
        0x3d => {
            // fpackfix
            let scale = (c >> 3) & 0x1f;
            let mut r = 0;
            for w in 0..2 {
                let src = (b >> (32 * w)) as i32 as i64;
                let v = ((src << scale) >> 16).clamp(-32768, 32767) as u64;
                r |= (v & 0xffff) << (16 * w);
            }
            r
        }
        0x3e => {
            // pdist: c is the accumulator (rd).
            let mut sum = c;
            for i in 0..8 {
                sum = sum.wrapping_add((byte(a, i) - byte(b, i)).unsigned_abs() as u64);
            }
            sum
        }
        0x4b => {
            // fpmerge: interleave the bytes of two singles, rs1 first.
            let mut r = 0;
            for i in 0..4 {
                r |= (byte(a, i) as u64) << (16 * i + 8) | (byte(b, i) as u64) << (16 * i);
            }
            r
        }
        0x4c => {
            // bshuffle: byte i (from the most significant) of the result is
            // byte GSR.mask nibble i of rs1:rs2.
            let mask = c >> 32;
            let mut r = 0;
            for i in 0..8 {
                let e = (mask >> (28 - 4 * i)) & 0xf;
                let v = if e < 8 { (a >> (56 - 8 * e)) & 0xff } else { (b >> (56 - 8 * (e - 8))) & 0xff };
                r |= v << (56 - 8 * i);
            }
            r
        }
        0x4d => {
            // fexpand
            let mut r = 0;
            for i in 0..4 {
                put16(&mut r, i, byte(b, i) << 4);
            }
            r
        }
        0x50 => lanes(a, b, 16, 64, false),
        0x51 => lanes(a, b, 16, 32, false),
        0x52 => lanes(a, b, 32, 64, false),
        0x53 => lanes(a, b, 32, 32, false),
        0x54 => lanes(a, b, 16, 64, true),
        0x55 => lanes(a, b, 16, 32, true),
        0x56 => lanes(a, b, 32, 64, true),
        _ => lanes(a, b, 32, 32, true),
    }
}
