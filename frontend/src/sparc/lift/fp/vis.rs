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

/// VIS partial store: the doubleword to write at the (8-byte aligned)
/// address, given the doubleword there now (`old`, big-endian value), the
/// register `reg`, the mask register `mask` and the ASI (0xc0-0xc5,
/// 0xc8-0xcd: bits 2:1 the element size 8/16/32, bit 3 little-endian).
/// Mask bit i enables register element i counted from the least
/// significant one (so the mask's top bit is the register's top element);
/// a little-endian ASI stores the register byte-reversed, so the enabled
/// bytes move with their data (UltraSPARC I/II User's Manual 13.5.3).
pub(super) extern "C" fn partial_store(asi: u64, old: u64, reg: u64, mask: u64) -> u64 {
    let ebytes = 1u32 << ((asi >> 1) & 3); // 1, 2 or 4
    let mut bytes = 0u64; // register-order byte mask
    for i in 0..8 / ebytes {
        if mask >> i & 1 != 0 {
            let lane = if ebytes == 4 { 0xffff_ffff } else { (1u64 << (8 * ebytes)) - 1 };
            bytes |= lane << (8 * ebytes * i);
        }
    }
    let (data, bytes) = if asi & 8 != 0 { (reg.swap_bytes(), bytes.swap_bytes()) } else { (reg, bytes) };
    (old & !bytes) | (data & bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_store_masks_follow_the_register_elements() {
        let (old, reg) = (0x1111_1111_1111_1111u64, 0x0102_0304_0506_0708u64);
        // PST8_P: mask bit 7 is the most significant byte.
        assert_eq!(partial_store(0xc0, old, reg, 0x81), 0x0111_1111_1111_1108);
        assert_eq!(partial_store(0xc0, old, reg, 0), old);
        assert_eq!(partial_store(0xc0, old, reg, 0x1ff), reg);
        // PST16_S: 4 lanes, only the low 4 mask bits count.
        assert_eq!(partial_store(0xc3, old, reg, 0xf2), 0x1111_1111_0506_1111);
        // PST32_P: 2 lanes.
        assert_eq!(partial_store(0xc4, old, reg, 2), 0x0102_0304_1111_1111);
        // PST8_PL: the register is stored byte-reversed and the mask moves
        // with the data: bit 0 (byte 0x08) lands at the lowest address.
        assert_eq!(partial_store(0xc8, old, reg, 0x01), 0x0811_1111_1111_1111);
        // PST16_PL: lane 3 (0x0102) is the last halfword, little-endian.
        assert_eq!(partial_store(0xca, old, reg, 0x8), 0x1111_1111_1111_0201);
        // PST32_SL: lane 0 (0x05060708) first, little-endian.
        assert_eq!(partial_store(0xcd, old, reg, 0x1), 0x0807_0605_1111_1111);
    }
}
