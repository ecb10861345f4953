//! What the ELF header says about a guest program: which reference emulator
//! runs it, how its instructions decode, and its code and symbols (to name
//! the instruction at a diverging pc).

use goblin::elf::program_header::{PF_X, PT_LOAD};
use lastmile_frontend::sparc::decode::{decode, Flavor};
use lastmile_frontend::sparc::disasm::disasm;
use std::path::Path;

/// `e_machine` values (System V ABI, ELF header).
pub const EM_SPARC: u16 = 2;
pub const EM_SPARC32PLUS: u16 = 18;
pub const EM_SPARCV9: u16 = 43;

/// The SPARC flavours lastmile runs, one reference emulator each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// EM_SPARCV9: 64-bit V9, `qemu-sparc64`.
    Sparc64,
    /// EM_SPARC32PLUS: 32-bit V8+ (V9 instructions, 32-bit ABI), `qemu-sparc32plus`.
    Sparc32Plus,
    /// EM_SPARC: 32-bit V8, `qemu-sparc`.
    Sparc32,
}

impl Arch {
    /// The qemu-user binary that is the reference for this flavour.
    pub fn reference(self) -> &'static str {
        match self {
            Arch::Sparc64 => "qemu-sparc64",
            Arch::Sparc32Plus => "qemu-sparc32plus",
            Arch::Sparc32 => "qemu-sparc",
        }
    }
    pub fn flavor(self) -> Flavor {
        match self {
            Arch::Sparc64 => Flavor::V9,
            Arch::Sparc32Plus => Flavor::V8Plus,
            Arch::Sparc32 => Flavor::V8,
        }
    }
    pub fn bits64(self) -> bool {
        self == Arch::Sparc64
    }
    /// The stack bias of the ABI: %sp + bias is the frame (2047 on sparc64).
    pub fn stack_bias(self) -> u64 {
        if self.bits64() {
            2047
        } else {
            0
        }
    }
    /// The Linux system call trap of the ABI (`ta 0x6d` / `ta 0x10`).
    pub fn syscall_trap(self) -> u64 {
        if self.bits64() {
            0x6d
        } else {
            0x10
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Arch::Sparc64 => "sparc64",
            Arch::Sparc32Plus => "sparc32plus",
            Arch::Sparc32 => "sparc32",
        }
    }
}

/// Identify the flavour from the first bytes of an ELF file.
pub fn arch_of_bytes(b: &[u8]) -> Result<Arch, String> {
    if b.len() < 20 || &b[0..4] != b"\x7fELF" {
        return Err("not an ELF file".into());
    }
    let machine = if b[5] == 2 { u16::from_be_bytes([b[18], b[19]]) } else { u16::from_le_bytes([b[18], b[19]]) };
    match machine {
        EM_SPARCV9 => Ok(Arch::Sparc64),
        EM_SPARC32PLUS => Ok(Arch::Sparc32Plus),
        EM_SPARC => Ok(Arch::Sparc32),
        m => Err(format!("ELF machine {m} is not SPARC (no reference emulator)")),
    }
}

pub fn arch_of(path: &Path) -> Result<Arch, String> {
    let mut head = [0u8; 20];
    use std::io::Read;
    let mut f = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    f.read_exact(&mut head).map_err(|_| format!("{}: not an ELF file", path.display()))?;
    arch_of_bytes(&head).map_err(|e| format!("{}: {e}", path.display()))
}

/// The code of a guest program, to decode and name any pc in it.
pub struct Image {
    pub arch: Arch,
    /// Executable PT_LOAD segments: (vaddr, file bytes).
    segments: Vec<(u64, Vec<u8>)>,
    /// Function and label symbols, sorted by address.
    symbols: Vec<(u64, String)>,
}

impl Image {
    pub fn load(path: &Path) -> Result<Image, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let arch = arch_of_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        let elf = goblin::elf::Elf::parse(&bytes).map_err(|e| format!("{}: bad ELF file: {e}", path.display()))?;
        let mut segments = Vec::new();
        for ph in &elf.program_headers {
            if ph.p_type == PT_LOAD && ph.p_flags & PF_X != 0 {
                let s = ph.p_offset as usize;
                let e = s.saturating_add(ph.p_filesz as usize).min(bytes.len());
                segments.push((ph.p_vaddr, bytes.get(s..e).unwrap_or(&[]).to_vec()));
            }
        }
        let mut symbols: Vec<(u64, String)> = elf
            .syms
            .iter()
            .filter(|s| s.st_value != 0 && (s.is_function() || s.st_type() == goblin::elf::sym::STT_NOTYPE))
            .filter_map(|s| elf.strtab.get_at(s.st_name).map(|n| (s.st_value, n.to_string())))
            .filter(|(_, n)| !n.is_empty() && !n.starts_with('$') && !n.starts_with(".L"))
            .collect();
        symbols.sort();
        symbols.dedup_by_key(|(a, _)| *a);
        Ok(Image { arch, segments, symbols })
    }

    /// The instruction word at `pc`, if it is in the program's code.
    pub fn word(&self, pc: u64) -> Option<u32> {
        for (va, data) in &self.segments {
            if pc >= *va && pc + 4 <= va + data.len() as u64 {
                let o = (pc - va) as usize;
                return Some(u32::from_be_bytes([data[o], data[o + 1], data[o + 2], data[o + 3]]));
            }
        }
        None
    }

    /// objdump's text of the instruction at `pc` (`?` outside the code).
    pub fn disasm(&self, pc: u64) -> String {
        match self.word(pc) {
            Some(w) => disasm(&decode(w, self.arch.flavor()), pc, self.arch.flavor()).trim_end().to_string(),
            None => "?".into(),
        }
    }

    /// `name+0xoff` for the nearest symbol at or below `pc`.
    pub fn symbolize(&self, pc: u64) -> Option<String> {
        let i = self.symbols.partition_point(|(a, _)| *a <= pc);
        let (a, n) = self.symbols.get(i.checked_sub(1)?)?;
        Some(if *a == pc { n.clone() } else { format!("{n}+0x{:x}", pc - a) })
    }

    /// One report line: `0x100abc <sym+0x10>: add  %o0, 1, %o1`.
    pub fn describe(&self, pc: u64) -> String {
        match self.symbolize(pc) {
            Some(s) => format!("0x{pc:x} <{s}>: {}", self.disasm(pc)),
            None => format!("0x{pc:x}: {}", self.disasm(pc)),
        }
    }
}
