//! Test cases: `tests.json`, generator-backed cases, and the user's own saved cases.

use super::{Problem, json_error};
use crate::tools::{self, Gen};
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::Path;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct GenSpec {
    pub n: usize,
    pub seed: u64,
    #[serde(default = "random_mode")]
    pub mode: String,
}

fn random_mode() -> String {
    "random".into()
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase {
    pub name: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<Vec<Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#gen: Option<GenSpec>,
}

#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub cases: Vec<RawCase>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CaseSource {
    Written,
    Generated(GenSpec),
    /// Saved by the user (`judge run --input ... --save`).
    Own,
}

/// A case ready to run. `expected` is `None` until the reference has answered
/// (generated cases).
#[derive(Debug, Clone)]
pub struct TestCase {
    /// 1-based, stable: the position in tests.json, then the user's own cases.
    pub number: usize,
    pub name: String,
    pub example: bool,
    /// Shared: every report of the case holds it, and inputs run to 10^5 values.
    pub input: std::sync::Arc<Vec<Value>>,
    pub expected: Option<Value>,
    pub source: CaseSource,
    /// Where the case is written (tests.json or the user's own cases), for messages.
    pub file: std::path::PathBuf,
}

impl CaseFile {
    pub fn read(path: &Path) -> Result<CaseFile> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| json_error(path, &e))
    }
}

/// Loads `tests.json`, generating the inputs of `gen` cases.
pub fn load_cases(problem: &Problem) -> Result<Vec<TestCase>> {
    let path = problem.tests_path();
    let file = CaseFile::read(&path)?;
    let text = std::fs::read_to_string(&path)?;
    to_cases(problem, &path, &text, file.cases, 1, false)
}

/// Turns raw cases into runnable ones, numbering from `first`.
pub fn to_cases(
    problem: &Problem,
    path: &Path,
    text: &str,
    raw: Vec<RawCase>,
    first: usize,
    own: bool,
) -> Result<Vec<TestCase>> {
    let mut out = Vec::with_capacity(raw.len());
    for (i, case) in raw.into_iter().enumerate() {
        let at = || format!("{}:{}: case {} ({:?})", path.display(), line_of(text, &case.name), first + i, case.name);
        let (input, source) = match (&case.input, &case.r#gen) {
            (Some(input), None) => {
                if case.expected.is_none() {
                    bail!("{}: hand-written cases need `expected`", at());
                }
                (input.clone(), if own { CaseSource::Own } else { CaseSource::Written })
            }
            (None, Some(spec)) => (generate(problem, spec).with_context(at)?, CaseSource::Generated(spec.clone())),
            (Some(_), Some(_)) => bail!("{}: give either `input` or `gen`, not both", at()),
            (None, None) => bail!("{}: needs `input` (with `expected`) or `gen`", at()),
        };
        out.push(TestCase {
            number: first + i,
            name: case.name,
            example: case.example,
            input: input.into(),
            expected: case.expected,
            source,
            file: path.to_path_buf(),
        });
    }
    Ok(out)
}

/// Runs the problem's seeded generator, or reads its output from the cache:
/// some generators take a quarter of a second (word-ladder's checks every
/// ladder), every run needs their cases, and the output depends only on the
/// generator's source and the spec.
pub fn generate(problem: &Problem, spec: &GenSpec) -> Result<Vec<Value>> {
    let tools = tools::lookup(problem.slug())
        .ok_or_else(|| anyhow!("{} has no tools.rs compiled into this judge", problem.slug()))?;
    let key = crate::build::digest(&[
        crate::VERSION.as_bytes(),
        tools.source_digest.as_bytes(),
        problem.slug().as_bytes(),
        &spec.n.to_le_bytes(),
        &spec.seed.to_le_bytes(),
        spec.mode.as_bytes(),
    ]);
    let cached = crate::build::default_dir().join("cases").join(format!("{}-{key}.json", problem.slug()));
    if let Some(input) = std::fs::read_to_string(&cached).ok().and_then(|t| serde_json::from_str(&t).ok()) {
        return Ok(input);
    }
    let input = fresh(problem, &tools, spec)?;
    // A cache that cannot be written only costs the next run the generation.
    if let Ok(text) = serde_json::to_string(&input) {
        let _ = crate::workspace::write_atomically(&cached, &text);
    }
    Ok(input)
}

fn fresh(problem: &Problem, tools: &tools::ProblemTools, spec: &GenSpec) -> Result<Vec<Value>> {
    tools.try_generate(spec.n, &spec.mode, &mut Gen::new(spec.seed)).ok_or_else(|| {
        anyhow!(
            "the generator of {} panicked (n = {}, mode {:?}, seed {})",
            problem.slug(),
            spec.n,
            spec.mode,
            spec.seed
        )
    })
}

/// The line where a case named `name` appears (1 when not found).
fn line_of(text: &str, name: &str) -> usize {
    let needle = serde_json::to_string(name).unwrap_or_default();
    text.find(&needle).map(|at| text[..at].lines().count().max(1)).unwrap_or(1)
}
