//! Test cases: `tests.json`, generator-backed cases, and the user's own saved cases.

use super::{Problem, json_error};
use crate::checker::Answer;
use crate::harness::wire::Encoded;
use crate::tools::{self, Gen};
use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

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
    pub input: CaseInput,
    pub expected: Option<Answer>,
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
        let (input, source) = match (case.input, &case.r#gen) {
            (Some(input), None) => {
                if case.expected.is_none() {
                    bail!("{}: hand-written cases need `expected`", at());
                }
                (CaseInput::from(input), if own { CaseSource::Own } else { CaseSource::Written })
            }
            (None, Some(spec)) => (generated(problem, spec).with_context(at)?, CaseSource::Generated(spec.clone())),
            (Some(_), Some(_)) => bail!("{}: give either `input` or `gen`, not both", at()),
            (None, None) => bail!("{}: needs `input` (with `expected`) or `gen`", at()),
        };
        out.push(TestCase {
            number: first + i,
            name: case.name,
            example: case.example,
            input,
            expected: case.expected.map(Answer::from_value),
            source,
            file: path.to_path_buf(),
        });
    }
    Ok(out)
}

/// A case's input: its JSON values, and the wire encoding the harness reads.
/// A generated case's input is cached (some generators take a quarter of a
/// second, e.g. word-ladder's, which checks every ladder) in both forms; an
/// unchanged run reads only the wire form and parses the JSON only when a
/// report, a custom checker or a shrink needs the values.
#[derive(Clone)]
pub struct CaseInput(Arc<InputInner>);

struct InputInner {
    values: OnceLock<Vec<Value>>,
    /// Where a generated case's values and wire form are cached.
    generated: Option<Generated>,
}

struct Generated {
    slug: String,
    spec: GenSpec,
    json: PathBuf,
    wire: PathBuf,
}

impl From<Vec<Value>> for CaseInput {
    fn from(values: Vec<Value>) -> CaseInput {
        CaseInput(Arc::new(InputInner { values: OnceLock::from(values), generated: None }))
    }
}

impl std::ops::Deref for CaseInput {
    type Target = Vec<Value>;
    fn deref(&self) -> &Vec<Value> {
        self.0.values.get_or_init(|| {
            let g = self.0.generated.as_ref().expect("an input without values is generated");
            if let Some(values) = std::fs::read(&g.json).ok().and_then(|b| serde_json::from_slice(&b).ok()) {
                return values;
            }
            // The cache went away (or was damaged) since the case was loaded.
            tools::lookup(&g.slug)
                .and_then(|t| t.try_generate(g.spec.n, &g.spec.mode, &mut Gen::new(g.spec.seed)))
                .unwrap_or_default()
        })
    }
}

impl std::fmt::Debug for CaseInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.0.values.get(), &self.0.generated) {
            (Some(v), _) => write!(f, "{v:?}"),
            (None, Some(g)) => write!(f, "generated({:?})", g.spec),
            (None, None) => write!(f, "[]"),
        }
    }
}

impl CaseInput {
    /// The harness's encoding of the input (`encode` makes it from the
    /// values), from the cache when a generated case has one there (a large
    /// one as the file itself, for the solution to map).
    pub fn encoded(&self, encode: impl FnOnce(&[Value]) -> Result<Vec<u8>>) -> Result<Encoded> {
        let Some(g) = &self.0.generated else { return encode(self).map(Encoded::Bytes) };
        if let Some(cached) = Encoded::of_file(&g.wire) {
            return Ok(cached);
        }
        let bytes = encode(self)?;
        // A cache that cannot be written only costs the next run the encoding.
        let _ = crate::workspace::write_bytes_atomically(&g.wire, &bytes);
        Ok(Encoded::Bytes(bytes))
    }
}

/// The input of a generated case: from the cache, else from the problem's
/// seeded generator (and then cached). The output depends only on the
/// generator's source and the spec; the wire form also on the signature.
fn generated(problem: &Problem, spec: &GenSpec) -> Result<CaseInput> {
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
    let wire_key = crate::build::digest(&[
        key.as_bytes(),
        problem.facts.signature.as_bytes(),
        format!("{:?}", problem.harness).as_bytes(),
    ]);
    let dir = crate::build::default_dir().join("cases");
    let json = dir.join(format!("{}-{key}.json", problem.slug()));
    let wire = dir.join(format!("{}-{key}-{wire_key}.wire", problem.slug()));
    let values = OnceLock::new();
    if !json.is_file() {
        let input = fresh(problem, &tools, spec)?;
        if let Ok(text) = serde_json::to_string(&input) {
            let _ = crate::workspace::write_atomically(&json, &text);
        }
        let _ = values.set(input);
    }
    let generated = Some(Generated { slug: problem.slug().to_string(), spec: spec.clone(), json, wire });
    Ok(CaseInput(Arc::new(InputInner { values, generated })))
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
