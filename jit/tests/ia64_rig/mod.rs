//! The IA-64 jit test rig: assemble a snippet with ia64-linux-gnu-as, lift
//! and compile its blocks, and run them on a CPU state over a private
//! buffer folded as the runtime folds the regions (one 16 MiB slot per
//! region, the last 64 KiB a guard).
#![allow(dead_code)]

use lastmile_frontend::ia64::cpu::{rse_helper, BackingStore, Exit, Ia64Cpu};
use lastmile_frontend::ia64::lift::{lift_block, Fold, Helpers, LiftConfig};
use lastmile_frontend::sparc::lift::Chain;
use lastmile_jit::chain::{fill_slot, IndirectTable, SlotArena};
use lastmile_jit::{Jit, OptLevel};
use std::cell::Cell;

pub const SHIFT: u32 = 24;
pub const SLOT: u64 = 1 << SHIFT;
pub const LIMIT: u64 = SLOT - 0x10000;
/// Code at the start of region 2, data in region 3, backing store in region 4.
pub const CODE: u64 = 0x4000_0000_0000_0000;
pub const DATA: u64 = 0x6000_0000_0000_0000;
pub const BSP0: u64 = 0x8000_0000_0000_0000;

thread_local! {
    static BASE: Cell<u64> = const { Cell::new(0) };
}

/// Guest memory of the rig: regions 1-7 mapped below their guard, region
/// 0 unmapped (for speculation tests).
fn mapped(a: u64, size: u64) -> bool {
    let off = a & ((1 << 61) - 1);
    (a >> 61) != 0 && off + size <= LIMIT
}

struct Mem;
impl BackingStore for Mem {
    fn load(&mut self, a: u64) -> Option<u64> {
        if !mapped(a, 8) {
            return None;
        }
        let h = fold().host(a);
        // SAFETY: mapped() keeps the access inside the rig's buffer.
        Some(unsafe { (h as *const u64).read_unaligned() })
    }
    fn store(&mut self, a: u64, v: u64) -> bool {
        if !mapped(a, 8) {
            return false;
        }
        let h = fold().host(a);
        // SAFETY: as above.
        unsafe { (h as *mut u64).write_unaligned(v) };
        true
    }
}

fn fold() -> Fold {
    Fold { base: BASE.with(|b| b.get()), shift: SHIFT, limit: LIMIT }
}

extern "C" fn rse(cpu: *mut Ia64Cpu, op: u64, arg: u64) -> u64 {
    // SAFETY: translated code passes its CPU.
    rse_helper(unsafe { &mut *cpu }, &mut Mem, op, arg)
}

extern "C" fn spec_ok(_cpu: *mut Ia64Cpu, a: u64, size: u64) -> u64 {
    mapped(a, size) as u64
}

pub struct Rig {
    pub jit: Jit,
    pub cfg: LiftConfig,
    pub mem: Vec<u8>,
    pub cpu: Box<Ia64Cpu>,
    /// Times a block was entered from the rig (chained blocks not counted).
    pub blocks: usize,
    /// Compiled blocks by ip (chaining runs reuse them).
    cache: std::collections::HashMap<u64, *const u8>,
    chain: Option<(&'static SlotArena, &'static IndirectTable)>,
}

/// Assemble `src` (gas syntax) and return the .text bytes.
pub fn assemble(src: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("lm-ia64-{}-{:?}", std::process::id(), std::thread::current().id()));
    std::fs::create_dir_all(&dir).unwrap();
    let s = dir.join("t.s");
    let o = dir.join("t.o");
    let b = dir.join("t.bin");
    std::fs::write(&s, format!("\t.text\n\t.explicit\n{src}\n")).unwrap();
    let st = std::process::Command::new("ia64-linux-gnu-as").arg("-o").arg(&o).arg(&s).status();
    match st {
        Ok(st) if st.success() => {}
        Ok(_) => panic!("ia64-linux-gnu-as failed on:\n{src}"),
        Err(e) => panic!("ia64-linux-gnu-as not available ({e}): install binutils-ia64-linux-gnu"),
    }
    let st = std::process::Command::new("ia64-linux-gnu-objcopy").args(["-O", "binary", "-j", ".text"]).arg(&o).arg(&b).status().unwrap();
    assert!(st.success());
    let bytes = std::fs::read(&b).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    bytes
}

impl Rig {
    pub fn new() -> Rig {
        let jit = Jit::new(OptLevel::Fast, true).unwrap();
        let mut mem = vec![0u8; (8 * SLOT) as usize];
        let base = mem.as_mut_ptr() as u64;
        BASE.with(|b| b.set(base));
        let cfg = LiftConfig {
            fold: fold(),
            max_bundles: 16,
            helpers: Helpers { rse: rse as *const () as usize as u64, spec_ok: spec_ok as *const () as usize as u64 },
            call_conv: jit.call_conv(),
            frontend: jit.frontend_config(),
            chain: None,
        };
        let cpu = Ia64Cpu::new_boxed(BSP0);
        Rig { jit, cfg, mem, cpu, blocks: 0, cache: Default::default(), chain: None }
    }

    /// A rig whose blocks chain to each other (exit slots, indirect table)
    /// as the runtime's do.
    pub fn chained() -> Rig {
        let mut r = Rig::new();
        let (slots, ind) = (SlotArena::leak(1 << 12), IndirectTable::leak(1 << 10));
        r.cfg.chain = Some(Chain { slots, ind_table: ind.addr(), ind_mask: ind.mask(), insn_counter: 0 });
        r.chain = Some((slots, ind));
        r
    }

    pub fn host(&self, a: u64) -> usize {
        (fold().host(a) - self.mem.as_ptr() as u64) as usize
    }

    pub fn w64(&mut self, a: u64, v: u64) {
        let h = self.host(a);
        self.mem[h..h + 8].copy_from_slice(&v.to_le_bytes());
    }

    pub fn r64(&self, a: u64) -> u64 {
        let h = self.host(a);
        u64::from_le_bytes(self.mem[h..h + 8].try_into().unwrap())
    }

    /// Assemble `src` at CODE and run from its start until a non-normal
    /// exit (end a snippet with `break 0x100000`: Exit::Syscall).
    pub fn run(&mut self, src: &str) -> Exit {
        let code = assemble(src);
        let h = self.host(CODE);
        self.mem[h..h + code.len()].copy_from_slice(&code);
        let end = CODE + code.len() as u64;
        self.cpu.ip = CODE;
        let mem_ptr = self.mem.as_ptr() as u64;
        let fold = fold();
        let fetch = move |a: u64| -> Option<[u8; 16]> {
            if (CODE..end).contains(&a) {
                let h = (fold.host(a) - mem_ptr) as usize;
                // SAFETY: inside the rig's buffer.
                let s = unsafe { std::slice::from_raw_parts((mem_ptr as usize + h) as *const u8, 16) };
                Some(s.try_into().unwrap())
            } else {
                None
            }
        };
        for _ in 0..1_000_000 {
            if !(CODE..end).contains(&(self.cpu.ip & !0xf)) {
                return Exit::Normal;
            }
            let ip = self.cpu.ip;
            let ptr = match self.cache.get(&ip) {
                Some(&p) => p,
                None => {
                    let (f, info) = lift_block(&self.cfg, &fetch, ip, &mut self.jit.fctx).unwrap();
                    let c = self.jit.compile(f, info.insns, info.start).unwrap();
                    self.cache.insert(ip, c.ptr);
                    c.ptr
                }
            };
            if let Some((_, ind)) = self.chain {
                let slot = std::mem::take(&mut self.cpu.chain_slot);
                if slot != 0 {
                    // SAFETY: the slot came from our arena.
                    unsafe { fill_slot(slot, ptr) };
                }
                ind.insert(ip, ptr);
            }
            // SAFETY: compiled from a lifted block: fn(*mut Ia64Cpu) -> u64.
            let func: extern "sysv64" fn(*mut Ia64Cpu) -> u64 = unsafe { std::mem::transmute(ptr) };
            self.blocks += 1;
            let r = Exit::from_u64(func(&mut *self.cpu));
            if r != Exit::Normal {
                return r;
            }
        }
        panic!("did not finish");
    }

    pub fn gr(&self, r: u32) -> u64 {
        self.cpu.gr(r).0
    }
    pub fn nat(&self, r: u32) -> bool {
        self.cpu.gr(r).1
    }
    pub fn p(&self, p: u32) -> bool {
        (self.cpu.pr >> p) & 1 != 0
    }
}
