//! Running SPARC guests: the execution loop and the window helpers.

pub mod context;
pub mod exec;
pub mod signal;
pub mod tier;
pub mod signal32;
pub mod windows;
