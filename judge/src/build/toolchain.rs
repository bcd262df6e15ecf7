//! The rustc the judge builds with.

use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::Command;

pub struct Toolchain {
    pub rustc: PathBuf,
    /// `rustc -vV`: part of every cache key.
    pub version: String,
}

impl Toolchain {
    /// `$RUSTC` or `rustc` from PATH.
    pub fn detect() -> Result<Toolchain> {
        let rustc = std::env::var_os("RUSTC").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("rustc"));
        let out = Command::new(&rustc)
            .arg("-vV")
            .output()
            .with_context(|| format!("cannot run `{} -vV`: is the Rust toolchain installed?", rustc.display()))?;
        if !out.status.success() {
            bail!("`{} -vV` failed: {}", rustc.display(), String::from_utf8_lossy(&out.stderr));
        }
        Ok(Toolchain { rustc, version: String::from_utf8_lossy(&out.stdout).into_owned() })
    }

    /// `rustc 1.95.0 (...)`: the first line.
    pub fn short_version(&self) -> &str {
        self.version.lines().next().unwrap_or("rustc")
    }
}
