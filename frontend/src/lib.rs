//! lastmile-frontend: per-ISA decoders, disassemblers, CPU state layouts and
//! lifters to Cranelift IR. Knows nothing of files, processes or the cache.

pub mod exitchain;
pub mod ia64;
pub mod preserve_all;
pub mod sparc;
