//! Grading many solutions in one go (`judge grade`): every problem judged as
//! `judge run` would on the problem's own tests, on a pool of worker threads.
//! Builds are cached by content, so a second grade compiles only what changed.

use crate::build::SourceFile;
use crate::history::Figures;
use crate::judging::{self, Context, JudgeOptions, Judgement, reference};
use crate::problem::Facts;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// One problem to grade: its facts and where its solution should be.
#[derive(Debug, Clone)]
pub struct Target {
    pub facts: Facts,
    pub path: PathBuf,
}

/// What grading one problem gave.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// No solution file: not attempted, which is not a failure.
    NotAttempted,
    Judged(Graded),
    /// The judge could not grade it (unreadable file, broken package...).
    Error(String),
}

#[derive(Debug, Clone)]
pub struct Graded {
    pub figures: Figures,
    /// Total CPU over the cases against the reference's on the same cases
    /// (only for an AC: a failed run stops early or runs away).
    pub ratio: Option<f64>,
    /// One line: the first failing case, or the compile error.
    pub summary: String,
    pub compile_time: Duration,
    pub compile_cached: bool,
}

#[derive(Debug, Clone)]
pub struct Grade {
    pub target: Target,
    pub outcome: Outcome,
}

impl Grade {
    pub fn attempted(&self) -> bool {
        !matches!(self.outcome, Outcome::NotAttempted)
    }
    pub fn accepted(&self) -> bool {
        matches!(&self.outcome, Outcome::Judged(g) if g.figures.verdict.is_accepted())
    }
}

/// The targets for `slugs` with solutions `<dir>/<slug>.rs`.
pub fn targets(facts: &[&Facts], dir: &Path) -> Vec<Target> {
    facts.iter().map(|f| Target { facts: (*f).clone(), path: dir.join(format!("{}.rs", f.slug)) }).collect()
}

/// Grades every target on `jobs` threads; `on_done` sees each result as it
/// lands (for progress). Results come back in the targets' order.
pub fn grade_all(
    ctx: &Context,
    targets: &[Target],
    jobs: usize,
    on_start: &(dyn Fn(&Target) + Sync),
    on_done: &(dyn Fn(&Grade) + Sync),
) -> Vec<Grade> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<Grade>>> = Mutex::new(vec![None; targets.len()]);
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, targets.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(target) = targets.get(i) else { break };
                    on_start(target);
                    let outcome = grade_one(ctx, target).unwrap_or_else(|e| Outcome::Error(format!("{e:#}")));
                    let result = Grade { target: target.clone(), outcome };
                    on_done(&result);
                    slots.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                }
            });
        }
    });
    slots.into_inner().unwrap_or_else(|e| e.into_inner()).into_iter().map(|r| r.expect("every target graded")).collect()
}

/// One problem: its tests (expected answers from the reference's cached
/// profile), the derived limit, one judgement without the extra diagnoses.
pub fn grade_one(ctx: &Context, target: &Target) -> Result<Outcome> {
    if !target.path.exists() {
        return Ok(Outcome::NotAttempted);
    }
    let problem = ctx.problems.load(&target.facts.slug)?;
    let mut source = SourceFile::read(&target.path)?;
    source.display_path = crate::cli::display_path(&target.path);
    let (cases, profile) = reference::answered_tests(ctx, &problem)?;
    let opts = JudgeOptions { time_limit: None, color: false, diagnose: false };
    let mut judgement = judging::judge(ctx, &problem, &source, &cases, profile.time_limit(&problem), &opts)?;
    judging::compare_with_reference(&mut judgement, &problem, &profile);
    Ok(Outcome::Judged(graded(&judgement, &profile)))
}

fn graded(j: &Judgement, profile: &reference::Profile) -> Graded {
    let ratio = j.verdict.is_accepted().then(|| {
        let user: u128 = j.cases.iter().map(|c| c.cpu.as_nanos()).sum();
        let reference: u64 = j.cases.iter().filter_map(|c| profile.cpu_ns.get(&c.case.number)).sum();
        user as f64 / reference.max(1) as f64
    });
    Graded {
        figures: Figures::of(j),
        ratio,
        summary: j.summary(),
        compile_time: j.compile_time,
        compile_cached: j.compile_cached,
    }
}
