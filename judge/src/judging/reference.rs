//! The reference solution's profile on this machine: its answers to the
//! generated cases (their expected outputs) and its CPU time per case, from
//! which the default time limit is derived. Cached per problem content,
//! judge version and toolchain.

use super::Context;
use crate::build::{BuildOutcome, OverflowChecks, SourceFile, digest};
use crate::checker::Answer;
use crate::mapped::FileText;
use crate::problem::{Problem, TestCase};
use crate::runner::{BatchLimits, Outcome};
use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Profile {
    /// The reference's answer per case number (as the harness printed it).
    pub answers: BTreeMap<usize, Answer>,
    /// The reference's CPU time per case number (min of two runs).
    pub cpu_ns: BTreeMap<usize, u64>,
    /// The reference's heap peak per case number (first run).
    pub heap_bytes: BTreeMap<usize, u64>,
}

/// A profile's stored form: this header as one line of JSON, then the
/// answers' text back to back (never parsed on load: an answer can be 10^5
/// numbers, and an accepted case is checked on its text).
#[derive(Serialize, Deserialize)]
struct StoredHeader {
    cpu_ns: BTreeMap<usize, u64>,
    heap_bytes: BTreeMap<usize, u64>,
    /// (case number, answer length in bytes), in the order they follow.
    answers: Vec<(usize, usize)>,
}

impl Profile {
    fn store(&self) -> Vec<u8> {
        let header = StoredHeader {
            cpu_ns: self.cpu_ns.clone(),
            heap_bytes: self.heap_bytes.clone(),
            answers: self.answers.iter().map(|(n, a)| (*n, a.text().len())).collect(),
        };
        let mut out = serde_json::to_vec(&header).expect("a header serializes");
        out.push(b'\n');
        for a in self.answers.values() {
            out.extend_from_slice(a.text().as_bytes());
        }
        out
    }

    /// None for a file that is not a whole profile (then it is measured again).
    fn load(file: FileText) -> Option<Profile> {
        // One buffer (the file, mapped) for every answer, the header left in front of them.
        let body: Arc<dyn AsRef<str> + Send + Sync> = Arc::new(file);
        let text = (*body).as_ref();
        let newline = text.find('\n')?;
        let header: StoredHeader = serde_json::from_str(&text[..newline]).ok()?;
        let mut at = newline + 1;
        if header.answers.iter().map(|a| a.1).sum::<usize>() != text.len() - at {
            return None;
        }
        let mut answers = BTreeMap::new();
        for (number, len) in header.answers {
            text.get(at..at + len)?;
            answers.insert(number, Answer::from_shared(body.clone(), at..at + len));
            at += len;
        }
        Some(Profile { answers, cpu_ns: header.cpu_ns, heap_bytes: header.heap_bytes })
    }

    pub fn slowest_ns(&self) -> u64 {
        self.cpu_ns.values().copied().max().unwrap_or(0)
    }

    pub fn peak_heap(&self) -> Option<u64> {
        self.heap_bytes.values().copied().max()
    }

    /// `max(min_time_ms, time_factor x slowest reference case)`.
    pub fn time_limit(&self, problem: &Problem) -> Duration {
        let derived = Duration::from_nanos((self.slowest_ns() as f64 * problem.limits.time_factor) as u64);
        derived.max(Duration::from_millis(problem.limits.min_time_ms))
    }
}

/// Limits the reference itself runs under: generous, it is trusted.
pub fn reference_limits(problem: &Problem) -> BatchLimits {
    BatchLimits {
        cpu_kill: Duration::from_secs(20),
        wall_kill: Duration::from_secs(40),
        heap_bytes: problem.limits.heap_mb.max(1024) << 20,
        output_bytes: 64 << 20,
    }
}

/// The profile of the problem's own tests (cached).
pub fn profile(ctx: &Context, problem: &Problem, cases: &[TestCase]) -> Result<Profile> {
    let files: Vec<Vec<u8>> = ["problem.json", "tests.json", "reference.rs", "tools.rs"]
        .iter()
        .map(|f| std::fs::read(problem.dir.join(f)).unwrap_or_default())
        .collect();
    let mut parts: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    parts.push(problem.facts.signature.as_bytes());
    parts.push(crate::VERSION.as_bytes());
    parts.push(ctx.toolchain.version.as_bytes());
    parts.push(crate::build::SUPPORT_SOURCE.as_bytes());
    let key = digest(&parts);
    let path = ctx.cache.dir().join("reference").join(format!("{}-{key}.profile", problem.slug()));
    if let Some(profile) = FileText::open(&path).and_then(Profile::load) {
        return Ok(profile);
    }
    let profile = measure(ctx, problem, cases, 3)?;
    crate::workspace::write_bytes_atomically(&path, &profile.store())?;
    Ok(profile)
}

/// The problem's tests with every expected answer filled in (generated
/// cases' from the reference), and the profile they came from.
pub fn answered_tests(ctx: &Context, problem: &Problem) -> Result<(Vec<TestCase>, Profile)> {
    let mut cases = crate::problem::tests::load_cases(problem)?;
    let profile = profile(ctx, problem, &cases)?;
    for case in &mut cases {
        if case.expected.is_none() {
            case.expected = profile.answers.get(&case.number).cloned();
        }
    }
    Ok((cases, profile))
}

/// The problem's reference, built (from the cache when it is there).
pub fn reference_exe(ctx: &Context, problem: &Problem) -> Result<std::path::PathBuf> {
    let source = SourceFile::read(&problem.reference_path())?;
    match ctx.cache.solution(&ctx.toolchain, problem, &source, OverflowChecks::Off, false)? {
        BuildOutcome::Built { exe, .. } => Ok(exe),
        BuildOutcome::CompileError { message, .. } => {
            bail!("{}: the reference does not compile:\n{message}", problem.reference_path().display())
        }
    }
}

/// Runs the reference `rounds` times on `cases`; answers from the first round,
/// CPU time the minimum over rounds.
pub fn measure(ctx: &Context, problem: &Problem, cases: &[TestCase], rounds: usize) -> Result<Profile> {
    let exe = reference_exe(ctx, problem)?;
    let batch = super::encode_cases(problem, cases)?;
    let mut profile = Profile { answers: BTreeMap::new(), cpu_ns: BTreeMap::new(), heap_bytes: BTreeMap::new() };
    for round in 0..rounds.max(1) {
        let runs = crate::runner::run_batch(&exe, &batch, &reference_limits(problem))?.runs;
        for (case, run) in cases.iter().zip(runs) {
            let Outcome::Answered { answer } = &run.outcome else {
                bail!(
                    "{}: the reference fails case {} ({:?}): {:?}",
                    problem.reference_path().display(),
                    case.number,
                    case.name,
                    run.outcome
                );
            };
            if round == 0 {
                // Checked once here, so a stored answer is known to be JSON.
                serde_json::from_str::<serde::de::IgnoredAny>(answer)
                    .map_err(|e| anyhow::anyhow!("the reference's answer to case {} is not JSON: {e}", case.number))?;
                profile.answers.insert(case.number, Answer::from_text(answer.clone()));
                profile.heap_bytes.insert(case.number, run.heap_peak);
            }
            let slot = profile.cpu_ns.entry(case.number).or_insert(u64::MAX);
            *slot = (*slot).min(run.cpu_ns);
        }
    }
    Ok(profile)
}
