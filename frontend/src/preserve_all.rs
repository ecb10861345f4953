//! Calls to cold helpers that clobber nothing (Cranelift's `preserve_all`
//! convention), for the slow paths of translated code: window spills and
//! fills, the exact FPop, settling lazy flags.
//!
//! With a SystemV call anywhere in a block function, the values live across
//! it (the CPU pointer at least) go to callee-saved registers for the whole
//! function, which then saves and restores them in its prologue and at
//! every exit, on the hot path too. With a `preserve_all` call nothing is
//! clobbered, so the hot path keeps its registers and the function its
//! frame-only prologue. Cranelift gives `preserve_all` calls no results:
//! the helpers leave theirs in the CPU state.
//!
//! One trampoline body serves every helper: it saves what SystemV lets a
//! Rust helper clobber (rax, rcx, rdx, rsi, rdi, r8-r11, xmm0-15; the
//! callee-saved ones the Rust code keeps itself) and calls the helper with
//! the arguments in rdi (and rsi). Its entries differ only in where the
//! helper's address comes from: the argument after the helper's own (in
//! rsi for a helper of one argument, `lastmile_preserve_all_call1`; in rdx
//! for one of two, `lastmile_preserve_all_call2`), or built in
//! ([`preserve_all_entry!`], for a helper the lifter knows statically: no
//! address to pass).

use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::FunctionBuilder;

/// `$sym`: a `preserve_all` entry of the trampoline for the helper
/// `$helper` (an `extern "C" fn` of one or two arguments; its result is
/// lost), and `fn $get() -> Option<u64>`, its address (None on hosts
/// without the trampoline). The entry pushes what every entry pushes
/// before the shared body (rbp, rcx, rdx) and loads the helper's address
/// into rdx.
#[macro_export]
macro_rules! preserve_all_entry {
    ($vis:vis fn $get:ident, $sym:literal, $helper:path) => {
        #[cfg(target_arch = "x86_64")]
        std::arch::global_asm!(
            ".p2align 4",
            concat!(".globl ", $sym),
            concat!($sym, ":"),
            "push rbp",
            "mov rbp, rsp",
            "push rcx",
            "push rdx",
            "lea rdx, [rip + {f}]",
            "jmp lastmile_preserve_all_body",
            f = sym $helper,
        );

        $vis fn $get() -> Option<u64> {
            #[cfg(target_arch = "x86_64")]
            {
                extern "C" {
                    #[link_name = $sym]
                    fn entry();
                }
                Some(entry as *const () as usize as u64)
            }
            #[cfg(not(target_arch = "x86_64"))]
            {
                None
            }
        }
    };
}

#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".p2align 4",
    ".globl lastmile_preserve_all_call1",
    "lastmile_preserve_all_call1:",
    "push rbp",
    "mov rbp, rsp",
    "push rcx",
    "push rdx",
    "mov rdx, rsi",
    "jmp lastmile_preserve_all_body",
    ".p2align 4",
    ".globl lastmile_preserve_all_call2",
    "lastmile_preserve_all_call2:",
    "push rbp",
    "mov rbp, rsp",
    "push rcx",
    "push rdx",
    // The shared body: rbp, rcx and rdx are pushed, the helper is in rdx.
    ".globl lastmile_preserve_all_body",
    ".hidden lastmile_preserve_all_body",
    "lastmile_preserve_all_body:",
    "push rax",
    "push rsi",
    "push rdi",
    "push r8",
    "push r9",
    "push r10",
    "push r11",
    "sub rsp, 256",
    "and rsp, -16",
    "movaps [rsp], xmm0",
    "movaps [rsp + 16], xmm1",
    "movaps [rsp + 32], xmm2",
    "movaps [rsp + 48], xmm3",
    "movaps [rsp + 64], xmm4",
    "movaps [rsp + 80], xmm5",
    "movaps [rsp + 96], xmm6",
    "movaps [rsp + 112], xmm7",
    "movaps [rsp + 128], xmm8",
    "movaps [rsp + 144], xmm9",
    "movaps [rsp + 160], xmm10",
    "movaps [rsp + 176], xmm11",
    "movaps [rsp + 192], xmm12",
    "movaps [rsp + 208], xmm13",
    "movaps [rsp + 224], xmm14",
    "movaps [rsp + 240], xmm15",
    "call rdx",
    "movaps xmm0, [rsp]",
    "movaps xmm1, [rsp + 16]",
    "movaps xmm2, [rsp + 32]",
    "movaps xmm3, [rsp + 48]",
    "movaps xmm4, [rsp + 64]",
    "movaps xmm5, [rsp + 80]",
    "movaps xmm6, [rsp + 96]",
    "movaps xmm7, [rsp + 112]",
    "movaps xmm8, [rsp + 128]",
    "movaps xmm9, [rsp + 144]",
    "movaps xmm10, [rsp + 160]",
    "movaps xmm11, [rsp + 176]",
    "movaps xmm12, [rsp + 192]",
    "movaps xmm13, [rsp + 208]",
    "movaps xmm14, [rsp + 224]",
    "movaps xmm15, [rsp + 240]",
    "lea rsp, [rbp - 72]",
    "pop r11",
    "pop r10",
    "pop r9",
    "pop r8",
    "pop rdi",
    "pop rsi",
    "pop rax",
    "pop rdx",
    "pop rcx",
    "pop rbp",
    "ret",
);

#[cfg(target_arch = "x86_64")]
extern "C" {
    fn lastmile_preserve_all_call1();
    fn lastmile_preserve_all_call2();
}

/// Call `extern "C" fn(args..)` at `addr` (one or two arguments; a result
/// is lost) from a slow path, with `preserve_all`: through `entry` (from
/// [`preserve_all_entry!`], for the same helper) if given, else through a
/// generic entry taking the address; directly with `conv` on hosts without
/// the trampoline.
pub fn call_cold(b: &mut FunctionBuilder, conv: CallConv, entry: Option<u64>, addr: u64, args: &[Value]) {
    assert!(matches!(args.len(), 1 | 2), "call_cold: one or two arguments");
    let mut all = [args[0]; 3];
    all[..args.len()].copy_from_slice(args);
    let (conv, callee, n) = match entry {
        Some(e) => (CallConv::PreserveAll, e, args.len()),
        None => generic_entry(args.len()).map_or((conv, addr, args.len()), |e| {
            all[args.len()] = b.ins().iconst(I64, addr as i64);
            (CallConv::PreserveAll, e, args.len() + 1)
        }),
    };
    let callee = b.ins().iconst(I64, callee as i64);
    let mut sig = Signature::new(conv);
    for _ in 0..n {
        sig.params.push(AbiParam::new(I64));
    }
    let sigref = b.import_signature(sig);
    b.ins().call_indirect(sigref, callee, &all[..n]);
}

/// Call the `preserve_all` entry at `callee` (a value: an address loaded at
/// run time, from [`preserve_all_entry!`]) with one or two arguments.
pub fn call_cold_at(b: &mut FunctionBuilder, callee: Value, args: &[Value]) {
    assert!(matches!(args.len(), 1 | 2), "call_cold_at: one or two arguments");
    let mut sig = Signature::new(CallConv::PreserveAll);
    for _ in args {
        sig.params.push(AbiParam::new(I64));
    }
    let sigref = b.import_signature(sig);
    b.ins().call_indirect(sigref, callee, args);
}

/// The generic entry for helpers of `n` arguments.
fn generic_entry(n: usize) -> Option<u64> {
    #[cfg(target_arch = "x86_64")]
    {
        let e = if n == 1 { lastmile_preserve_all_call1 as *const () } else { lastmile_preserve_all_call2 as *const () };
        Some(e as usize as u64)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = n;
        None
    }
}
