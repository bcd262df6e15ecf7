//! Problem packages: `problems/<slug>/` plus the facts in `problems/catalog.json`.

pub mod signature;
pub mod tests;

use anyhow::{Context, Result, anyhow, bail};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub use signature::{Method, Param, Signature, Ty};
pub use tests::{CaseSource, GenSpec, TestCase};

/// One problem's facts, exactly as the catalog has them.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Facts {
    pub order: u32,
    pub id: u32,
    pub slug: String,
    pub title: String,
    pub topic: String,
    pub difficulty: String,
    /// The roadmap rates only its first 50 problems; null elsewhere.
    pub stars: Option<u8>,
    pub patterns: Vec<String>,
    pub signature: String,
    pub compare: String,
    pub constraints: String,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CatalogFile {
    topics: Vec<String>,
    problems: Vec<Facts>,
}

/// How the solution is called (see problems/README.md).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HarnessKind {
    #[default]
    Function,
    Design,
    CycleList,
    CloneGraph,
    BstNodes,
    Codec,
    /// 138: a list whose nodes also point at a random node of the list.
    RandomList,
}

/// Float tolerance: a float matches within `abs` or within `rel` of the expected value.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Tolerance {
    #[serde(default)]
    pub abs: f64,
    #[serde(default)]
    pub rel: f64,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(untagged)]
pub enum CheckerSpec {
    Named(String),
    Float { float: Tolerance },
}

impl Default for CheckerSpec {
    fn default() -> Self {
        CheckerSpec::Named("exact".into())
    }
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// The CPU limit is this many times the reference's slowest case...
    pub time_factor: f64,
    /// ...but never below this.
    pub min_time_ms: u64,
    /// Live heap bytes allowed, in MiB.
    pub heap_mb: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { time_factor: 10.0, min_time_ms: 20, heap_mb: 256 }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemConfig {
    #[serde(default)]
    harness: HarnessKind,
    #[serde(default)]
    checker: CheckerSpec,
    #[serde(default)]
    limits: Limits,
}

/// A loaded problem package.
#[derive(Debug, Clone)]
pub struct Problem {
    pub dir: PathBuf,
    pub facts: Facts,
    pub harness: HarnessKind,
    pub checker: CheckerSpec,
    pub limits: Limits,
    pub signature: Signature,
}

impl Problem {
    pub fn slug(&self) -> &str {
        &self.facts.slug
    }
    pub fn statement_path(&self) -> PathBuf {
        self.dir.join("statement.md")
    }
    pub fn reference_path(&self) -> PathBuf {
        self.dir.join("reference.rs")
    }
    pub fn tests_path(&self) -> PathBuf {
        self.dir.join("tests.json")
    }
    /// The first line of the statement's "Expected complexity" section.
    pub fn expected_complexity(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.statement_path()).ok()?;
        let (_, section) = text.split_once("## Expected complexity")?;
        let line = section.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'))?;
        Some(line.trim_end_matches('.').to_string())
    }
    pub fn url(&self) -> String {
        format!("https://leetcode.com/problems/{}/", self.facts.slug)
    }
}

/// The problem set: the catalog and the package folders under `problems/`.
pub struct ProblemSet {
    pub root: PathBuf,
    pub topics: Vec<String>,
    facts: Vec<Facts>,
}

impl ProblemSet {
    pub fn open(problems_dir: &Path) -> Result<ProblemSet> {
        let path = problems_dir.join("catalog.json");
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let catalog: CatalogFile = serde_json::from_str(&text).map_err(|e| json_error(&path, &e))?;
        Ok(ProblemSet { root: problems_dir.to_path_buf(), topics: catalog.topics, facts: catalog.problems })
    }

    /// Catalog entries that have a package folder, in catalog order.
    pub fn available(&self) -> Vec<&Facts> {
        self.facts.iter().filter(|f| self.root.join(&f.slug).join("problem.json").is_file()).collect()
    }

    /// Finds a problem by slug, LeetCode number or unique slug prefix.
    pub fn resolve(&self, name: &str) -> Result<&Facts> {
        // An exact slug (every scripted call) looks at one package, not all.
        if let Some(f) = self.facts.iter().find(|f| f.slug == name)
            && self.root.join(&f.slug).join("problem.json").is_file()
        {
            return Ok(f);
        }
        let available = self.available();
        if let Ok(id) = name.parse::<u32>() {
            return available
                .iter()
                .find(|f| f.id == id)
                .copied()
                .ok_or_else(|| anyhow!("no problem with LeetCode number {id} (try `judge list`)"));
        }
        let matches: Vec<&&Facts> = available.iter().filter(|f| f.slug.starts_with(name)).collect();
        match matches.as_slice() {
            [one] => Ok(one),
            [] => {
                if self.facts.iter().any(|f| f.slug == name) {
                    bail!("problem `{name}` is in the catalog but has no package in {} yet", self.root.display())
                }
                bail!("unknown problem `{name}` (try `judge list`)")
            }
            many => bail!(
                "`{name}` matches several problems: {}",
                many.iter().map(|f| f.slug.as_str()).collect::<Vec<_>>().join(", ")
            ),
        }
    }

    pub fn load(&self, name: &str) -> Result<Problem> {
        let facts = self.resolve(name)?.clone();
        let dir = self.root.join(&facts.slug);
        let config_path = dir.join("problem.json");
        let text =
            std::fs::read_to_string(&config_path).with_context(|| format!("cannot read {}", config_path.display()))?;
        let config: ProblemConfig = serde_json::from_str(&text).map_err(|e| json_error(&config_path, &e))?;
        let signature = Signature::parse(&facts.signature)
            .with_context(|| format!("problems/catalog.json: signature of {}", facts.slug))?;
        Ok(Problem { dir, facts, harness: config.harness, checker: config.checker, limits: config.limits, signature })
    }
}

/// A JSON error as `file:line:column: message`.
pub fn json_error(path: &Path, e: &serde_json::Error) -> anyhow::Error {
    anyhow!("{}:{}:{}: {}", path.display(), e.line(), e.column(), e)
}
