//! `lastmile disasm` for IA-64 ELF files, in `ia64-linux-gnu-objdump -d`'s
//! layout (the bundle text comes from the frontend's disassembler).

use goblin::elf::section_header::{SHF_EXECINSTR, SHT_NOBITS};
use lastmile_frontend::ia64::disasm::{objdump_address_width, objdump_lines};
use std::collections::BTreeMap;
use std::path::Path;

/// Is this an ELF64 little-endian EM_IA_64 file?
pub fn is_ia64(bytes: &[u8]) -> bool {
    bytes.len() >= 20 && &bytes[0..4] == b"\x7fELF" && bytes[4] == 2 && bytes[5] == 1 && u16::from_le_bytes([bytes[18], bytes[19]]) == 50
}

pub fn disasm_file(path: &Path, bytes: &[u8]) -> Result<String, String> {
    let elf = goblin::elf::Elf::parse(bytes).map_err(|e| format!("{}: bad ELF file: {e}", path.display()))?;
    let mut syms: BTreeMap<u64, &str> = BTreeMap::new();
    for s in elf.syms.iter() {
        if s.st_value != 0 && (s.is_function() || s.st_type() == goblin::elf::sym::STT_NOTYPE) {
            if let Some(n) = elf.strtab.get_at(s.st_name) {
                if !n.is_empty() {
                    syms.entry(s.st_value).or_insert(n);
                }
            }
        }
    }
    let mut out = format!("\n{}:     file format elf64-ia64-little\n\n", path.display());
    for sh in &elf.section_headers {
        if sh.sh_flags & SHF_EXECINSTR as u64 == 0 || sh.sh_type == SHT_NOBITS {
            continue;
        }
        let name = elf.shdr_strtab.get_at(sh.sh_name).unwrap_or("?");
        out.push_str(&format!("\nDisassembly of section {name}:\n"));
        let start = sh.sh_offset as usize;
        let end = start.saturating_add(sh.sh_size as usize).min(bytes.len());
        let data = bytes.get(start..end).unwrap_or(&[]);
        if !syms.keys().any(|&a| a >= sh.sh_addr && a < sh.sh_addr + sh.sh_size) {
            out.push_str(&format!("\n{:016x} <{name}>:\n", sh.sh_addr));
        }
        let width = objdump_address_width(sh.sh_addr, sh.sh_addr + sh.sh_size);
        for (i, b) in data.chunks_exact(16).enumerate() {
            let addr = sh.sh_addr + 16 * i as u64;
            if let Some(n) = syms.get(&addr) {
                out.push_str(&format!("\n{addr:016x} <{n}>:\n"));
            }
            let bundle: &[u8; 16] = b.try_into().expect("16 bytes");
            for l in objdump_lines(bundle, addr, width) {
                out.push_str(&l);
                out.push('\n');
            }
        }
    }
    Ok(out)
}
