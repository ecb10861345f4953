//! Lifting SPARC blocks to Cranelift IR.
