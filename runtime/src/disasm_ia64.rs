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
        // Symbols of a real section (object files put them at 0 too).
        let in_section = s.st_shndx != 0 && s.st_shndx < 0xff00;
        if in_section && (s.is_function() || s.st_type() == goblin::elf::sym::STT_NOTYPE) {
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
        // objdump prints a bundle as three lines (6, 6 and 4 bytes) and
        // elides any run of 16 or more zero bytes (ia64-dis.c sets
        // skip_zeroes to 16) that starts at a line as
        // "...", skipping it in whole words.
        let mut pos = 0usize;
        while pos + 4 <= data.len() {
            let slot = match pos % 16 {
                0..=5 => 0,
                6..=11 => 1,
                _ => 2,
            };
            let start = [0, 6, 12][slot];
            if pos % 16 != start {
                pos = pos - pos % 16 + start;
                continue;
            }
            let addr = sh.sh_addr + pos as u64;
            let zeros = data[pos..].iter().take_while(|&&b| b == 0).count();
            if zeros >= 16 {
                out.push_str("\t...\n");
                let next = if pos + zeros == data.len() { data.len() } else { pos + (zeros & !3) };
                // Resume at the next line start.
                let mut p = next;
                while p < data.len() && ![0, 6, 12].contains(&(p % 16)) {
                    p += 1;
                }
                pos = p;
                continue;
            }
            let bundle_at = pos - pos % 16;
            if bundle_at + 16 > data.len() {
                break;
            }
            if slot == 0 {
                if let Some(n) = syms.get(&addr) {
                    out.push_str(&format!("\n{addr:016x} <{n}>:\n"));
                }
            }
            let bundle: &[u8; 16] = data[bundle_at..bundle_at + 16].try_into().expect("16 bytes");
            let lines = objdump_lines(bundle, sh.sh_addr + bundle_at as u64, width);
            out.push_str(&lines[slot]);
            out.push('\n');
            pos += [6, 6, 4][slot];
        }
    }
    Ok(out)
}
