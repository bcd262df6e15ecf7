//! Where things live: the problem set, the user's solutions, and the judge's
//! per-user state (saved cases, last failures, status), which is kept in
//! `solutions/.judge/` and never inside `problems/`.

use crate::problem::tests::{CaseFile, RawCase};
use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub struct Workspace {
    pub root: PathBuf,
    pub problems: PathBuf,
    pub solutions: PathBuf,
}

impl Workspace {
    /// `JUDGE_ROOT`, else the nearest ancestor of the current directory with
    /// `problems/catalog.json`, else the checkout this judge was built from.
    pub fn locate() -> Result<Workspace> {
        let root = if let Some(root) = std::env::var_os("JUDGE_ROOT") {
            PathBuf::from(root)
        } else {
            let cwd = std::env::current_dir()?;
            cwd.ancestors()
                .find(|d| d.join("problems").join("catalog.json").is_file())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        };
        let problems = root.join("problems");
        if !problems.join("catalog.json").is_file() {
            anyhow::bail!("no problems/catalog.json under {} (set JUDGE_ROOT to the judge checkout)", root.display());
        }
        let solutions =
            std::env::var_os("JUDGE_SOLUTIONS").map(PathBuf::from).unwrap_or_else(|| root.join("solutions"));
        Ok(Workspace { root, problems, solutions })
    }

    /// `solutions/<slug>.rs`
    pub fn solution_path(&self, slug: &str) -> PathBuf {
        self.solutions.join(format!("{slug}.rs"))
    }

    fn state_dir(&self) -> PathBuf {
        self.solutions.join(".judge")
    }

    /// The user's own cases for a problem (`judge run --input ... --save`).
    pub fn own_cases_path(&self, slug: &str) -> PathBuf {
        self.state_dir().join("cases").join(format!("{slug}.json"))
    }

    pub fn own_cases(&self, slug: &str) -> Result<Vec<RawCase>> {
        let path = self.own_cases_path(slug);
        if !path.is_file() {
            return Ok(Vec::new());
        }
        Ok(CaseFile::read(&path)?.cases)
    }

    /// Appends a case to the user's own cases (written to a temp file, then renamed).
    pub fn save_own_case(&self, slug: &str, case: RawCase) -> Result<PathBuf> {
        let path = self.own_cases_path(slug);
        let mut file = if path.is_file() { CaseFile::read(&path)? } else { CaseFile::default() };
        file.cases.push(case);
        write_atomically(&path, &serde_json::to_string_pretty(&file)?)?;
        Ok(path)
    }

    /// The saved status; a damaged file is set aside (never overwritten) and
    /// a fresh status begins.
    pub fn status(&self) -> Status {
        let path = self.state_dir().join("status.json");
        let Ok(text) = std::fs::read_to_string(&path) else { return Status::default() };
        match serde_json::from_str(&text) {
            Ok(status) => status,
            Err(e) => {
                let aside = path.with_extension(format!("json.damaged-{}", std::process::id()));
                let _ = std::fs::rename(&path, &aside);
                eprintln!("warning: {} is damaged ({e}); kept as {}", path.display(), aside.display());
                Status::default()
            }
        }
    }

    pub fn save_status(&self, status: &Status) -> Result<()> {
        write_atomically(&self.state_dir().join("status.json"), &serde_json::to_string_pretty(status)?)
    }
}

/// Per-problem memory of past runs.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Status {
    pub problems: BTreeMap<String, ProblemStatus>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct ProblemStatus {
    pub solved: bool,
    pub last_verdict: String,
    /// Case numbers that failed in the last full or partial run (for `--failed`).
    pub failed_cases: Vec<usize>,
}

pub fn write_atomically(path: &Path, text: &str) -> Result<()> {
    write_bytes_atomically(path, text.as_bytes())
}

/// `write_atomically` for bytes.
pub fn write_bytes_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("path without a parent")?;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, bytes)?;
    tmp.persist(path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
