//! `lastmile disasm` on IA-64 objects prints what `ia64-linux-gnu-objdump -d`
//! prints (headers, labels, the three lines of each bundle), ignoring only
//! objdump's `<symbol+offset>` annotations of branch targets.

mod common;
use common::*;
use std::process::Command;

#[test]
fn lastmile_disasm_matches_objdump_on_ia64_objects() {
    if !have_tool("ia64-linux-gnu-as") || !have_tool("ia64-linux-gnu-objdump") {
        return;
    }
    let data = root().join("frontend/tests/data/ia64");
    let dir = fresh_dir("ia64");
    let mut n = 0;
    for e in std::fs::read_dir(&data).unwrap().flatten() {
        let src = e.path();
        if src.extension().and_then(|x| x.to_str()) != Some("s") {
            continue;
        }
        let obj = dir.join(src.file_stem().unwrap()).with_extension("o");
        let st = Command::new("ia64-linux-gnu-as").arg("-mhint.b=ok").arg(&src).arg("-o").arg(&obj).status().unwrap();
        assert!(st.success(), "assembling {}", src.display());
        let (lines, diff) = disasm_against_objdump("ia64-linux-gnu-objdump", &dir, &obj);
        if let Some(why) = diff {
            panic!("{}: {why}", src.display());
        }
        n += lines;
    }
    println!("IA-64: {n} objdump lines identical");
    assert!(n > 1000);
    let _ = std::fs::remove_dir_all(&dir);
}
