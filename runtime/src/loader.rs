//! Loading a static ELF program into the guest address space and building the
//! initial stack exactly as Linux does (fs/binfmt_elf.c `create_elf_tables`,
//! fs/exec.c for the string area, arch/sparc for the rest).
//!
//! sparc64 initial stack, from high to low addresses:
//!
//! ```text
//!   STACK_TOP         ─┐ 8 bytes of zero (exec's `bprm->p = vm_end - sizeof(void *)`)
//!   execfn string      │
//!   envp strings       │ (envp[0] lowest)
//!   argv strings       │ (argv[0] lowest; no alignment: sparc's arch_align_stack is identity)
//!   16 random bytes    │ AT_RANDOM
//!   (padding to 16)    │
//!   auxv pairs, AT_NULL│
//!   NULL, envp[] ...   │
//!   NULL, argv[] ...   │
//!   argc              ─┘ 16-byte aligned; every word 64-bit big-endian
//!   128 bytes          register-window save area: Linux's start_thread sets
//!                      %sp = argc_addr - 128 - 2047 (arch/sparc/include/asm/processor_64.h)
//! ```
//!
//! [`Loaded::sp`] is that *unbiased* stack pointer (`argc_addr - 128`): the
//! caller sets `%sp = sp - 2047` and glibc's start.S finds argc at
//! `%sp + 2047 + 128`.
//!
//! 32-bit SPARC (EM_SPARC for V8, EM_SPARC32PLUS for V8+) has the same
//! layout with 4-byte words, no stack bias and a 64-byte save area (Linux
//! `start_thread32`: `%sp = argc_addr - sizeof(struct reg_window32)`); the
//! stack ends at `STACK_TOP32` = 4 GiB - 8 KiB (processor_64.h).
//!
//! IA-64 (EM_IA_64, ELF64 little-endian) has the same string and vector
//! layout with 8-byte little-endian words (fs/binfmt_elf.c; ia64 has no
//! ELF_PLATFORM and ELF_HWCAP 0; its ARCH_DLINFO entries AT_SYSINFO and
//! AT_SYSINFO_EHDR name the gate page, which we do not have, so they are
//! left out and glibc makes system calls with `break 0x100000`). Linux's
//! `start_thread` (arch/ia64/include/asm/processor.h) sets
//! `r12 = sp - 16`, where sp is argc's address: [`Loaded::sp`] is that r12.
//! `ia64_init_addr_space` (arch/ia64/mm/init.c) maps the register backing
//! store, which grows up from `rbs_bot` ([`Loaded::rbs_base`]). Linux puts
//! the stack top at region 3 + RGN_MAP_LIMIT (2^44 - 16 KiB) and `rbs_bot`
//! a stack-rlimit below it; our region fold has 1 TiB slots, so both sit
//! lower in region 3 ([`IA64_STACK_TOP`], [`IA64_RBS_GAP`]); programs see
//! only the addresses.

use crate::mem::{page_round_up, GuestMemory, Prot, RegionKind, GUEST_PAGE_SIZE};
use goblin::container::Ctx;
use goblin::elf::header::{self, Header};
use goblin::elf::program_header::{self as ph, ProgramHeader};
use std::path::{Path, PathBuf};

/// Where the sparc64 stack ends (exclusive): 256 MiB below the top of the
/// 2^40-byte guest space.
pub const SPARC64_STACK_TOP: u64 = (1 << 40) - 0x1000_0000;
/// Where the 32-bit stack ends (exclusive): Linux `STACK_TOP32`, 4 GiB
/// minus one 8 KiB page (arch/sparc/include/asm/processor_64.h).
pub const SPARC32_STACK_TOP: u64 = (1 << 32) - 0x2000;
/// The 32-bit register-window save area between %sp and argc (16 × 4 bytes).
pub const SPARC32_REGWIN_SIZE: u64 = 64;
/// `AT_HWCAP` of 32-bit programs, as qemu-sparc32plus (V8+: FLUSH, STBAR,
/// SWAP, MULDIV, V9) and qemu-sparc (V8: the first four) give them.
pub const SPARC32PLUS_HWCAP: u64 =
    HWCAP_SPARC_FLUSH | HWCAP_SPARC_STBAR | HWCAP_SPARC_SWAP | HWCAP_SPARC_MULDIV | HWCAP_SPARC_V9;
pub const SPARC32_HWCAP: u64 = HWCAP_SPARC_FLUSH | HWCAP_SPARC_STBAR | HWCAP_SPARC_SWAP | HWCAP_SPARC_MULDIV;
/// Where the IA-64 stack ends (exclusive): region 3, 256 MiB below the end
/// of the fold's slot (Linux: 0x6000_0fff_ffff_c000, beyond our slot).
pub const IA64_STACK_TOP: u64 = 0x6000_0000_0000_0000 + (1 << 40) - 0x1000_0000;
/// The IA-64 register backing store starts this far below the stack top
/// (Linux: the stack rlimit below `mm->start_stack`).
pub const IA64_RBS_GAP: u64 = 1 << 38;
/// The space between r12 and argc (Linux start_thread: 16 bytes of scratch).
pub const IA64_SCRATCH: u64 = 16;
/// Stack size used when the host's RLIMIT_STACK is unlimited.
const STACK_SIZE_UNLIMITED: u64 = 64 << 20;
/// The register-window save area between %sp and argc (16 × 8 bytes).
pub const SPARC64_REGWIN_SIZE: u64 = 128;

/// `AT_HWCAP` for sparc64: only what the translator implements (the integer
/// V9 instruction set, 32-bit multiply/divide, V8+, popc, fsmuld, VIS 1 and
/// VIS 2; no block-init ASIs, no ULTRA3 extras). arch/sparc/include/asm/elf_64.h.
pub const SPARC64_HWCAP: u64 = HWCAP_SPARC_FLUSH
    | HWCAP_SPARC_STBAR
    | HWCAP_SPARC_SWAP
    | HWCAP_SPARC_MULDIV
    | HWCAP_SPARC_V9
    | AV_SPARC_MUL32
    | AV_SPARC_DIV32
    | AV_SPARC_V8PLUS
    | AV_SPARC_POPC
    | AV_SPARC_FSMULD
    | AV_SPARC_VIS
    | AV_SPARC_VIS2;
const HWCAP_SPARC_FLUSH: u64 = 0x1;
const HWCAP_SPARC_STBAR: u64 = 0x2;
const HWCAP_SPARC_SWAP: u64 = 0x4;
const HWCAP_SPARC_MULDIV: u64 = 0x8;
const HWCAP_SPARC_V9: u64 = 0x10;
const AV_SPARC_MUL32: u64 = 0x100;
const AV_SPARC_DIV32: u64 = 0x200;
const AV_SPARC_V8PLUS: u64 = 0x800;
const AV_SPARC_POPC: u64 = 0x1000;
const AV_SPARC_FSMULD: u64 = 0x400;
const AV_SPARC_VIS: u64 = 0x2000;
const AV_SPARC_VIS2: u64 = 0x4000;

/// Auxiliary vector keys (include/uapi/linux/auxvec.h).
pub mod at {
    pub const NULL: u64 = 0;
    pub const PHDR: u64 = 3;
    pub const PHENT: u64 = 4;
    pub const PHNUM: u64 = 5;
    pub const PAGESZ: u64 = 6;
    pub const BASE: u64 = 7;
    pub const FLAGS: u64 = 8;
    pub const ENTRY: u64 = 9;
    pub const UID: u64 = 11;
    pub const EUID: u64 = 12;
    pub const GID: u64 = 13;
    pub const EGID: u64 = 14;
    pub const PLATFORM: u64 = 15;
    pub const HWCAP: u64 = 16;
    pub const CLKTCK: u64 = 17;
    pub const SECURE: u64 = 23;
    pub const RANDOM: u64 = 25;
    pub const EXECFN: u64 = 31;
}

/// What kind of SPARC executable a load expects, and the facts of its
/// initial process image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ElfTarget {
    /// For messages: "sparc64", "32-bit SPARC".
    pub name: &'static str,
    pub class64: bool,
    /// Accepted ELF machines.
    pub machines: &'static [u16],
    /// End (exclusive) of the initial stack.
    pub stack_top: u64,
    /// Bytes per argc/argv/envp/auxv word.
    pub word: u64,
    /// Register-window save area between %sp and argc.
    pub regwin: u64,
    /// AT_PAGESZ.
    pub page_size: u64,
    pub hwcap: u64,
    /// Little-endian words and ELF file (IA-64) instead of big-endian.
    pub little_endian: bool,
    /// A register backing store this far below `stack_top` (0: none).
    pub rbs_gap: u64,
}

/// Static sparc64 executables (EM_SPARCV9, ELFCLASS64).
pub const SPARC64: ElfTarget = ElfTarget {
    name: "sparc64",
    class64: true,
    machines: &[header::EM_SPARCV9],
    stack_top: SPARC64_STACK_TOP,
    word: 8,
    regwin: SPARC64_REGWIN_SIZE,
    page_size: GUEST_PAGE_SIZE,
    hwcap: SPARC64_HWCAP,
    little_endian: false,
    rbs_gap: 0,
};

/// Static IA-64 executables (EM_IA_64, ELFCLASS64, little-endian).
pub const IA64: ElfTarget = ElfTarget {
    name: "IA-64",
    class64: true,
    machines: &[header::EM_IA_64],
    stack_top: IA64_STACK_TOP,
    word: 8,
    regwin: IA64_SCRATCH,
    page_size: crate::mem::IA64_PAGE_SIZE,
    // arch/ia64/include/asm/elf.h: ELF_HWCAP 0.
    hwcap: 0,
    little_endian: true,
    rbs_gap: IA64_RBS_GAP,
};

/// Static 32-bit SPARC executables, V8 (EM_SPARC) or V8+ (EM_SPARC32PLUS).
/// The page size and hwcap are those of V8+ (a sparc64 kernel, 8 KiB
/// pages); [`sparc32_target`] adjusts them for V8.
pub const SPARC32: ElfTarget = ElfTarget {
    name: "32-bit SPARC",
    class64: false,
    machines: &[header::EM_SPARC, header::EM_SPARC32PLUS],
    stack_top: SPARC32_STACK_TOP,
    word: 4,
    regwin: SPARC32_REGWIN_SIZE,
    page_size: GUEST_PAGE_SIZE,
    hwcap: SPARC32PLUS_HWCAP,
    little_endian: false,
    rbs_gap: 0,
};

/// The target for a 32-bit program with ELF machine `machine`: V8+ as
/// [`SPARC32`]; pure V8 (EM_SPARC) with the 4 KiB AT_PAGESZ and hwcap that
/// qemu-sparc (a sparc32 kernel's values) gives. Guest memory itself keeps
/// its 8 KiB granularity.
pub fn sparc32_target(machine: u16) -> ElfTarget {
    if machine == header::EM_SPARC {
        ElfTarget { page_size: 4096, hwcap: SPARC32_HWCAP, ..SPARC32 }
    } else {
        SPARC32
    }
}

/// A loaded program, ready to run.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub entry: u64,
    /// The unbiased initial stack pointer: set `%sp = sp - 2047` (sparc64)
    /// or `%sp = sp` (32-bit). argc is at `sp + 128` ([`SPARC64_REGWIN_SIZE`])
    /// or `sp + 64` ([`SPARC32_REGWIN_SIZE`]).
    pub sp: u64,
    /// Where argc is (argv follows it).
    pub argc_addr: u64,
    /// The initial program break (page-aligned end of bss).
    pub brk: u64,
    /// Guest address of the program headers (AT_PHDR).
    pub phdr: u64,
    pub phnum: u64,
    /// Lowest and highest+1 address of the stack mapping.
    pub stack_low: u64,
    pub stack_top: u64,
    /// The auxiliary vector as given to the program (for /proc/self/auxv).
    pub auxv: Vec<(u64, u64)>,
    /// IA-64: the base of the register backing store (ar.bspstore at
    /// start); 0 for SPARC.
    pub rbs_base: u64,
    /// Absolute path of the program (what /proc/self/exe shows).
    pub exe: PathBuf,
}

/// Why a program cannot be loaded. `Display` gives one clear line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Io(String),
    NotElf,
    Truncated,
    /// The ELF file is for another machine: (what it is for, what we wanted).
    WrongMachine(String, &'static str),
    /// Little-endian, for a big-endian guest named here.
    LittleEndian(&'static str),
    /// Big-endian, for a little-endian guest named here.
    BigEndian(&'static str),
    NotExecutable(&'static str),
    Dynamic(String),
    BadSegment(String),
    Memory(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io(e) => write!(f, "cannot read the program: {e}"),
            LoadError::NotElf => write!(f, "not an ELF file"),
            LoadError::Truncated => write!(f, "truncated ELF file"),
            LoadError::WrongMachine(m, want) => write!(f, "ELF file is for {m}, not {want}"),
            LoadError::LittleEndian(want) => write!(f, "ELF file is little-endian; {want} programs are big-endian"),
            LoadError::BigEndian(want) => write!(f, "ELF file is big-endian; {want} programs are little-endian"),
            LoadError::NotExecutable(what) => write!(f, "not an executable ({what})"),
            LoadError::Dynamic(interp) => write!(
                f,
                "dynamically linked programs are not supported yet (needs {interp}); link it with -static"
            ),
            LoadError::BadSegment(e) => write!(f, "bad ELF program header: {e}"),
            LoadError::Memory(e) => write!(f, "cannot map the program: {e}"),
        }
    }
}

impl std::error::Error for LoadError {}

fn machine_name(m: u16, class64: bool) -> String {
    match m {
        header::EM_X86_64 => "x86-64".into(),
        header::EM_386 => "i386".into(),
        header::EM_AARCH64 => "AArch64".into(),
        header::EM_ARM => "ARM".into(),
        header::EM_SPARC => "32-bit SPARC".into(),
        header::EM_SPARC32PLUS => "32-bit SPARC (V8+)".into(),
        header::EM_SPARCV9 if !class64 => "SPARC V9 in a 32-bit ELF file".into(),
        header::EM_SPARCV9 => "sparc64".into(),
        header::EM_IA_64 => "IA-64".into(),
        header::EM_PPC64 => "PowerPC64".into(),
        header::EM_PPC => "PowerPC".into(),
        header::EM_MIPS => "MIPS".into(),
        header::EM_RISCV => "RISC-V".into(),
        header::EM_S390 => "s390".into(),
        m => format!("machine {m}"),
    }
}

/// Check the ELF header and program headers of a sparc64 static executable.
/// Never panics, whatever the bytes.
pub fn parse_sparc64(bytes: &[u8]) -> Result<(Header, Vec<ProgramHeader>), LoadError> {
    parse_for(bytes, &SPARC64)
}

/// Check the ELF header and program headers of a static 32-bit SPARC
/// executable (V8 or V8+). Never panics, whatever the bytes.
pub fn parse_sparc32(bytes: &[u8]) -> Result<(Header, Vec<ProgramHeader>), LoadError> {
    parse_for(bytes, &SPARC32)
}

/// Check the headers of a static executable for `target`.
pub fn parse_for(bytes: &[u8], target: &ElfTarget) -> Result<(Header, Vec<ProgramHeader>), LoadError> {
    if bytes.len() < 4 || &bytes[..4] != b"\x7fELF" {
        return Err(LoadError::NotElf);
    }
    if bytes.len() < header::SIZEOF_IDENT {
        return Err(LoadError::Truncated);
    }
    let class64 = bytes[header::EI_CLASS] == header::ELFCLASS64;
    let need = if class64 { header::header64::SIZEOF_EHDR } else { header::header32::SIZEOF_EHDR };
    if !matches!(bytes[header::EI_CLASS], header::ELFCLASS32 | header::ELFCLASS64)
        || !matches!(bytes[header::EI_DATA], header::ELFDATA2LSB | header::ELFDATA2MSB)
    {
        return Err(LoadError::NotElf);
    }
    if bytes.len() < need {
        return Err(LoadError::Truncated);
    }
    let hdr = goblin::elf::Elf::parse_header(bytes).map_err(|_| LoadError::Truncated)?;
    let little = bytes[header::EI_DATA] == header::ELFDATA2LSB;
    // A file of the right machine in the wrong byte order: say so (its
    // machine field reads byte-swapped).
    if little != target.little_endian && target.machines.contains(&hdr.e_machine.swap_bytes()) {
        return Err(if little { LoadError::LittleEndian(target.name) } else { LoadError::BigEndian(target.name) });
    }
    if !target.machines.contains(&hdr.e_machine) || class64 != target.class64 {
        return Err(LoadError::WrongMachine(machine_name(hdr.e_machine, class64), target.name));
    }
    if little != target.little_endian {
        return Err(if little { LoadError::LittleEndian(target.name) } else { LoadError::BigEndian(target.name) });
    }
    match hdr.e_type {
        header::ET_EXEC => {}
        header::ET_DYN => return Err(LoadError::NotExecutable("ET_DYN / shared objects not supported yet")),
        header::ET_REL => return Err(LoadError::NotExecutable("a relocatable object file")),
        header::ET_CORE => return Err(LoadError::NotExecutable("a core dump")),
        _ => return Err(LoadError::NotExecutable("unknown ELF file type")),
    }
    let phnum = hdr.e_phnum as usize;
    if phnum == 0 {
        return Err(LoadError::BadSegment("no program headers".into()));
    }
    let phent = phent_size(target);
    if hdr.e_phentsize as usize != phent {
        return Err(LoadError::BadSegment(format!("program header size {}", hdr.e_phentsize)));
    }
    let end = (hdr.e_phoff as usize)
        .checked_add(phnum * phent)
        .filter(|_| usize::try_from(hdr.e_phoff).is_ok());
    if end.is_none_or(|e| e > bytes.len()) {
        return Err(LoadError::Truncated);
    }
    let ctx = Ctx::new(
        hdr.container().map_err(|_| LoadError::NotElf)?,
        hdr.endianness().map_err(|_| LoadError::NotElf)?,
    );
    let phdrs = ProgramHeader::parse(bytes, hdr.e_phoff as usize, phnum, ctx).map_err(|_| LoadError::Truncated)?;
    for p in &phdrs {
        if p.p_type == ph::PT_INTERP {
            let interp = bytes
                .get(p.p_offset as usize..(p.p_offset as usize).saturating_add(p.p_filesz as usize))
                .map(|b| String::from_utf8_lossy(b.split(|&c| c == 0).next().unwrap_or(b)).into_owned())
                .unwrap_or_else(|| "an ELF interpreter".into());
            return Err(LoadError::Dynamic(interp));
        }
        if p.p_type != ph::PT_LOAD {
            continue;
        }
        if p.p_filesz > p.p_memsz {
            return Err(LoadError::BadSegment("file size larger than memory size".into()));
        }
        // A segment with no file bytes (all bss) may name an offset past
        // the end of the file: Linux maps nothing from the file for it.
        if p.p_filesz > 0 && p.p_offset.checked_add(p.p_filesz).is_none_or(|e| e > bytes.len() as u64) {
            return Err(LoadError::Truncated);
        }
        if p.p_vaddr.checked_add(p.p_memsz).is_none_or(|e| e > target.stack_top) {
            return Err(LoadError::BadSegment(format!(
                "segment at 0x{:x} (0x{:x} bytes) is outside the guest address space",
                p.p_vaddr, p.p_memsz
            )));
        }
    }
    if !phdrs.iter().any(|p| p.p_type == ph::PT_LOAD && p.p_memsz > 0) {
        return Err(LoadError::BadSegment("no loadable segment".into()));
    }
    Ok((hdr, phdrs))
}

/// Size of one program header in `target`'s ELF class.
fn phent_size(target: &ElfTarget) -> usize {
    if target.class64 {
        ph::program_header64::SIZEOF_PHDR
    } else {
        ph::program_header32::SIZEOF_PHDR
    }
}

fn seg_prot(flags: u32) -> Prot {
    let mut p = Prot::NONE;
    if flags & ph::PF_R != 0 {
        p |= Prot::READ;
    }
    if flags & ph::PF_W != 0 {
        p |= Prot::WRITE;
    }
    if flags & ph::PF_X != 0 {
        p |= Prot::EXEC;
    }
    p
}

fn mem_err(what: &str, e: impl std::fmt::Display) -> LoadError {
    LoadError::Memory(format!("{what}: {e}"))
}

/// The stack size: the host's soft RLIMIT_STACK (what Linux would allow the
/// guest to grow to), 64 MiB if unlimited, at least 128 KiB, at most 1 GiB.
fn stack_size() -> u64 {
    // SAFETY: getrlimit only writes the struct we pass.
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    let cur = if unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rl) } == 0 {
        rl.rlim_cur
    } else {
        8 << 20
    };
    let size = if cur == libc::RLIM_INFINITY { STACK_SIZE_UNLIMITED } else { cur };
    page_round_up(size.clamp(128 << 10, 1 << 30)).unwrap_or(8 << 20)
}

fn random_bytes() -> [u8; 16] {
    let mut b = [0u8; 16];
    // SAFETY: getrandom writes at most 16 bytes into `b`.
    let n = unsafe { libc::getrandom(b.as_mut_ptr().cast(), 16, 0) };
    if n != 16 {
        // No entropy source: fall back to something that still varies.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        b.copy_from_slice(&(t ^ (std::process::id() as u128) << 64).to_le_bytes());
    }
    b
}

/// A program file's bytes: mapped (no copy, no page zeroing: start-up
/// cost), or read when the file cannot be mapped (empty, a pipe).
pub enum FileBytes {
    /// The mapping and the open file (whose pages the loader maps into
    /// guest memory).
    Mapped(memmap2::Mmap, std::fs::File),
    Read(Vec<u8>),
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(m, _) => m,
            FileBytes::Read(v) => v,
        }
    }
}

impl FileBytes {
    /// Map the file at `path` read-only (private), or read it.
    pub fn open(path: &Path) -> std::io::Result<FileBytes> {
        let f = std::fs::File::open(path)?;
        // SAFETY: a private read-only mapping; lastmile only reads it
        // while loading (a file truncated meanwhile would raise SIGBUS, as
        // for Linux's own loader).
        match unsafe { memmap2::Mmap::map(&f) } {
            Ok(m) if !m.is_empty() => Ok(FileBytes::Mapped(m, f)),
            _ => std::fs::read(path).map(FileBytes::Read),
        }
    }

    /// The open file, when the bytes are its mapping.
    fn file(&self) -> Option<&std::fs::File> {
        match self {
            FileBytes::Mapped(_, f) => Some(f),
            FileBytes::Read(_) => None,
        }
    }
}

/// The bytes of the program at `path`, its absolute path (for
/// /proc/self/exe) and the AT_EXECFN string (`path` as given).
fn read_program(path: &Path) -> Result<(FileBytes, PathBuf, Vec<u8>), LoadError> {
    let bytes = FileBytes::open(path).map_err(|e| LoadError::Io(e.to_string()))?;
    let exe = std::fs::canonicalize(path).unwrap_or_else(|_| {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    });
    use std::os::unix::ffi::OsStrExt;
    Ok((bytes, exe, path.as_os_str().as_bytes().to_vec()))
}

/// Load the static sparc64 program at `path`: map its segments, set the
/// break, build the initial stack with `args` (argv, argv[0] included; a
/// given `argv0` replaces argv[0]) and `env` ("NAME=value" strings).
pub fn load_sparc64(
    mem: &GuestMemory,
    path: &Path,
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
) -> Result<Loaded, LoadError> {
    let (bytes, exe, execfn) = read_program(path)?;
    load_image(&SPARC64, mem, &bytes, bytes.file(), exe, &execfn, args, env, argv0, random_bytes())
}

/// Load the static 32-bit SPARC program (V8 or V8+) at `path` into a 4 GiB
/// guest space, as [`load_sparc64`] does for sparc64. Returns the program
/// and whether it is V8+ (EM_SPARC32PLUS).
pub fn load_sparc32(
    mem: &GuestMemory,
    path: &Path,
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
) -> Result<(Loaded, bool), LoadError> {
    let (bytes, exe, execfn) = read_program(path)?;
    let (hdr, _) = parse_sparc32(&bytes)?;
    let target = sparc32_target(hdr.e_machine);
    let l = load_image(&target, mem, &bytes, bytes.file(), exe, &execfn, args, env, argv0, random_bytes())?;
    Ok((l, hdr.e_machine == header::EM_SPARC32PLUS))
}

/// [`load_sparc64`] on bytes already read, with the AT_EXECFN string and the
/// AT_RANDOM bytes given (tests use fixed ones).
#[allow(clippy::too_many_arguments)]
pub fn load_sparc64_bytes(
    mem: &GuestMemory,
    bytes: &[u8],
    exe: PathBuf,
    execfn: &[u8],
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
    random: [u8; 16],
) -> Result<Loaded, LoadError> {
    load_bytes_for(&SPARC64, mem, bytes, exe, execfn, args, env, argv0, random)
}

/// Load the static IA-64 program at `path` into an IA-64 guest space
/// ([`GuestMemory::new_ia64`]), as [`load_sparc64`] does for sparc64; the
/// result also names the register backing store.
pub fn load_ia64(
    mem: &GuestMemory,
    path: &Path,
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
) -> Result<Loaded, LoadError> {
    let (bytes, exe, execfn) = read_program(path)?;
    load_image(&IA64, mem, &bytes, bytes.file(), exe, &execfn, args, env, argv0, random_bytes())
}

/// Load a static executable for `target` from `bytes` (see [`load_sparc64_bytes`]).
#[allow(clippy::too_many_arguments)]
pub fn load_bytes_for(
    target: &ElfTarget,
    mem: &GuestMemory,
    bytes: &[u8],
    exe: PathBuf,
    execfn: &[u8],
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
    random: [u8; 16],
) -> Result<Loaded, LoadError> {
    load_image(target, mem, bytes, None, exe, execfn, args, env, argv0, random)
}

/// [`load_bytes_for`]; when `file` is the open file whose contents `bytes`
/// are, whole pages of segments are mapped from it instead of copied.
#[allow(clippy::too_many_arguments)]
fn load_image(
    target: &ElfTarget,
    mem: &GuestMemory,
    bytes: &[u8],
    file: Option<&std::fs::File>,
    exe: PathBuf,
    execfn: &[u8],
    args: &[Vec<u8>],
    env: &[Vec<u8>],
    argv0: Option<&[u8]>,
    random: [u8; 16],
) -> Result<Loaded, LoadError> {
    if !mem.range_ok(target.stack_top - target.page_size, target.page_size) {
        return Err(LoadError::Memory(format!(
            "{} needs a guest address space of at least 0x{:x} bytes",
            target.name, target.stack_top
        )));
    }
    let (hdr, phdrs) = parse_for(bytes, target)?;
    let page = mem.page_size();
    let loads: Vec<&ProgramHeader> = phdrs.iter().filter(|p| p.p_type == ph::PT_LOAD && p.p_memsz > 0).collect();

    // Map the union of all segment pages read-write, copy the file bytes
    // (bss stays zero, including the rest of the page after p_filesz), then
    // give each segment its protection in program-header order (a later
    // segment wins a shared page, as Linux's later mmap does).
    let mut ranges: Vec<(u64, u64)> = loads
        .iter()
        .map(|p| (p.p_vaddr & !(page - 1), mem.round_page(p.p_vaddr + p.p_memsz).unwrap_or(u64::MAX)))
        .collect();
    ranges.sort();
    let mut merged: Vec<(u64, u64)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    for &(s, e) in &merged {
        if !mem.range_ok(s, e - s) {
            return Err(LoadError::BadSegment(format!(
                "segment at 0x{s:x} (0x{:x} bytes) is outside the guest address space",
                e - s
            )));
        }
        mem.map_fixed(s, e - s, Prot::RW, RegionKind::Image).map_err(|e| mem_err("segment", e))?;
    }
    for (i, p) in loads.iter().enumerate().filter(|(_, p)| p.p_filesz > 0) {
        let mut data = &bytes[p.p_offset as usize..(p.p_offset + p.p_filesz) as usize];
        let mut at = p.p_vaddr;
        // The segment's whole pages straight from the file (as Linux's
        // private file mapping: the bytes before p_vaddr in the first page
        // are the file's too), when the file offset and the address agree
        // within a page and no other segment shares those pages; the
        // partial last page is copied, so the rest of it stays zero (bss).
        // As on Linux, later writes to the file (which Linux refuses with
        // ETXTBSY while the program runs, and lastmile does not) would show
        // through pages the guest has not written.
        let first = p.p_vaddr & !(page - 1);
        let full_end = (p.p_vaddr + p.p_filesz) & !(page - 1);
        let shared_page = loads.iter().enumerate().any(|(j, q)| {
            let qs = q.p_vaddr & !(page - 1);
            let qe = mem.round_page(q.p_vaddr + q.p_memsz).unwrap_or(u64::MAX);
            j != i && qs < full_end && first < qe
        });
        if let Some(f) = file {
            if full_end > first && p.p_offset % page == p.p_vaddr % page && !shared_page {
                use std::os::fd::AsRawFd;
                let off = p.p_offset - (p.p_vaddr - first);
                if mem.back_with_file(first, full_end - first, f.as_raw_fd(), off).is_ok() {
                    let skip = (full_end - p.p_vaddr) as usize;
                    data = &data[skip..];
                    at = full_end;
                }
            }
        }
        mem.write(at, data).map_err(|f| mem_err("segment", format!("fault at 0x{:x}", f.addr)))?;
    }
    for p in &loads {
        let s = p.p_vaddr & !(page - 1);
        let e = mem.round_page(p.p_vaddr + p.p_memsz).unwrap_or(u64::MAX);
        mem.mprotect(s, e - s, seg_prot(p.p_flags)).map_err(|e| mem_err("segment protection", e))?;
    }
    let end_of_bss = loads.iter().map(|p| p.p_vaddr + p.p_memsz).max().unwrap_or(0);
    let brk = mem.round_page(end_of_bss).unwrap_or(end_of_bss);
    mem.set_brk_start(brk);

    // AT_PHDR: PT_PHDR if present, else the loaded copy of the headers.
    let phdr = phdrs
        .iter()
        .find(|p| p.p_type == ph::PT_PHDR)
        .map(|p| p.p_vaddr)
        .or_else(|| {
            loads
                .iter()
                .find(|p| p.p_offset <= hdr.e_phoff && hdr.e_phoff < p.p_offset + p.p_filesz)
                .map(|p| p.p_vaddr + (hdr.e_phoff - p.p_offset))
        })
        .unwrap_or(0);

    // The stack. A PT_GNU_STACK without PF_X gives a non-executable stack;
    // without PT_GNU_STACK Linux keeps it executable.
    let stack_exec = phdrs
        .iter()
        .find(|p| p.p_type == ph::PT_GNU_STACK)
        .is_none_or(|p| p.p_flags & ph::PF_X != 0);
    let stack_top = target.stack_top;
    let size = mem.round_page(stack_size()).unwrap_or(8 << 20);
    let stack_low = stack_top - size;
    if end_of_bss > stack_low {
        return Err(LoadError::BadSegment("program segments overlap the stack".into()));
    }
    let sprot = if stack_exec { Prot::RWX } else { Prot::RW };
    mem.map_fixed(stack_low, size, sprot, RegionKind::Stack).map_err(|e| mem_err("stack", e))?;
    // Top-down mmaps start below the stack's growth room (Linux keeps at
    // least 128 MiB there) and a guard gap. (IA-64 maps bottom-up from
    // region 1: the memory's own default.)
    if mem.fold().is_none() {
        let gap = size.max(128 << 20) + (16 << 20);
        mem.set_mmap_base(stack_top - gap);
    }
    // The IA-64 register backing store: as large as the stack (Linux grows
    // it on demand up to the stack rlimit), read-write, growing up.
    let rbs_base = if target.rbs_gap != 0 {
        let base = stack_top - target.rbs_gap;
        if end_of_bss > base {
            return Err(LoadError::BadSegment("program segments overlap the register backing store".into()));
        }
        mem.map_fixed(base, size, Prot::RW, RegionKind::Stack).map_err(|e| mem_err("register backing store", e))?;
        base
    } else {
        0
    };

    let mut argv: Vec<&[u8]> = args.iter().map(|a| a.as_slice()).collect();
    if let (Some(a0), Some(first)) = (argv0, argv.first_mut()) {
        *first = a0;
    }
    let envp: Vec<&[u8]> = env.iter().map(|e| e.as_slice()).collect();
    let auxv_base = |phdr_addr: u64, random_addr: u64, execfn_addr: u64| -> Vec<(u64, u64)> {
        // SAFETY: these id getters cannot fail.
        let (uid, euid, gid, egid) = unsafe { (libc::getuid(), libc::geteuid(), libc::getgid(), libc::getegid()) };
        // Order of fs/binfmt_elf.c create_elf_tables (sparc64 has no
        // ELF_PLATFORM, no AT_HWCAP2; no vDSO so no AT_SYSINFO_EHDR).
        vec![
            (at::HWCAP, target.hwcap),
            (at::PAGESZ, target.page_size),
            (at::CLKTCK, 100),
            (at::PHDR, phdr_addr),
            (at::PHENT, phent_size(target) as u64),
            (at::PHNUM, hdr.e_phnum as u64),
            (at::BASE, 0),
            (at::FLAGS, 0),
            (at::ENTRY, hdr.e_entry),
            (at::UID, uid as u64),
            (at::EUID, euid as u64),
            (at::GID, gid as u64),
            (at::EGID, egid as u64),
            (at::SECURE, 0),
            (at::RANDOM, random_addr),
            (at::EXECFN, execfn_addr),
            (at::NULL, 0),
        ]
    };

    // Strings: execfn at the top (below 8 zero bytes: exec's `bprm->p =
    // vm_end - sizeof(void *)` of a 64-bit kernel, for 32-bit programs too,
    // which a sparc64 kernel runs; V8+ string routines read whole
    // doublewords up to there), then envp, then argv.
    let wsz = target.word;
    let mut p = stack_top - 8;
    p -= execfn.len() as u64 + 1;
    let execfn_addr = p;
    let env_total: u64 = envp.iter().map(|s| s.len() as u64 + 1).sum();
    let arg_total: u64 = argv.iter().map(|s| s.len() as u64 + 1).sum();
    p -= env_total;
    let env_start = p;
    p -= arg_total;
    let arg_start = p;
    p -= 16;
    let random_addr = p;
    let auxv = auxv_base(phdr, random_addr, execfn_addr);
    let items = (argv.len() as u64 + 1) + (envp.len() as u64 + 1) + 1;
    let words = 2 * auxv.len() as u64;
    let argc_addr =
        p.checked_sub((words + items) * wsz).map(|a| a & !15).ok_or(LoadError::Memory("arguments too long".into()))?;
    if argc_addr < stack_low + (64 << 10) {
        return Err(LoadError::Memory("arguments and environment do not fit in the stack".into()));
    }

    // Build the image of [argc_addr, stack_top) and write it in one go.
    let mut img = vec![0u8; (stack_top - argc_addr) as usize];
    let mut put = |addr: u64, data: &[u8]| {
        let o = (addr - argc_addr) as usize;
        img[o..o + data.len()].copy_from_slice(data);
    };
    put(execfn_addr, execfn);
    let string_ptrs = |start: u64, strs: &[&[u8]], put: &mut dyn FnMut(u64, &[u8])| -> Vec<u64> {
        let mut at = start;
        strs.iter()
            .map(|s| {
                put(at, s);
                let a = at;
                at += s.len() as u64 + 1;
                a
            })
            .collect()
    };
    let env_ptrs = string_ptrs(env_start, &envp, &mut put);
    let arg_ptrs = string_ptrs(arg_start, &argv, &mut put);
    put(random_addr, &random);
    let mut w = argc_addr;
    let mut word = |v: u64, put: &mut dyn FnMut(u64, &[u8])| {
        if target.little_endian {
            put(w, &v.to_le_bytes());
        } else if wsz == 8 {
            put(w, &v.to_be_bytes());
        } else {
            put(w, &(v as u32).to_be_bytes());
        }
        w += wsz;
    };
    word(argv.len() as u64, &mut put);
    for a in &arg_ptrs {
        word(*a, &mut put);
    }
    word(0, &mut put);
    for e in &env_ptrs {
        word(*e, &mut put);
    }
    word(0, &mut put);
    for &(k, v) in &auxv {
        word(k, &mut put);
        word(v, &mut put);
    }
    mem.write(argc_addr, &img).map_err(|f| mem_err("stack", format!("fault at 0x{:x}", f.addr)))?;

    Ok(Loaded {
        entry: hdr.e_entry,
        sp: argc_addr - target.regwin,
        argc_addr,
        brk,
        phdr,
        phnum: hdr.e_phnum as u64,
        stack_low,
        stack_top,
        auxv,
        rbs_base,
        exe,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A minimal big-endian ELF64 sparc64 executable: a text segment at
    /// 0x100000 holding the headers and `text`, and a data segment at
    /// 0x202000 with 16 file bytes and 0x3000 bytes of bss.
    pub(crate) fn tiny_elf(machine: u16, e_type: u16, text: &[u8]) -> Vec<u8> {
        let mut f = vec![0u8; 0x200];
        f[0..4].copy_from_slice(b"\x7fELF");
        f[4] = 2; // 64-bit
        f[5] = 2; // big-endian
        f[6] = 1;
        let be16 = |f: &mut Vec<u8>, o: usize, v: u16| f[o..o + 2].copy_from_slice(&v.to_be_bytes());
        let be32 = |f: &mut Vec<u8>, o: usize, v: u32| f[o..o + 4].copy_from_slice(&v.to_be_bytes());
        let be64 = |f: &mut Vec<u8>, o: usize, v: u64| f[o..o + 8].copy_from_slice(&v.to_be_bytes());
        be16(&mut f, 16, e_type);
        be16(&mut f, 18, machine);
        be32(&mut f, 20, 1);
        be64(&mut f, 24, 0x100100); // entry
        be64(&mut f, 32, 64); // phoff
        be16(&mut f, 52, 64); // ehsize
        be16(&mut f, 54, 56); // phentsize
        be16(&mut f, 56, 3); // phnum
        let phdr = |f: &mut Vec<u8>, i: usize, t: u32, fl: u32, off: u64, va: u64, fsz: u64, msz: u64| {
            let o = 64 + 56 * i;
            f[o..o + 4].copy_from_slice(&t.to_be_bytes());
            f[o + 4..o + 8].copy_from_slice(&fl.to_be_bytes());
            f[o + 8..o + 16].copy_from_slice(&off.to_be_bytes());
            f[o + 16..o + 24].copy_from_slice(&va.to_be_bytes());
            f[o + 24..o + 32].copy_from_slice(&va.to_be_bytes());
            f[o + 32..o + 40].copy_from_slice(&fsz.to_be_bytes());
            f[o + 40..o + 48].copy_from_slice(&msz.to_be_bytes());
            f[o + 48..o + 56].copy_from_slice(&0x100000u64.to_be_bytes());
        };
        f.resize(0x100 + text.len(), 0);
        f[0x100..].copy_from_slice(text);
        let text_end = f.len() as u64;
        phdr(&mut f, 0, ph::PT_LOAD, ph::PF_R | ph::PF_X, 0, 0x100000, text_end, text_end);
        let data_off = f.len() as u64;
        f.extend_from_slice(&[0x5a; 16]);
        phdr(&mut f, 1, ph::PT_LOAD, ph::PF_R | ph::PF_W, data_off, 0x202000, 16, 0x3010);
        phdr(&mut f, 2, ph::PT_GNU_STACK, ph::PF_R | ph::PF_W, 0, 0, 0, 0);
        f
    }

    fn load(bytes: &[u8], args: &[&str], env: &[&str]) -> (GuestMemory, Result<Loaded, LoadError>) {
        let mem = GuestMemory::new(40).unwrap();
        let args: Vec<Vec<u8>> = args.iter().map(|s| s.as_bytes().to_vec()).collect();
        let env: Vec<Vec<u8>> = env.iter().map(|s| s.as_bytes().to_vec()).collect();
        let r = load_sparc64_bytes(&mem, bytes, PathBuf::from("/abs/prog"), b"./prog", &args, &env, None, [7; 16]);
        (mem, r)
    }

    #[test]
    fn segments_are_mapped_with_their_protection_and_bss_zeroed() {
        let text = [0x9d, 0xe3, 0xbf, 0x50, 0x01, 0x00, 0x00, 0x00];
        let (mem, r) = load(&tiny_elf(43, 2, &text), &["prog"], &[]);
        let l = r.unwrap();
        assert_eq!(l.entry, 0x100100);
        assert_eq!(mem.fetch_insn(0x100100), Some(0x9de3bf50));
        assert!(!mem.check(0x100000, 1, Prot::WRITE));
        assert_eq!(mem.read_u8(0x202000).unwrap(), 0x5a);
        assert_eq!(mem.read_u8(0x20200f).unwrap(), 0x5a);
        assert_eq!(mem.read_u8(0x202010).unwrap(), 0, "bss after p_filesz");
        assert!(mem.check(0x202000, 0x3010, Prot::RW));
        assert_eq!(mem.fetch_insn(0x202000), None, "data is not executable");
        assert_eq!(l.brk, 0x206000);
        assert_eq!(mem.brk(0), 0x206000);
        assert_eq!(l.phdr, 0x100040);
        assert_eq!(mem.read_u32_be(l.phdr).unwrap(), ph::PT_LOAD);
        // PT_GNU_STACK without PF_X: the stack is not executable.
        assert!(!mem.region_at(l.stack_top - 8).unwrap().prot.contains(Prot::EXEC));
    }

    /// Segments of whole pages are mapped from the file (loaded from a
    /// path): the guest sees the same bytes as a copy would give, bss and
    /// the rest of the last file page zero, and writes to the data stay
    /// private.
    #[test]
    fn segments_loaded_from_a_file_map_its_pages() {
        // Text: headers and 0x5000 bytes of pattern at 0x100000 (2 whole
        // 8 KiB pages and a partial one). Data: 0x2345 file bytes at file
        // offset 0x6100 -> 0x306100 (same offset in the page), 0x8000 of
        // memory; the 64 bytes before it in its first page are file bytes.
        let mut f = tiny_elf(43, 2, &[0; 8]);
        let text_len = 0x5100u64;
        f.resize(text_len as usize, 0);
        for (i, b) in f.iter_mut().enumerate().skip(0x200) {
            *b = (i * 7 % 251) as u8;
        }
        f.resize(0x6100, 0x11);
        let data: Vec<u8> = (0..0x2345u32).map(|i| (i * 13 % 253) as u8 | 1).collect();
        f.extend_from_slice(&data);
        f.extend_from_slice(&[0xee; 0x1000]); // file bytes after the segment
        let set_phdr = |f: &mut Vec<u8>, i: usize, off: u64, va: u64, fsz: u64, msz: u64| {
            let o = 64 + 56 * i;
            f[o + 8..o + 16].copy_from_slice(&off.to_be_bytes());
            f[o + 16..o + 24].copy_from_slice(&va.to_be_bytes());
            f[o + 24..o + 32].copy_from_slice(&va.to_be_bytes());
            f[o + 32..o + 40].copy_from_slice(&fsz.to_be_bytes());
            f[o + 40..o + 48].copy_from_slice(&msz.to_be_bytes());
        };
        set_phdr(&mut f, 0, 0, 0x100000, text_len, text_len);
        set_phdr(&mut f, 1, 0x6100, 0x306100, 0x2345, 0x8000);
        let dir = std::env::temp_dir().join(format!("lastmile-loader-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("prog");
        std::fs::write(&path, &f).unwrap();
        let mem = GuestMemory::new(40).unwrap();
        let l = load_sparc64(&mem, &path, &[b"prog".to_vec()], &[], None).unwrap();
        let mut got = vec![0u8; text_len as usize];
        mem.read(0x100000, &mut got).unwrap();
        assert_eq!(got, &f[..text_len as usize], "text");
        let mut tail = vec![0u8; 0x2000 - 0x1100];
        mem.read(0x100000 + text_len, &mut tail).unwrap();
        assert!(tail.iter().all(|&b| b == 0), "rest of the last text page");
        let mut got = vec![0u8; 0x8000];
        mem.read(0x306100, &mut got).unwrap();
        assert_eq!(&got[..data.len()], &data[..], "data");
        assert!(got[data.len()..].iter().all(|&b| b == 0), "bss");
        assert!(!mem.check(0x100000, 1, Prot::WRITE));
        assert!(mem.check(0x306000, 0x8000, Prot::RW));
        mem.write_u64_be(0x306100, 0x0123_4567_89ab_cdef).unwrap();
        assert_eq!(mem.read_u64_be(0x306100).unwrap(), 0x0123_4567_89ab_cdef);
        assert_eq!(std::fs::read(&path).unwrap(), f, "writes stay private");
        assert_eq!(l.brk, 0x310000);
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        assert!(maps.contains(path.to_str().unwrap()), "text pages are mapped from the file");
        crate::mem::assert_host_matches_map(&mem);
        drop(mem);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn initial_stack_matches_linux_create_elf_tables() {
        let (mem, r) = load(&tiny_elf(43, 2, &[0; 8]), &["prog", "a1", "arg two"], &["A=1", "HOME=/h"]);
        let l = r.unwrap();
        assert_eq!(l.argc_addr % 16, 0);
        assert_eq!(l.sp, l.argc_addr - 128);
        let rd = |a: u64| mem.read_u64_be(a).unwrap();
        let s = |a: u64| String::from_utf8(mem.read_cstring(a, 100).unwrap()).unwrap();
        assert_eq!(rd(l.argc_addr), 3);
        let argv: Vec<String> = (0..3).map(|i| s(rd(l.argc_addr + 8 + 8 * i))).collect();
        assert_eq!(argv, ["prog", "a1", "arg two"]);
        assert_eq!(rd(l.argc_addr + 32), 0);
        let envp = l.argc_addr + 40;
        assert_eq!(s(rd(envp)), "A=1");
        assert_eq!(s(rd(envp + 8)), "HOME=/h");
        assert_eq!(rd(envp + 16), 0);
        // Strings: argv[0] lowest, then the rest of argv, envp, execfn.
        assert!(rd(l.argc_addr + 8) < rd(l.argc_addr + 16));
        assert_eq!(rd(envp), rd(l.argc_addr + 24) + 8);
        // auxv, in Linux's order, ending in AT_NULL.
        let mut a = envp + 24;
        let mut aux = Vec::new();
        loop {
            let (k, v) = (rd(a), rd(a + 8));
            aux.push((k, v));
            a += 16;
            if k == 0 {
                break;
            }
        }
        assert_eq!(aux, l.auxv);
        let keys: Vec<u64> = aux.iter().map(|x| x.0).collect();
        assert_eq!(keys, [16, 6, 17, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 23, 25, 31, 0]);
        let get = |k: u64| aux.iter().find(|x| x.0 == k).unwrap().1;
        assert_eq!(get(at::PAGESZ), 8192);
        assert_eq!(get(at::HWCAP), 0x7f1f); // ... | FSMULD | VIS | VIS2
        assert_eq!(get(at::PHNUM), 3);
        assert_eq!(get(at::PHENT), 56);
        assert_eq!(get(at::ENTRY), 0x100100);
        let mut rnd = [0u8; 16];
        mem.read(get(at::RANDOM), &mut rnd).unwrap();
        assert_eq!(rnd, [7; 16]);
        // The random bytes sit right below argv[0]'s string.
        assert_eq!(get(at::RANDOM) + 16, rd(l.argc_addr + 8));
        // execfn right below the 8 zero bytes at the top.
        assert_eq!(s(get(at::EXECFN)), "./prog");
        assert_eq!(get(at::EXECFN) + 7, l.stack_top - 8);
        assert_eq!(rd(l.stack_top - 8), 0);
        // The auxv ends within 16 bytes of the random bytes (STACK_ROUND).
        assert!(get(at::RANDOM) - a < 16);
    }

    #[test]
    fn argv0_override_replaces_the_first_argument() {
        let mem = GuestMemory::new(40).unwrap();
        let args = vec![b"/path/prog".to_vec(), b"x".to_vec()];
        let l = load_sparc64_bytes(&mem, &tiny_elf(43, 2, &[0; 4]), "/p".into(), b"/p", &args, &[], Some(b"zero"), [0; 16])
            .unwrap();
        let a0 = mem.read_u64_be(l.argc_addr + 8).unwrap();
        assert_eq!(mem.read_cstring(a0, 10).unwrap(), b"zero");
    }

    #[test]
    fn errors_are_one_clear_line() {
        let e = |b: &[u8]| parse_sparc64(b).unwrap_err().to_string();
        assert_eq!(e(b""), "not an ELF file");
        assert_eq!(e(b"#!/bin/sh\necho hi\n"), "not an ELF file");
        assert_eq!(e(b"\x7fELF\x02\x02\x01"), "truncated ELF file");
        assert_eq!(e(&tiny_elf(62, 2, &[0; 4])), "ELF file is for x86-64, not sparc64");
        assert_eq!(e(&tiny_elf(2, 2, &[0; 4])), "ELF file is for 32-bit SPARC, not sparc64");
        assert_eq!(e(&tiny_elf(43, 3, &[0; 4])), "not an executable (ET_DYN / shared objects not supported yet)");
        assert_eq!(e(&tiny_elf(43, 1, &[0; 4])), "not an executable (a relocatable object file)");
        let full = tiny_elf(43, 2, &[0; 4]);
        assert_eq!(e(&full[..100]), "truncated ELF file");
        assert_eq!(e(&full[..0x110]), "truncated ELF file");
        let mut le = full.clone();
        le[5] = 1;
        le[18..20].copy_from_slice(&43u16.to_le_bytes());
        assert_eq!(e(&le), "ELF file is little-endian; sparc64 programs are big-endian");
        let host = std::fs::read("/proc/self/exe").unwrap();
        assert_eq!(e(&host), "ELF file is for x86-64, not sparc64");
    }

    #[test]
    fn random_and_mangled_inputs_never_panic() {
        let full = tiny_elf(43, 2, &[1, 2, 3, 4, 5, 6, 7, 8]);
        // Every prefix.
        for n in 0..full.len() {
            let _ = parse_sparc64(&full[..n]);
        }
        // Random corruption of header bytes, with a fixed xorshift seed.
        let mut x: u64 = 0x2545f4914f6cdd1d;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..3000 {
            let mut b = full.clone();
            for _ in 0..(next() % 6 + 1) {
                let i = (next() % b.len() as u64) as usize;
                b[i] = next() as u8;
            }
            if parse_sparc64(&b).is_ok() {
                // Whatever parses must also load or fail cleanly.
                let mem = GuestMemory::new(40).unwrap();
                let _ = load_sparc64_bytes(&mem, &b, "/p".into(), b"p", &[], &[], None, [0; 16]);
            }
        }
        // Pure noise after a valid magic.
        for _ in 0..2000 {
            let mut b: Vec<u8> = (0..(next() % 400)).map(|_| next() as u8).collect();
            if b.len() >= 4 {
                b[..4].copy_from_slice(b"\x7fELF");
            }
            let _ = parse_sparc64(&b);
        }
    }

    #[test]
    fn dynamic_programs_are_refused_with_the_interpreter_named() {
        let mut f = tiny_elf(43, 2, &[0; 4]);
        // Turn the PT_GNU_STACK header into a PT_INTERP pointing at a string.
        let s_off = f.len() as u64;
        f.extend_from_slice(b"/lib64/ld-linux.so.2\0");
        let o = 64 + 56 * 2;
        f[o..o + 4].copy_from_slice(&ph::PT_INTERP.to_be_bytes());
        f[o + 8..o + 16].copy_from_slice(&s_off.to_be_bytes());
        f[o + 32..o + 40].copy_from_slice(&21u64.to_be_bytes());
        assert_eq!(
            parse_sparc64(&f).unwrap_err().to_string(),
            "dynamically linked programs are not supported yet (needs /lib64/ld-linux.so.2); link it with -static"
        );
    }

    /// A minimal big-endian ELF32 SPARC executable (machine 2 or 18): a text
    /// segment at 0x10000 with the headers and `text`, and a bss-only data
    /// segment at 0x22000 whose file offset lies past the end of the file
    /// (as GNU ld writes it for a program with no initialised data).
    pub(crate) fn tiny_elf32(machine: u16, text: &[u8]) -> Vec<u8> {
        let mut f = vec![0u8; 0x100];
        f[0..4].copy_from_slice(b"\x7fELF");
        f[4] = 1; // 32-bit
        f[5] = 2; // big-endian
        f[6] = 1;
        let be16 = |f: &mut Vec<u8>, o: usize, v: u16| f[o..o + 2].copy_from_slice(&v.to_be_bytes());
        let be32 = |f: &mut Vec<u8>, o: usize, v: u32| f[o..o + 4].copy_from_slice(&v.to_be_bytes());
        be16(&mut f, 16, 2); // ET_EXEC
        be16(&mut f, 18, machine);
        be32(&mut f, 20, 1);
        be32(&mut f, 24, 0x10100); // entry
        be32(&mut f, 28, 52); // phoff
        be16(&mut f, 40, 52); // ehsize
        be16(&mut f, 42, 32); // phentsize
        be16(&mut f, 44, 3); // phnum
        f.resize(0x100 + text.len(), 0);
        f[0x100..].copy_from_slice(text);
        let text_end = f.len() as u32;
        let phdr = |f: &mut Vec<u8>, i: usize, v: [u32; 8]| {
            for (k, w) in v.iter().enumerate() {
                let o = 52 + 32 * i + 4 * k;
                f[o..o + 4].copy_from_slice(&w.to_be_bytes());
            }
        };
        // type, offset, vaddr, paddr, filesz, memsz, flags, align
        phdr(&mut f, 0, [ph::PT_LOAD, 0, 0x10000, 0x10000, text_end, text_end, ph::PF_R | ph::PF_X, 0x10000]);
        phdr(&mut f, 1, [ph::PT_LOAD, 0x2000, 0x22000, 0x22000, 0, 0x1018, ph::PF_R | ph::PF_W, 0x10000]);
        phdr(&mut f, 2, [ph::PT_GNU_STACK, 0, 0, 0, 0, 0, ph::PF_R | ph::PF_W, 0x10]);
        f
    }

    fn load32(bytes: &[u8], args: &[&str], env: &[&str]) -> (GuestMemory, Result<Loaded, LoadError>) {
        let mem = GuestMemory::new(32).unwrap();
        let args: Vec<Vec<u8>> = args.iter().map(|s| s.as_bytes().to_vec()).collect();
        let env: Vec<Vec<u8>> = env.iter().map(|s| s.as_bytes().to_vec()).collect();
        let (hdr, _) = parse_sparc32(bytes).unwrap();
        let t = sparc32_target(hdr.e_machine);
        let r = load_bytes_for(&t, &mem, bytes, PathBuf::from("/abs/prog"), b"./prog", &args, &env, None, [9; 16]);
        (mem, r)
    }

    #[test]
    fn sparc32_initial_stack_has_4_byte_words_and_no_bias() {
        let text = [0x9d, 0xe3, 0xbf, 0xa0, 0x01, 0x00, 0x00, 0x00];
        let (mem, r) = load32(&tiny_elf32(18, &text), &["prog", "x y"], &["A=1"]);
        let l = r.unwrap();
        assert_eq!(l.entry, 0x10100);
        assert_eq!(mem.fetch_insn(0x10100), Some(0x9de3bfa0));
        // The bss-only segment is mapped and zero although its file offset
        // is past the end of the file.
        assert!(mem.check(0x22000, 0x1018, Prot::RW));
        assert_eq!(mem.read_u32_be(0x23014).unwrap(), 0);
        assert_eq!(l.argc_addr % 16, 0);
        assert_eq!(l.sp, l.argc_addr - 64, "a 16-word save area of 4-byte words");
        assert!(l.stack_top == SPARC32_STACK_TOP && l.stack_top <= 1 << 32);
        let rd = |a: u64| mem.read_u32_be(a).unwrap() as u64;
        let s = |a: u64| String::from_utf8(mem.read_cstring(a, 100).unwrap()).unwrap();
        assert_eq!(rd(l.argc_addr), 2);
        assert_eq!(s(rd(l.argc_addr + 4)), "prog");
        assert_eq!(s(rd(l.argc_addr + 8)), "x y");
        assert_eq!(rd(l.argc_addr + 12), 0);
        assert_eq!(s(rd(l.argc_addr + 16)), "A=1");
        assert_eq!(rd(l.argc_addr + 20), 0);
        let mut a = l.argc_addr + 24;
        let mut aux = Vec::new();
        loop {
            let (k, v) = (rd(a), rd(a + 4));
            aux.push((k, v));
            a += 8;
            if k == 0 {
                break;
            }
        }
        assert_eq!(aux, l.auxv);
        let get = |k: u64| aux.iter().find(|x| x.0 == k).unwrap().1;
        assert_eq!(get(at::PAGESZ), 8192, "V8+: a sparc64 kernel's page size, as qemu-sparc32plus");
        assert_eq!(get(at::HWCAP), 0x1f);
        assert_eq!(get(at::PHENT), 32);
        assert_eq!(get(at::PHNUM), 3);
        assert_eq!(get(at::PHDR), 0x10034);
        assert_eq!(s(get(at::EXECFN)), "./prog");
        // execfn ends below 8 zero bytes at the top of the stack.
        assert_eq!(get(at::EXECFN) + 7, l.stack_top - 8);
        assert_eq!(mem.read_u64_be(l.stack_top - 8).unwrap(), 0);
        let mut rnd = [0u8; 16];
        mem.read(get(at::RANDOM), &mut rnd).unwrap();
        assert_eq!(rnd, [9; 16]);
    }

    #[test]
    fn sparc32_v8_programs_get_the_4k_page_size_and_v8_hwcap() {
        let (_mem, r) = load32(&tiny_elf32(2, &[0; 8]), &["p"], &[]);
        let l = r.unwrap();
        let get = |k: u64| l.auxv.iter().find(|x| x.0 == k).unwrap().1;
        assert_eq!(get(at::PAGESZ), 4096);
        assert_eq!(get(at::HWCAP), 0xf);
    }

    #[test]
    fn sparc32_errors_are_one_clear_line() {
        let e = |b: &[u8]| parse_sparc32(b).unwrap_err().to_string();
        assert_eq!(e(&tiny_elf(43, 2, &[0; 4])), "ELF file is for sparc64, not 32-bit SPARC");
        assert_eq!(e(&tiny_elf32(62, &[0; 4])), "ELF file is for x86-64, not 32-bit SPARC");
        let mut le = tiny_elf32(2, &[0; 4]);
        le[5] = 1;
        le[18..20].copy_from_slice(&2u16.to_le_bytes());
        assert_eq!(e(&le), "ELF file is little-endian; 32-bit SPARC programs are big-endian");
        assert_eq!(parse_sparc64(&tiny_elf32(18, &[0; 4])).unwrap_err().to_string(), "ELF file is for 32-bit SPARC (V8+), not sparc64");
        // The 4 GiB space cannot hold a sparc64 program, nor a 2^40 one fail a 32-bit one.
        let mem = GuestMemory::new(32).unwrap();
        assert!(load_sparc64_bytes(&mem, &tiny_elf(43, 2, &[0; 4]), "/p".into(), b"p", &[], &[], None, [0; 16]).is_err());
        let full = tiny_elf32(18, &[1, 2, 3, 4]);
        for n in 0..full.len() {
            let _ = parse_sparc32(&full[..n]);
        }
    }

    #[test]
    fn real_static_program_loads_when_built() {
        // Uses a guest image if guest-images/build.sh has produced one.
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../guest-images/out/sparc64");
        let Ok(dir) = std::fs::read_dir(&root) else { return };
        let progs = dir.flatten().map(|e| e.path()).filter(|p| {
            std::fs::read(p).is_ok_and(|b| parse_sparc64(&b).is_ok())
        });
        for path in progs.take(5) {
            let mem = GuestMemory::new(40).unwrap();
            let l = load_sparc64(&mem, &path, &[b"p".to_vec()], &[], None).unwrap();
            assert!(mem.fetch_insn(l.entry).is_some(), "{}", path.display());
            assert!(l.exe.is_absolute());
        }
    }

    /// A minimal little-endian ELF64 IA-64 executable: text (headers and
    /// `text`) at 0x4000000000000000, a data segment at 0x6000000000004000
    /// with 16 file bytes and 0x8000 bytes of bss.
    pub(crate) fn tiny_elf_ia64(text: &[u8]) -> Vec<u8> {
        let mut f = vec![0u8; 0x200];
        f[0..4].copy_from_slice(b"\x7fELF");
        f[4] = 2; // 64-bit
        f[5] = 1; // little-endian
        f[6] = 1;
        let le16 = |f: &mut Vec<u8>, o: usize, v: u16| f[o..o + 2].copy_from_slice(&v.to_le_bytes());
        let le64 = |f: &mut Vec<u8>, o: usize, v: u64| f[o..o + 8].copy_from_slice(&v.to_le_bytes());
        le16(&mut f, 16, 2); // ET_EXEC
        le16(&mut f, 18, header::EM_IA_64);
        f[20] = 1;
        le64(&mut f, 24, 0x4000_0000_0000_0200); // entry
        le64(&mut f, 32, 64); // phoff
        le16(&mut f, 52, 64);
        le16(&mut f, 54, 56);
        le16(&mut f, 56, 3);
        let phdr = |f: &mut Vec<u8>, i: usize, t: u32, fl: u32, off: u64, va: u64, fsz: u64, msz: u64| {
            let o = 64 + 56 * i;
            f[o..o + 4].copy_from_slice(&t.to_le_bytes());
            f[o + 4..o + 8].copy_from_slice(&fl.to_le_bytes());
            for (k, v) in [off, va, va, fsz, msz, 0x10000].iter().enumerate() {
                f[o + 8 + 8 * k..o + 16 + 8 * k].copy_from_slice(&v.to_le_bytes());
            }
        };
        f.resize(0x200 + text.len(), 0);
        f[0x200..].copy_from_slice(text);
        let text_end = f.len() as u64;
        phdr(&mut f, 0, ph::PT_LOAD, ph::PF_R | ph::PF_X, 0, 0x4000_0000_0000_0000, text_end, text_end);
        let data_off = f.len() as u64;
        f.extend_from_slice(&[0xa5; 16]);
        phdr(&mut f, 1, ph::PT_LOAD, ph::PF_R | ph::PF_W, data_off, 0x6000_0000_0000_4000, 16, 0x8010);
        phdr(&mut f, 2, ph::PT_GNU_STACK, ph::PF_R | ph::PF_W, 0, 0, 0, 0);
        f
    }

    fn load_ia64_test(bytes: &[u8], args: &[&str], env: &[&str]) -> (GuestMemory, Result<Loaded, LoadError>) {
        let mem = GuestMemory::new_ia64().unwrap();
        let args: Vec<Vec<u8>> = args.iter().map(|s| s.as_bytes().to_vec()).collect();
        let env: Vec<Vec<u8>> = env.iter().map(|s| s.as_bytes().to_vec()).collect();
        let r = load_bytes_for(&IA64, &mem, bytes, PathBuf::from("/abs/p"), b"./p", &args, &env, None, [9; 16]);
        (mem, r)
    }

    #[test]
    fn ia64_segments_land_in_regions_2_and_3_with_16k_pages() {
        let text: Vec<u8> = (0..32u8).collect();
        let (mem, r) = load_ia64_test(&tiny_elf_ia64(&text), &["p"], &[]);
        let l = r.unwrap();
        assert_eq!(l.entry, 0x4000_0000_0000_0200);
        let mut b = [0u8; 32];
        mem.read(0x4000_0000_0000_0200, &mut b).unwrap();
        assert_eq!(&b[..], &text[..]);
        assert!(mem.check(0x4000_0000_0000_0000, 16, Prot::RX));
        assert!(!mem.check(0x4000_0000_0000_0000, 1, Prot::WRITE));
        assert_eq!(mem.read_u8(0x6000_0000_0000_400f).unwrap(), 0xa5);
        assert_eq!(mem.read_u8(0x6000_0000_0000_4010).unwrap(), 0, "bss");
        // The break: end of bss rounded to a 16 KiB page.
        assert_eq!(l.brk, 0x6000_0000_0001_0000);
        assert_eq!(mem.brk(0), l.brk);
        // The register backing store: mapped read-write, in region 3, below
        // the stack, 16-byte aligned (ar.bspstore's low 3 bits are 0).
        assert_eq!(l.rbs_base, IA64_STACK_TOP - IA64_RBS_GAP);
        assert!(mem.check(l.rbs_base, 1 << 20, Prot::RW));
        assert!(l.rbs_base >> 61 == 3 && l.stack_top >> 61 == 3);
        assert!(l.rbs_base + (1 << 20) < l.stack_low);
        // mmap goes to region 1.
        let flags = crate::mem::MapFlags { anonymous: true, ..Default::default() };
        assert_eq!(mem.mmap(0, 1, Prot::RW, flags, None, 0), Ok(crate::mem::IA64_MAP_BASE));
    }

    #[test]
    fn ia64_initial_stack_is_little_endian_with_r12_16_below_argc() {
        let (mem, r) = load_ia64_test(&tiny_elf_ia64(&[0; 16]), &["p", "one"], &["E=v"]);
        let l = r.unwrap();
        let rd = |a: u64| {
            let mut b = [0u8; 8];
            mem.read(a, &mut b).unwrap();
            u64::from_le_bytes(b)
        };
        assert_eq!(l.argc_addr % 16, 0);
        assert_eq!(l.sp, l.argc_addr - 16, "start_thread: r12 = sp - 16");
        assert_eq!(rd(l.argc_addr), 2);
        let argv1 = rd(l.argc_addr + 16);
        assert_eq!(mem.read_cstring(argv1, 100).unwrap(), b"one");
        assert_eq!(rd(l.argc_addr + 24), 0);
        assert_eq!(mem.read_cstring(rd(l.argc_addr + 32), 100).unwrap(), b"E=v");
        assert_eq!(rd(l.argc_addr + 40), 0);
        // auxv: the generic entries only, no AT_SYSINFO(_EHDR) (no gate page).
        let mut a = l.argc_addr + 48;
        let mut seen = Vec::new();
        loop {
            let (k, v) = (rd(a), rd(a + 8));
            seen.push((k, v));
            a += 16;
            if k == 0 {
                break;
            }
        }
        assert_eq!(seen, l.auxv);
        let get = |k: u64| seen.iter().find(|e| e.0 == k).map(|e| e.1);
        assert_eq!(get(at::PAGESZ), Some(16384));
        assert_eq!(get(at::HWCAP), Some(0));
        assert_eq!(get(at::ENTRY), Some(0x4000_0000_0000_0200));
        assert_eq!(get(at::PHDR), Some(0x4000_0000_0000_0040));
        assert_eq!(get(32), None, "AT_SYSINFO");
        assert_eq!(get(33), None, "AT_SYSINFO_EHDR");
        let mut rnd = [0u8; 16];
        mem.read(get(at::RANDOM).unwrap(), &mut rnd).unwrap();
        assert_eq!(rnd, [9; 16]);
        assert_eq!(mem.read_cstring(get(at::EXECFN).unwrap(), 100).unwrap(), b"./p");
    }

    #[test]
    fn ia64_loader_errors_are_one_clear_line() {
        let good = tiny_elf_ia64(&[0; 16]);
        let mut big = good.clone();
        big[5] = 2;
        let (_, r) = load_ia64_test(&big, &["p"], &[]);
        assert_eq!(r.unwrap_err().to_string(), "ELF file is big-endian; IA-64 programs are little-endian");
        let (_, r) = load_ia64_test(&tiny_elf(43, 2, &[0; 8]), &["p"], &[]);
        assert_eq!(r.unwrap_err().to_string(), "ELF file is for sparc64, not IA-64");
        let (_, r) = load_ia64_test(&good[..40], &["p"], &[]);
        assert_eq!(r.unwrap_err().to_string(), "truncated ELF file");
        let mut far = good.clone();
        // Data segment beyond the fold's slot in region 3.
        far[64 + 56 + 16..64 + 56 + 24].copy_from_slice(&0x6000_0200_0000_0000u64.to_le_bytes());
        let (_, r) = load_ia64_test(&far, &["p"], &[]);
        assert!(r.unwrap_err().to_string().contains("outside the guest address space"));
        let mut sparc_mem_target = good.clone();
        sparc_mem_target[16] = 3; // ET_DYN
        let (_, r) = load_ia64_test(&sparc_mem_target, &["p"], &[]);
        assert!(r.unwrap_err().to_string().contains("ET_DYN"));
        // Mangled headers never panic.
        for i in 0..good.len().min(0x200) {
            for v in [0u8, 0xff, 0x80] {
                let mut m = good.clone();
                m[i] = v;
                let _ = load_ia64_test(&m, &["p"], &[]);
            }
        }
    }
}
