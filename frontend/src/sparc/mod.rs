//! SPARC: V8, V8+ and V9 share one decoder, parameterised by [`decode::Flavor`].

pub mod cpu;
pub mod decode;
pub mod disasm;
pub mod interp;
pub mod lift;
