//! Running IA-64 guests: the execution loop, the helpers translated code
//! calls (the register stack engine's backing-store traffic, speculative
//! load checks), and signal delivery.

pub mod exec;
pub mod helpers;
pub mod signal;
