//! IA-64 bundles: 128 bits, little-endian, holding a 5-bit template and three
//! 41-bit instruction slots (Intel Itanium Architecture SDM, Vol. 3, 3.3
//! "Instruction Encoding Overview", Table 3-10 "Template Field Encoding").
//!
//! ```text
//!  127           87 86            46 45             5 4        0
//! +----------------+----------------+----------------+----------+
//! |     slot 2     |     slot 1     |     slot 0     | template |
//! +----------------+----------------+----------------+----------+
//! ```
//!
//! The template names the execution unit of each slot and where the
//! instruction-group stops (`;;`) fall. Bit 0 of the template is the stop at
//! the end of the bundle; templates 0x02/0x03 (MI_I) and 0x0a/0x0b (M_MI) also
//! have a stop inside. Eight templates are reserved: executing a bundle with
//! one of them is an Illegal Operation fault.

/// The execution unit a slot is dispatched to.
///
/// `A`-type instructions (integer ALU, major opcodes 8-15) execute in `M` or
/// `I` slots; `L` is the middle slot of an MLX bundle, which holds the high 41
/// bits of the immediate of the `X` instruction in slot 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    M,
    I,
    F,
    B,
    L,
    X,
}

/// One template: the units of the three slots and the stops after them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Template {
    /// `None` for the eight reserved templates.
    pub units: Option<[Unit; 3]>,
    /// `stops[i]`: an instruction-group boundary follows slot `i`.
    pub stops: [bool; 3],
}

use Unit::*;

const fn t(units: [Unit; 3], mid: Option<usize>, end: bool) -> Template {
    let mut stops = [false, false, end];
    if let Some(m) = mid {
        stops[m] = true;
    }
    Template { units: Some(units), stops }
}

const RESERVED: Template = Template { units: None, stops: [false; 3] };

/// SDM Vol. 3, Table 3-10, indexed by the 5-bit template field.
pub const TEMPLATES: [Template; 32] = [
    t([M, I, I], None, false),    // 0x00 MII
    t([M, I, I], None, true),     // 0x01 MII;;
    t([M, I, I], Some(1), false), // 0x02 MI;;I
    t([M, I, I], Some(1), true),  // 0x03 MI;;I;;
    t([M, L, X], None, false),    // 0x04 MLX
    t([M, L, X], None, true),     // 0x05 MLX;;
    RESERVED,                     // 0x06
    RESERVED,                     // 0x07
    t([M, M, I], None, false),    // 0x08 MMI
    t([M, M, I], None, true),     // 0x09 MMI;;
    t([M, M, I], Some(0), false), // 0x0a M;;MI
    t([M, M, I], Some(0), true),  // 0x0b M;;MI;;
    t([M, F, I], None, false),    // 0x0c MFI
    t([M, F, I], None, true),     // 0x0d MFI;;
    t([M, M, F], None, false),    // 0x0e MMF
    t([M, M, F], None, true),     // 0x0f MMF;;
    t([M, I, B], None, false),    // 0x10 MIB
    t([M, I, B], None, true),     // 0x11 MIB;;
    t([M, B, B], None, false),    // 0x12 MBB
    t([M, B, B], None, true),     // 0x13 MBB;;
    RESERVED,                     // 0x14
    RESERVED,                     // 0x15
    t([B, B, B], None, false),    // 0x16 BBB
    t([B, B, B], None, true),     // 0x17 BBB;;
    t([M, M, B], None, false),    // 0x18 MMB
    t([M, M, B], None, true),     // 0x19 MMB;;
    RESERVED,                     // 0x1a
    RESERVED,                     // 0x1b
    t([M, F, B], None, false),    // 0x1c MFB
    t([M, F, B], None, true),     // 0x1d MFB;;
    RESERVED,                     // 0x1e
    RESERVED,                     // 0x1f
];

/// Mask of one 41-bit slot.
pub const SLOT_MASK: u64 = (1 << 41) - 1;

/// A bundle split into its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawBundle {
    /// The 5-bit template field (stop bit included).
    pub template: u8,
    /// The three 41-bit slots.
    pub slots: [u64; 3],
}

impl RawBundle {
    /// Split 16 bytes of guest memory (bundles are little-endian in memory
    /// whatever the data endianness, SDM Vol. 1, 3.4).
    pub fn from_bytes(bytes: &[u8; 16]) -> RawBundle {
        let lo = u64::from_le_bytes(bytes[0..8].try_into().unwrap());
        let hi = u64::from_le_bytes(bytes[8..16].try_into().unwrap());
        RawBundle::from_words(lo, hi)
    }

    /// Split a bundle given as its low and high 64-bit halves.
    pub fn from_words(lo: u64, hi: u64) -> RawBundle {
        RawBundle {
            template: (lo & 0x1f) as u8,
            slots: [(lo >> 5) & SLOT_MASK, ((lo >> 46) | (hi << 18)) & SLOT_MASK, (hi >> 23) & SLOT_MASK],
        }
    }

    /// Assemble a bundle from a template and three slots (inverse of
    /// [`RawBundle::from_bytes`]); bits above 41 in a slot are ignored.
    pub fn to_bytes(&self) -> [u8; 16] {
        let s0 = self.slots[0] & SLOT_MASK;
        let s1 = self.slots[1] & SLOT_MASK;
        let s2 = self.slots[2] & SLOT_MASK;
        let lo = (self.template as u64 & 0x1f) | (s0 << 5) | (s1 << 46);
        let hi = (s1 >> 18) | (s2 << 23);
        let mut out = [0u8; 16];
        out[0..8].copy_from_slice(&lo.to_le_bytes());
        out[8..16].copy_from_slice(&hi.to_le_bytes());
        out
    }

    /// The template's description.
    pub fn template(&self) -> &'static Template {
        &TEMPLATES[self.template as usize]
    }
}

/// The name objdump prints between brackets for a template: the units of the
/// template with the stop bit ignored ("MII", "MLX", ...), and "-3-", "-a-",
/// "-d-", "-f-" for the reserved pairs (the hex digit is `template >> 1`).
pub fn template_name(template: u8) -> &'static str {
    const NAMES: [&str; 16] = [
        "MII", "MII", "MLX", "-3-", "MMI", "MMI", "MFI", "MMF", "MIB", "MBB", "-a-", "BBB", "MMB", "-d-", "MFB", "-f-",
    ];
    NAMES[((template >> 1) & 0xf) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ia64_bundle_split_and_join_are_inverse() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..1000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let lo = x;
            let hi = x.rotate_left(29) ^ 0x5555_aaaa_1234_8765;
            let b = RawBundle::from_words(lo, hi);
            let bytes = b.to_bytes();
            assert_eq!(u64::from_le_bytes(bytes[0..8].try_into().unwrap()), lo);
            assert_eq!(u64::from_le_bytes(bytes[8..16].try_into().unwrap()), hi);
            assert_eq!(RawBundle::from_bytes(&bytes), b);
        }
    }

    #[test]
    fn ia64_reserved_templates_are_the_eight_of_the_sdm() {
        let reserved: Vec<usize> = (0..32).filter(|&t| TEMPLATES[t].units.is_none()).collect();
        assert_eq!(reserved, vec![0x06, 0x07, 0x14, 0x15, 0x1a, 0x1b, 0x1e, 0x1f]);
    }

    #[test]
    fn ia64_mid_bundle_stops() {
        assert_eq!(TEMPLATES[0x02].stops, [false, true, false]);
        assert_eq!(TEMPLATES[0x03].stops, [false, true, true]);
        assert_eq!(TEMPLATES[0x0a].stops, [true, false, false]);
        assert_eq!(TEMPLATES[0x0b].stops, [true, false, true]);
        assert_eq!(TEMPLATES[0x11].stops, [false, false, true]);
    }
}
