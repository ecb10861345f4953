//! Block exits that chain to the next block (ARCHITECTURE.md, "A block exits
//! by tail call"), for any guest ISA: a direct exit loads its exit slot and
//! tail-calls the code there; a computed jump looks the target up in the
//! indirect-branch table. On a miss both run the ISA's `miss` code (store
//! the guest pc, note the slot, return to the runtime).
//!
//! Both lifters use [`block_signature`]; the IA-64 lifter also uses the
//! exits. The SPARC lifter still emits its own (frontend/src/sparc/lift/
//! mod.rs: chain_direct, the regions' shared exit, and chain_indirect with
//! its hit/miss counters) and can switch to these once they take a hook.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::I64;
use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, MemFlagsData, Signature, UserFuncName, Value};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::FunctionBuilder;

/// The signature of every lifted block: `fn(cpu) -> exit code`.
pub fn block_signature(call_conv: CallConv) -> Signature {
    let mut sig = Signature::new(call_conv);
    sig.params.push(AbiParam::new(I64));
    sig.returns.push(AbiParam::new(I64));
    sig
}

thread_local! {
    /// The storage of a function this thread compiled, for the next block
    /// it lifts ([`recycle_function`]).
    static SPARE: std::cell::RefCell<Option<Function>> = const { std::cell::RefCell::new(None) };
}

/// A new empty function with [`block_signature`]. It reuses the vectors
/// of a function handed back by [`recycle_function`] on this thread: a
/// function built from empty ones grows each of them step by step, in the
/// lifter and again in Cranelift's passes (reallocations and copies; it is
/// the same function either way, numbered from 0).
pub fn new_block_function(call_conv: CallConv) -> Function {
    match SPARE.with(|s| s.borrow_mut().take()) {
        Some(mut f) => {
            f.clear();
            f.signature = block_signature(call_conv);
            f
        }
        None => Function::with_name_signature(UserFuncName::default(), block_signature(call_conv)),
    }
}

/// Hand back a function no longer needed (compiled, or a lift pass thrown
/// away) for [`new_block_function`] on this thread to reuse.
pub fn recycle_function(f: Function) {
    SPARE.with(|s| *s.borrow_mut() = Some(f));
}

/// Start a block function: its entry block (sealed, current) and the
/// `cpu` pointer parameter of [`block_signature`].
pub fn entry_cpu(b: &mut FunctionBuilder) -> Value {
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    b.seal_block(entry);
    b.block_params(entry)[0]
}

/// Tail-call the block whose code address is in the 8-byte exit `slot`,
/// or, while the slot is empty, run `miss(b, slot_value)`, which must end
/// its block (return to the runtime).
pub fn chain_direct(
    b: &mut FunctionBuilder,
    call_conv: CallConv,
    cpu: Value,
    slot: u64,
    miss: &mut dyn FnMut(&mut FunctionBuilder, Value),
) {
    let sa = b.ins().iconst(I64, slot as i64);
    let target = b.ins().load(I64, MemFlagsData::trusted(), sa, 0);
    let go = b.create_block();
    let missb = b.create_block();
    b.ins().brif(target, go, &[], missb, &[]);
    b.seal_block(go);
    b.seal_block(missb);
    b.switch_to_block(go);
    let sigref = b.import_signature(block_signature(call_conv));
    b.ins().return_call_indirect(sigref, target, &[cpu]);
    b.switch_to_block(missb);
    miss(b, sa);
}

/// Look guest pc `t` up in the indirect-branch table (`mask + 1` entries
/// of (guest pc, host code), indexed by (pc >> 2) & mask) and tail-call on
/// a hit; else run `miss(b)`, which must end its block.
pub fn chain_indirect(
    b: &mut FunctionBuilder,
    call_conv: CallConv,
    cpu: Value,
    t: Value,
    table: u64,
    mask: u64,
    miss: &mut dyn FnMut(&mut FunctionBuilder),
) {
    // ((t >> 2) & mask) << 4 as (t & (mask << 2)) << 2: an `and`, and a
    // scaled index in the loads' addresses.
    let h = b.ins().band_imm_s(t, (mask << 2) as i64);
    let h = b.ins().ishl_imm_s(h, 2);
    let tb = b.ins().iconst(I64, table as i64);
    let e = b.ins().iadd(tb, h);
    let epc = b.ins().load(I64, MemFlagsData::trusted(), e, 0);
    let hit = b.ins().icmp(IntCC::Equal, epc, t);
    let go = b.create_block();
    let missb = b.create_block();
    b.ins().brif(hit, go, &[], missb, &[]);
    b.seal_block(go);
    b.seal_block(missb);
    b.switch_to_block(go);
    let code = b.ins().load(I64, MemFlagsData::trusted(), e, 8);
    let sigref = b.import_signature(block_signature(call_conv));
    b.ins().return_call_indirect(sigref, code, &[cpu]);
    b.switch_to_block(missb);
    miss(b);
}
