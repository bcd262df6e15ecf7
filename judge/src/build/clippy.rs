//! `judge run --clippy`: clippy's remarks on the user's file. Off the hot
//! path: a separate `clippy-driver` call that only type-checks (metadata), run
//! after the verdict, and never cached.

use super::{BuildCache, SourceFile, Toolchain, crates};
use crate::harness::{glue, source};
use crate::problem::Problem;
use anyhow::{Context, Result, bail};
use std::path::PathBuf;
use std::process::Command;

/// `clippy-driver` of the toolchain the judge builds with.
fn driver(tc: &Toolchain) -> Result<PathBuf> {
    let path = tc.sysroot.join("bin").join("clippy-driver");
    if path.is_file() {
        return Ok(path);
    }
    bail!("clippy is not installed for this toolchain (`rustup component add clippy`)")
}

/// Clippy's rendered remarks whose main location is in the user's file.
pub fn remarks(cache: &BuildCache, tc: &Toolchain, problem: &Problem, src: &SourceFile) -> Result<Vec<String>> {
    let driver = driver(tc)?;
    let support = cache.support(tc)?;
    let prepared = source::prepare(&src.text);
    let work = tempfile::Builder::new().prefix("judge-clippy-").tempdir()?;
    let user_copy = work.path().join("user.rs");
    std::fs::write(&user_copy, &prepared.text)?;
    let main_rs = work.path().join("main.rs");
    std::fs::write(&main_rs, glue::generate(problem, &user_copy, &prepared.text, &prepared.hoisted)?)?;
    let mut cmd = Command::new(driver);
    cmd.arg(&tc.rustc) // clippy-driver takes the rustc it wraps as its first argument
        .args(["--edition", "2024", "--crate-type", "bin", "--crate-name", "solution", "--emit=metadata"])
        .arg("-L")
        .arg(format!("dependency={}", support.parent().unwrap().display()))
        .arg("--extern")
        .arg(format!("judge_support={}", support.display()))
        .args(["--error-format=json", "-W", "clippy::all", "-A", "dead_code"])
        .arg(format!("--remap-path-prefix={}={}", user_copy.display(), src.display_path))
        .arg("-o")
        .arg(work.path().join("out"));
    let used = crates::used_by(&prepared.text);
    if !used.is_empty() {
        let set = crates::ensure_built(cache.dir(), tc)?;
        cmd.arg("-L").arg(format!("dependency={}", set.deps_dir.display()));
        for name in used {
            cmd.arg("--extern").arg(format!("{name}={}", set.rlibs[name].display()));
        }
    }
    let output = cmd.arg(&main_rs).current_dir(work.path()).output().context("cannot run clippy-driver")?;
    let mut out = Vec::new();
    for line in String::from_utf8_lossy(&output.stderr).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let in_user_file = msg["spans"].as_array().is_some_and(|spans| {
            spans.iter().any(|s| s["is_primary"] == true && s["file_name"] == src.display_path.as_str())
        });
        if in_user_file && let Some(rendered) = msg["rendered"].as_str() {
            out.push(rendered.trim_end().to_string());
        }
    }
    Ok(out)
}
