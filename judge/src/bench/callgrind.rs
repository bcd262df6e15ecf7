//! Instruction counts from valgrind's callgrind: counting is switched on only
//! inside the harness's `measure` (the user's call) and a profile is dumped
//! each time it returns, so dump k holds exactly the k-th call's instructions
//! (less the allocator's, see `count`).

use crate::runner::Wrapper;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};

/// The harness's flag for "under callgrind: leave the allocator uncounted".
const EXCLUDE_ALLOCATOR: &str = "--judge-callgrind";

/// `valgrind` on the PATH, if it runs.
pub fn locate() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    let found = std::env::split_paths(&path).map(|d| d.join("valgrind")).find(|p| p.is_file())?;
    let works = std::process::Command::new(&found).arg("--version").output().is_ok_and(|o| o.status.success());
    works.then_some(found)
}

/// Runs `run` under callgrind and returns the instructions of each of the
/// `calls` measured calls, in order.
pub fn count(valgrind: &Path, run: impl FnOnce(&Wrapper) -> Result<()>, calls: usize) -> Result<Vec<u64>> {
    let dir = tempfile::Builder::new().prefix("judge-callgrind-").tempdir()?;
    let out = dir.path().join("cg.out");
    let args: Vec<std::ffi::OsString> = vec![
        "--tool=callgrind".into(),
        "-q".into(),
        "--toggle-collect=judge_support::measured".into(),
        "--dump-after=judge_support::measured".into(),
        "--dump-line=no".into(),
        "--compress-strings=no".into(),
        "--compress-pos=no".into(),
        // Exact names: a trailing `*` stops --dump-after from matching (valgrind 3.19).
        format!("--callgrind-out-file={}", out.display()).into(),
    ];
    // The harness then leaves the allocator's own work out (see `CountingAllocator`
    // in the support crate): it depends on the heap's state, not the algorithm
    // (a Vec that can grow in place costs nothing, one that must move costs a
    // copy), and showed up as bumps that bent the fits.
    let wrapper = Wrapper { program: valgrind.to_path_buf(), args, exe_args: vec![EXCLUDE_ALLOCATOR.into()] };
    run(&wrapper)?;

    // Dumps are `cg.out.1`, `cg.out.2`, ... in call order; `cg.out` itself is
    // the (empty) remainder at exit.
    let mut counts = Vec::new();
    for k in 1..=calls {
        let path = dir.path().join(format!("cg.out.{k}"));
        let text = std::fs::read_to_string(&path).with_context(|| {
            let files: Vec<String> = std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            format!("callgrind wrote no dump {k} (found: {})", files.join(", "))
        })?;
        counts.push(total(&text).with_context(|| format!("no instruction total in {}", path.display()))?);
    }
    if counts.len() != calls {
        bail!("callgrind gave {} counts for {calls} calls", counts.len());
    }
    Ok(counts)
}

/// The `summary:` (or `totals:`) line's first event: instructions.
fn total(profile: &str) -> Option<u64> {
    profile
        .lines()
        .find_map(|l| l.strip_prefix("summary:").or_else(|| l.strip_prefix("totals:")))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_instruction_total() {
        let text = "version: 1\ncreator: callgrind-3.19.0\nevents: Ir\nsummary: 123456\ntotals: 123456\n";
        assert_eq!(super::total(text), Some(123456));
        assert_eq!(super::total("events: Ir\n"), None);
    }
}
