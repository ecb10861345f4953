//! IA-64 (Itanium): bundle decoding, an objdump-compatible disassembler, the
//! CPU state with its register stack engine, and the lifter.
//!
//! - [`bundle`]: the 128-bit bundle, its template (units of the three slots,
//!   stops) and the slot fields.
//! - [`tables`]: the encoding table, one declarative line per instruction
//!   form (type × major opcode × extension fields), shared by the decoder
//!   and the disassembler.
//! - [`decode`]: [`decode::decode_bundle`] / [`decode::decode_slot`] give an
//!   [`decode::Insn`] per slot: the SDM instruction ([`decode::Op`]), typed
//!   completers, qualifying predicate and operands. Total: every bit pattern
//!   decodes, to an instruction or to `Op::Illegal`.
//! - [`disasm`]: [`disasm::disasm_bundle`] prints a bundle as
//!   `ia64-linux-gnu-objdump -d` does.
//! - [`cpu`]: the CPU state translated code works on, the block exit
//!   protocol, and the register stack engine.
//! - [`lift`]: lifting blocks of bundles to Cranelift IR.

pub mod bundle;
pub mod cpu;
pub mod decode;
pub mod disasm;
pub mod lift;
pub mod tables;
