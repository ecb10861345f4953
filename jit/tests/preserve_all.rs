//! The `preserve_all` trampoline (frontend/src/preserve_all.rs): values
//! live across a cold call stay intact although the helper clobbers every
//! register SystemV lets it clobber, through the generic entries (helper
//! address passed) and a built-in one (preserve_all_entry!); the helper
//! sees its arguments.

use cranelift_codegen::ir::types::{F64, I64};
use cranelift_codegen::ir::{Function, InstBuilder, MemFlagsData, UserFuncName, Value};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::FunctionBuilder;
use lastmile_frontend::exitchain::block_signature;
use lastmile_frontend::preserve_all::call_cold;
use lastmile_jit::{Jit, OptLevel};

/// Writes its arguments to `p[1]`, `p[2]` and wrecks rax, rcx, rdx, rsi,
/// rdi, r8-r11 and xmm0-15.
extern "C" fn clobber(p: *mut u64, a1: u64) {
    // SAFETY: the test passes a buffer of 24 words.
    unsafe {
        *p.add(1) = *p.add(1) + 1;
        *p.add(2) = a1;
        std::arch::asm!(
            "mov rax, -1", "mov rcx, -1", "mov rdx, -1", "mov rsi, -1", "mov rdi, -1",
            "mov r8, -1", "mov r9, -1", "mov r10, -1", "mov r11, -1",
            "pcmpeqd xmm0, xmm0", "pcmpeqd xmm1, xmm1", "pcmpeqd xmm2, xmm2", "pcmpeqd xmm3, xmm3",
            "pcmpeqd xmm4, xmm4", "pcmpeqd xmm5, xmm5", "pcmpeqd xmm6, xmm6", "pcmpeqd xmm7, xmm7",
            "pcmpeqd xmm8, xmm8", "pcmpeqd xmm9, xmm9", "pcmpeqd xmm10, xmm10", "pcmpeqd xmm11, xmm11",
            "pcmpeqd xmm12, xmm12", "pcmpeqd xmm13, xmm13", "pcmpeqd xmm14, xmm14", "pcmpeqd xmm15, xmm15",
            clobber_abi("C"),
        );
    }
}

lastmile_frontend::preserve_all_entry!(fn clobber_entry, "lastmile_test_clobber_preserve_all", clobber);

/// fn(p) -> u64: 10 integers and 6 doubles made from p[0], then the cold
/// calls of `clobber` (built-in entry or not, two arguments or one), then
/// their sum plus p[1] (loaded through p after the calls).
fn build(calls: &[(Option<u64>, bool)], fc: TargetFrontendConfig) -> Function {
    let mut func = Function::with_name_signature(UserFuncName::user(0, 0), block_signature(CallConv::Tail));
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    let mut b = FunctionBuilder::new(&mut func, &mut fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    let p = b.block_params(entry)[0];
    let x = b.ins().load(I64, MemFlagsData::trusted(), p, 0);
    let ints: Vec<Value> = (0..10i64)
        .map(|i| {
            let m = b.ins().imul_imm_s(x, i + 3);
            b.ins().iadd_imm_s(m, i)
        })
        .collect();
    let fx = b.ins().fcvt_from_sint(F64, x);
    let floats: Vec<Value> = (0..6)
        .map(|i| {
            let k = b.ins().f64const(0.5 + i as f64);
            b.ins().fmul(fx, k)
        })
        .collect();
    // Stores before the calls: computed there, not sunk to their uses
    // after them, so live across the calls.
    for (i, &v) in ints.iter().chain(&floats).enumerate() {
        b.ins().store(MemFlagsData::trusted(), v, p, 32 + 8 * i as i32);
    }
    for (n, &(entry, two)) in calls.iter().enumerate() {
        let addr = clobber as *const () as usize as u64;
        if two {
            let a1 = b.ins().iconst(I64, 1000 + n as i64);
            call_cold(&mut b, CallConv::SystemV, entry, addr, &[p, a1]);
        } else {
            call_cold(&mut b, CallConv::SystemV, entry, addr, &[p]);
        }
    }
    let mut sum = b.ins().load(I64, MemFlagsData::trusted(), p, 8);
    for v in ints {
        sum = b.ins().iadd(sum, v);
    }
    for f in floats {
        let i = b.ins().fcvt_to_sint(I64, f);
        sum = b.ins().iadd(sum, i);
    }
    b.ins().return_(&[sum]);
    b.finalize(fc);
    func
}

#[test]
#[cfg(target_arch = "x86_64")]
fn values_survive_cold_calls_that_clobber_everything() {
    let mut jit = Jit::new(OptLevel::Speed, true).unwrap();
    let x: u64 = 12345;
    let expect_base = (0..10u64).map(|i| x * (i + 3) + i).sum::<u64>() + (0..6).map(|i| (x as f64 * (0.5 + i as f64)) as u64).sum::<u64>();
    let cases: [&[(Option<u64>, bool)]; 4] = [
        &[(None, false)],
        &[(None, true)],
        &[(clobber_entry(), false), (None, true)],
        &[(clobber_entry(), true), (clobber_entry(), false), (None, false)],
    ];
    for calls in cases {
        let c = jit.compile(build(calls, jit.frontend_config()), 1, 0x1000).unwrap();
        let f: extern "sysv64" fn(*mut u64) -> u64 = unsafe { std::mem::transmute(c.ptr) };
        if std::env::var_os("LASTMILE_PRINT_ASM").is_some() {
            println!("{}", lastmile_jit::disasm_host(&c));
        }
        let mut buf = [0u64; 24];
        buf[0] = x;
        let r = f(buf.as_mut_ptr());
        assert_eq!(buf[1], calls.len() as u64, "{calls:?}");
        if let Some(n) = calls.iter().rposition(|c| c.1).filter(|&n| n == calls.len() - 1) {
            assert_eq!(buf[2], 1000 + n as u64, "{calls:?}");
        }
        assert_eq!(r, expect_base + calls.len() as u64, "{calls:?}");
    }
}
