//! `lastmile disasm` on IA-64 objects prints what `ia64-linux-gnu-objdump -d`
//! prints (headers, labels, the three lines of each bundle), ignoring only
//! objdump's `<symbol+offset>` annotations of branch targets.

mod common;
use common::*;
use std::process::Command;

fn strip_annotations(s: &str) -> String {
    let mut out = String::new();
    for line in s.lines() {
        // Drop " <...>" unless it is a label line ("0000... <name>:").
        let mut l = line.to_string();
        if !l.ends_with(">:") {
            while let Some(i) = l.find(" <") {
                match l[i..].find('>') {
                    Some(j) => l.replace_range(i..i + j + 1, ""),
                    None => break,
                }
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

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
        let theirs = Command::new("ia64-linux-gnu-objdump").arg("-d").arg(&obj).current_dir(&dir).output().unwrap();
        let ours = Command::new(lastmile()).arg("disasm").arg(&obj).current_dir(&dir).output().unwrap();
        assert!(ours.status.success(), "{}", String::from_utf8_lossy(&ours.stderr));
        let (t, o) = (strip_annotations(&String::from_utf8_lossy(&theirs.stdout)), strip_annotations(&String::from_utf8_lossy(&ours.stdout)));
        if t != o {
            for (a, b) in t.lines().zip(o.lines()) {
                if a != b {
                    panic!("{}: objdump {a:?}\n lastmile {b:?}", src.display());
                }
            }
            panic!("{}: listings differ in length", src.display());
        }
        n += t.lines().filter(|l| l.contains(":\t")).count();
    }
    println!("IA-64: {n} objdump lines identical");
    assert!(n > 1000);
    let _ = std::fs::remove_dir_all(&dir);
}
