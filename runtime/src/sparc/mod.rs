//! Running SPARC guests: the execution loop and the window helpers.

pub mod context;
pub mod exec;
pub mod signal;
pub mod windows;
