//! objdump-compatible SPARC disassembler.
