//! Helpers for driving the real binary: a private build cache and workspace
//! state, so tests never touch the user's own.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn cache_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("judge-cache")
}

/// A fresh directory for `solutions/` (own cases, status).
pub fn fresh_solutions() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("solutions-").tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
}

pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_judge"));
    cmd.env("JUDGE_CACHE_DIR", cache_dir()).env_remove("NO_COLOR").current_dir(env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("JUDGE_SOLUTIONS").is_none() {
        cmd.env("JUDGE_SOLUTIONS", std::env::temp_dir().join("judge-test-solutions"));
    }
    cmd
}

pub fn judge(args: &[&str]) -> Output {
    command().args(args).output().expect("run judge")
}

/// Exit code and the parsed JSON on stdout.
pub fn run_json(args: &[&str]) -> (i32, serde_json::Value) {
    let out = judge(args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let value = serde_json::from_str(stdout.trim()).unwrap_or_else(|e| {
        panic!("judge {args:?} printed no JSON ({e}):\n{stdout}\nstderr:\n{}", String::from_utf8_lossy(&out.stderr))
    });
    (out.status.code().unwrap_or(-1), value)
}
