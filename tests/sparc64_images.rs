//! Every sparc64 guest image, at -O0 and -O2, runs under lastmile and under
//! qemu-sparc64 with byte-identical stdout, stderr, exit status and files.

mod common;
use common::*;
use std::path::PathBuf;

/// Arguments and stdin of image NAME-Ox, from guest-images/src/NAME.{args,stdin}.
fn sidecars(name: &str) -> (Vec<String>, Option<PathBuf>) {
    let base = name.rsplit_once('-').map(|(b, _)| b).unwrap_or(name);
    let src = root().join("guest-images/src");
    let args = std::fs::read_to_string(src.join(format!("{base}.args")))
        .map(|s| s.split_whitespace().map(String::from).collect())
        .unwrap_or_default();
    let stdin = src.join(format!("{base}.stdin"));
    (args, stdin.exists().then_some(stdin))
}

fn show(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    if s.len() > 2000 {
        format!("{}... ({} bytes)", &s[..2000], b.len())
    } else {
        s.into_owned()
    }
}

#[test]
fn sparc64_images_match_qemu() {
    let Some(out) = guest_images() else { return };
    if !have_tool("qemu-sparc64") {
        return;
    }
    let dir = out.join("sparc64");
    let mut progs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("guest-images/out/sparc64 exists after build")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none())
        .collect();
    progs.sort();
    assert!(progs.len() >= 60, "expected at least 30 programs at -O0 and -O2, found {}", progs.len());
    let lm = lastmile();
    let lm = lm.to_str().unwrap().to_string();
    let jobs: Vec<Box<dyn FnOnce() -> (String, Option<String>) + Send>> = progs
        .iter()
        .map(|p| {
            let p = p.clone();
            let lm = lm.clone();
            Box::new(move || {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                let (args, stdin) = sidecars(&name);
                let want = run_in_dir(&["qemu-sparc64"], &p, &args, stdin.as_deref(), "qemu");
                let got = run_in_dir(&[&lm], &p, &args, stdin.as_deref(), "lm");
                let mut why = Vec::new();
                if got.status != want.status {
                    why.push(format!("status: lastmile {} qemu {}", got.status, want.status));
                }
                if got.stdout != want.stdout {
                    why.push(format!("stdout differs:\n--- lastmile\n{}\n--- qemu\n{}", show(&got.stdout), show(&want.stdout)));
                }
                if got.stderr != want.stderr {
                    why.push(format!("stderr differs:\n--- lastmile\n{}\n--- qemu\n{}", show(&got.stderr), show(&want.stderr)));
                }
                if got.files != want.files {
                    why.push("files left in the working directory differ".into());
                }
                (name, if why.is_empty() { None } else { Some(why.join("\n")) })
            }) as Box<dyn FnOnce() -> (String, Option<String>) + Send>
        })
        .collect();
    let results = parallel(jobs, common::jobs());
    let mut failed = 0;
    for (name, r) in &results {
        match r {
            None => println!("ok   {name}"),
            Some(why) => {
                failed += 1;
                println!("FAIL {name}\n{why}\n");
            }
        }
    }
    println!("sparc64 images: {} passed, {} failed", results.len() - failed, failed);
    assert_eq!(failed, 0, "{failed} of {} images differ from qemu-sparc64", results.len());
}
