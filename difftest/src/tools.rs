//! Finding the programs difftest drives: lastmile itself, the qemu-user
//! references and the cross binutils.

use std::path::{Path, PathBuf};

/// Is `tool` an executable on PATH (or an existing path)?
pub fn have(tool: &str) -> bool {
    if tool.contains('/') {
        return Path::new(tool).is_file();
    }
    which(tool).is_some()
}

pub fn which(tool: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(tool)).find(|p| {
        use std::os::unix::fs::PermissionsExt;
        p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)
    })
}

/// Is this a CI run (`CI=true`)? There a missing reference tool is a failure.
pub fn in_ci() -> bool {
    std::env::var("CI").map(|v| v == "true").unwrap_or(false)
}

/// The lastmile binary to test when none is given: the one built beside this
/// executable (target/{debug,release}), then target/release and target/debug
/// of the workspace, then `lastmile` on PATH.
pub fn default_lastmile() -> PathBuf {
    let mut cands = Vec::new();
    if let Ok(me) = std::env::current_exe() {
        if let Some(dir) = me.parent() {
            cands.push(dir.join("lastmile"));
            // Test executables live in target/debug/deps.
            if let Some(up) = dir.parent() {
                cands.push(up.join("lastmile"));
            }
        }
    }
    let ws = Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default();
    cands.push(ws.join("target/release/lastmile"));
    cands.push(ws.join("target/debug/lastmile"));
    cands.into_iter().find(|p| p.is_file()).or_else(|| which("lastmile")).unwrap_or_else(|| PathBuf::from("lastmile"))
}

/// The workspace root (for guest-images/ and friends).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}
