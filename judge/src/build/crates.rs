//! The third-party crates LeetCode's Rust environment offers (rand 0.8,
//! regex 1, itertools 0.14), for solutions that use them. Built once per
//! toolchain with cargo (the registry is needed that once), then linked into
//! such solutions with `--extern`; solutions that use none pay nothing.

use super::{Toolchain, digest};
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Crate name and the version requirement LeetCode offers.
pub const OFFERED: &[(&str, &str)] = &[("rand", "0.8"), ("regex", "1"), ("itertools", "0.14")];

/// The offered crates a source refers to (`use rand::...`, `regex::Regex`, `extern crate itertools`).
pub fn used_by(source: &str) -> Vec<&'static str> {
    OFFERED.iter().map(|(name, _)| *name).filter(|name| mentions_crate(source, name)).collect()
}

fn mentions_crate(source: &str, name: &str) -> bool {
    let bytes = source.as_bytes();
    let mut from = 0;
    while let Some(at) = source[from..].find(name) {
        let start = from + at;
        let end = start + name.len();
        from = end;
        let before_ok = start == 0 || !(bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_');
        if !before_ok {
            continue;
        }
        let rest = source[end..].trim_start();
        let prefix = source[..start].trim_end();
        if rest.starts_with("::") && !prefix.ends_with("::")
            || prefix.ends_with("extern crate")
            || (prefix.ends_with("use") && (rest.starts_with(';') || rest.starts_with("::")))
        {
            return true;
        }
    }
    false
}

/// Where each built crate's rlib is, and the directory of their dependencies.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CrateSet {
    pub deps_dir: PathBuf,
    pub rlibs: BTreeMap<String, PathBuf>,
}

/// Builds (once) the offered crates in `cache_dir/crates/<key>/`.
pub fn ensure_built(cache_dir: &Path, tc: &Toolchain) -> Result<CrateSet> {
    let manifest = manifest_text();
    let key = digest(&[manifest.as_bytes(), tc.version.as_bytes(), crate::VERSION.as_bytes()]);
    let dir = cache_dir.join("crates").join(key);
    let index = dir.join("built.json");
    if let Some(set) = std::fs::read_to_string(&index).ok().and_then(|t| serde_json::from_str::<CrateSet>(&t).ok())
        && set.rlibs.values().all(|p| p.is_file() && p.parent() == Some(set.deps_dir.as_path()))
    {
        return Ok(set);
    }
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("Cargo.toml"), &manifest)?;
    std::fs::write(dir.join("lib.rs"), "")?;
    // cargo locks its target directory: concurrent judges wait for each other here.
    // The target dir is named: a user's CARGO_TARGET_DIR (or build.target-dir)
    // would put the crates' dependencies somewhere `-L dependency=` never looks.
    let output = Command::new("cargo")
        .args(["build", "--release", "--quiet", "--message-format=json-render-diagnostics"])
        .arg("--target-dir")
        .arg(dir.join("target"))
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env("RUSTC", &tc.rustc)
        .current_dir(&dir)
        .output()
        .context("cannot run cargo to build the crates LeetCode offers (rand, regex, itertools)")?;
    if !output.status.success() {
        bail!(
            "building the crates LeetCode offers (rand, regex, itertools) failed; the registry is needed once:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let mut rlibs = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let name = msg["target"]["name"].as_str().unwrap_or("");
        if msg["reason"] == "compiler-artifact" && OFFERED.iter().any(|(n, _)| *n == name) {
            let rlib = msg["filenames"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f.as_str())
                .find(|f| f.ends_with(".rlib"));
            if let Some(rlib) = rlib {
                rlibs.insert(name.to_string(), PathBuf::from(rlib));
            }
        }
    }
    if rlibs.len() != OFFERED.len() {
        bail!("cargo built the offered crates but did not report all their rlibs (got {:?})", rlibs.keys());
    }
    // Their dependencies sit beside them.
    let deps_dir = rlibs.values().next().and_then(|r| r.parent()).map(Path::to_path_buf).unwrap_or_default();
    if rlibs.values().any(|r| r.parent() != Some(deps_dir.as_path())) {
        bail!("cargo put the offered crates in different directories: {:?}", rlibs);
    }
    let set = CrateSet { deps_dir, rlibs };
    crate::workspace::write_atomically(&index, &serde_json::to_string_pretty(&set)?)?;
    Ok(set)
}

fn manifest_text() -> String {
    let mut m = String::from(
        "[package]\nname = \"judge-leetcode-crates\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\n",
    );
    for (name, version) in OFFERED {
        m.push_str(&format!("{name} = \"{version}\"\n"));
    }
    m.push_str("\n[profile.release]\nopt-level = 2\n");
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_crates_used_as_paths_or_imports_only() {
        assert_eq!(used_by("use rand::Rng;\nfn f() {}"), vec!["rand"]);
        assert_eq!(used_by("let re = regex::Regex::new(\"a\");"), vec!["regex"]);
        assert_eq!(used_by("use itertools::Itertools;"), vec!["itertools"]);
        assert_eq!(used_by("extern crate rand;"), vec!["rand"]);
        assert!(used_by("let rand = 4; let my_regex = 2; operand::x(); std::rand::x").is_empty());
        assert!(used_by("// regex is not needed here\nlet x = 1;").is_empty());
    }
}
