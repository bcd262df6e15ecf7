//! One judgement: build (cached) -> run (limited) -> check -> verdicts, plus
//! the two diagnoses users need when a case fails (state leaking between
//! cases; arithmetic overflow that LeetCode's wrapping semantics hide).

pub mod reference;

use crate::build::{BuildCache, BuildOutcome, OverflowChecks, SourceFile, Toolchain};
use crate::checker::{Answer, Checker, Mismatch};
use crate::harness::wire;
use crate::problem::{Problem, ProblemSet, TestCase};
use crate::runner::{self, BatchLimits, CaseRun, Outcome};
use crate::sandbox::Protections;
use crate::verdict::Verdict;
use crate::workspace::Workspace;
use anyhow::{Result, anyhow};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Everything a command needs to judge: where problems and solutions live,
/// the build cache and the toolchain.
pub struct Context {
    pub workspace: Workspace,
    pub problems: ProblemSet,
    pub cache: BuildCache,
    pub toolchain: Toolchain,
}

impl Context {
    pub fn open() -> Result<Context> {
        let workspace = Workspace::locate()?;
        let problems = ProblemSet::open(&workspace.problems)?;
        let cache = BuildCache::open()?;
        let toolchain = Toolchain::detect_cached(cache.dir())?;
        Ok(Context { workspace, problems, cache, toolchain })
    }
}

#[derive(Debug, Clone, Copy)]
pub struct JudgeOptions {
    /// Overrides the derived CPU limit per case.
    pub time_limit: Option<Duration>,
    pub color: bool,
    /// Run the diagnoses on the first failing case.
    pub diagnose: bool,
}

/// One case's result, with what a report needs to show it.
#[derive(Debug, Clone)]
pub struct CaseReport {
    pub case: TestCase,
    pub verdict: Verdict,
    pub cpu: Duration,
    pub wall: Duration,
    /// Heap bytes reserved at the case's peak (exact, from the allocator).
    pub heap_peak: u64,
    /// Peak resident memory of the run so far (what the memory limit is on).
    pub resident_peak: u64,
    /// How much the case printed (stdout and stderr).
    pub printed_bytes: u64,
    pub printed_lines: u64,
    /// For a TLE: whether the answer, given past the limit, was right
    /// (None: not known).
    pub answered_correctly: Option<bool>,
    /// Run on to the backstop and still no answer: a loop, or far too slow.
    pub no_answer_at_backstop: bool,
    /// The reference's CPU time on this case, where a report compares them.
    pub reference_cpu: Option<Duration>,
    /// The answer as the solution gave it, when it answered.
    pub actual: Option<Answer>,
    pub mismatch: Option<Mismatch>,
    /// Panic message, death reason, limit detail.
    pub message: Option<String>,
    pub captured: Vec<u8>,
}

#[derive(Debug, Clone)]
pub struct Judgement {
    pub verdict: Verdict,
    pub cases: Vec<CaseReport>,
    pub compile_time: Duration,
    pub compile_cached: bool,
    pub compile_error: Option<String>,
    pub run_time: Duration,
    pub time_limit: Duration,
    pub heap_limit: u64,
    /// Diagnoses of the first failing case.
    pub notes: Vec<String>,
    /// The sandbox layers the run had.
    pub protections: Protections,
}

impl Judgement {
    pub fn passed(&self) -> usize {
        self.cases.iter().filter(|c| c.verdict.is_accepted()).count()
    }
    /// The first case that failed; a case never run counts only when nothing else failed.
    pub fn first_failure(&self) -> Option<&CaseReport> {
        let failed = |c: &&CaseReport| !c.verdict.is_accepted();
        self.cases
            .iter()
            .filter(failed)
            .find(|c| c.verdict != Verdict::Skipped)
            .or_else(|| self.cases.iter().find(failed))
    }
    pub fn max_cpu(&self) -> Duration {
        self.cases.iter().map(|c| c.cpu).max().unwrap_or_default()
    }
    pub fn peak_heap(&self) -> u64 {
        self.cases.iter().map(|c| c.heap_peak).max().unwrap_or(0)
    }
    /// One line: how many passed and the first failure (or the compile error).
    pub fn summary(&self) -> String {
        match (&self.compile_error, self.first_failure()) {
            (Some(e), _) => {
                let head: Vec<&str> = e.lines().map(str::trim).filter(|l| !l.is_empty()).take(2).collect();
                crate::report::shorten(&head.join(" "), 400)
            }
            (None, Some(c)) => format!(
                "{}/{} passed; first failure: case {} ({:?}){}",
                self.passed(),
                self.cases.len(),
                c.case.number,
                c.case.name,
                c.message
                    .as_ref()
                    .or(c.mismatch.as_ref().map(|m| &m.message))
                    .map(|m| format!(": {}", crate::report::shorten(m, 120)))
                    .unwrap_or_default()
            ),
            (None, None) => format!(
                "{}/{} passed, max CPU {}",
                self.passed(),
                self.cases.len(),
                crate::report::duration(self.max_cpu())
            ),
        }
    }
}

/// Saves a case as one of the user's own (`solutions/.judge/cases/`), numbered
/// after the problem's tests and earlier own cases; returns its number and file.
pub fn save_own_case(
    ctx: &Context,
    problem: &Problem,
    name: impl FnOnce(usize) -> String,
    input: Vec<Value>,
    expected: Option<Value>,
) -> Result<(usize, PathBuf)> {
    let number = crate::problem::tests::load_cases(problem)?.len() + ctx.workspace.own_cases(problem.slug())?.len() + 1;
    let raw = crate::problem::tests::RawCase {
        name: name(number),
        example: false,
        input: Some(input),
        expected,
        r#gen: None,
    };
    Ok((number, ctx.workspace.save_own_case(problem.slug(), raw)?))
}

/// Captured output allowed per run before OLE.
const OUTPUT_LIMIT: u64 = 32 << 20;
/// How many times a batch is restarted after a case ends the process.
const MAX_RESTARTS: usize = 8;

/// Encodes every case's input for the harness (in order).
pub fn encode_cases(problem: &Problem, cases: &[TestCase]) -> Result<Vec<(usize, wire::Encoded)>> {
    cases
        .iter()
        .map(|c| {
            let payload = c.input.encoded(|values| wire::encode_input(problem, values)).map_err(|e| {
                anyhow!(
                    "{}: case {} ({:?}): the input does not fit the signature: {e}",
                    c.file.display(),
                    c.number,
                    c.name
                )
            })?;
            Ok((c.number, payload))
        })
        .collect()
}

/// The limits a user's solution runs under.
pub fn user_limits(problem: &Problem, time_limit: Duration) -> BatchLimits {
    BatchLimits {
        // Killed at 1.5x: a case that finishes between 1x and 1.5x is re-run before TLE.
        cpu_kill: time_limit.mul_f64(1.5),
        wall_kill: time_limit * 3 + Duration::from_millis(300),
        heap_bytes: problem.limits.heap_mb << 20,
        output_bytes: OUTPUT_LIMIT,
    }
}

/// Judges `source` on `cases` (whose `expected` must be filled in).
pub fn judge(
    ctx: &Context,
    problem: &Problem,
    source: &SourceFile,
    cases: &[TestCase],
    time_limit: Duration,
    opts: &JudgeOptions,
) -> Result<Judgement> {
    std::thread::scope(|scope| {
        let built = start_build(scope, ctx, problem, source, opts);
        judge_while_building(ctx, problem, source, cases, time_limit, opts, built)
    })
}

/// Builds `source` on a thread of `scope`; the returned call waits for the outcome.
pub fn start_build<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    ctx: &'scope Context,
    problem: &'scope Problem,
    source: &'scope SourceFile,
    opts: &JudgeOptions,
) -> impl FnOnce() -> Result<BuildOutcome> + 'scope {
    let color = opts.color;
    let build = scope.spawn(move || ctx.cache.solution(&ctx.toolchain, problem, source, OverflowChecks::Off, color));
    move || build.join().unwrap_or_else(|_| Err(anyhow!("internal error: the build panicked")))
}

/// `judge`, with the solution's build under way elsewhere: `built` waits for it.
pub fn judge_while_building(
    ctx: &Context,
    problem: &Problem,
    source: &SourceFile,
    cases: &[TestCase],
    time_limit: Duration,
    opts: &JudgeOptions,
    built: impl FnOnce() -> Result<BuildOutcome>,
) -> Result<Judgement> {
    let checker = Checker::from_spec(&problem.checker)?;
    let limits = user_limits(problem, time_limit);
    let mut judgement = Judgement {
        verdict: Verdict::Accepted,
        cases: Vec::new(),
        compile_time: Duration::ZERO,
        compile_cached: false,
        compile_error: None,
        run_time: Duration::ZERO,
        time_limit,
        heap_limit: limits.heap_bytes,
        notes: Vec::new(),
        protections: Protections::default(),
    };
    // The cases' wire form (megabytes of cached input for large cases) is read
    // while rustc compiles, on the core its single-threaded front end leaves idle.
    let encoded = encode_cases(problem, cases);
    let exe = match built()? {
        BuildOutcome::Built { exe, compile_time, cached, edition_note } => {
            judgement.compile_time = compile_time;
            judgement.compile_cached = cached;
            judgement.notes.extend(edition_note);
            exe
        }
        BuildOutcome::CompileError { message, compile_time } => {
            judgement.compile_time = compile_time;
            judgement.compile_error = Some(message);
            judgement.verdict = Verdict::CompileError;
            return Ok(judgement);
        }
    };
    let batch = Batch { exe: &exe, cases, encoded: encoded?, limits, checker, time_limit };
    let started = Instant::now();
    (judgement.cases, judgement.protections) = batch.run_all()?;
    judgement.run_time = started.elapsed();
    rerun_near_limit(&batch, &mut judgement)?;
    judgement.verdict = match judgement.first_failure() {
        None => Verdict::Accepted,
        Some(c) if c.verdict == Verdict::Skipped => Verdict::InternalError,
        Some(c) => c.verdict,
    };
    if opts.diagnose {
        diagnose(ctx, problem, source, &batch, &mut judgement)?;
    }
    Ok(judgement)
}

/// A built solution with its cases, encoded once, ready to run and re-run.
struct Batch<'a> {
    exe: &'a Path,
    cases: &'a [TestCase],
    encoded: Vec<(usize, wire::Encoded)>,
    limits: BatchLimits,
    checker: Checker,
    time_limit: Duration,
}

impl Batch<'_> {
    /// Every case; when one ends the process, the rest run in a new one.
    fn run_all(&self) -> Result<(Vec<CaseReport>, Protections)> {
        let first = runner::run_batch(self.exe, &self.encoded, &self.limits)?;
        let (mut runs, protections) = (first.runs, first.protections);
        for _ in 0..MAX_RESTARTS {
            let pending: Vec<usize> = (0..runs.len()).filter(|&i| runs[i].outcome == Outcome::NotRun).collect();
            if pending.is_empty() || pending.len() == runs.len() {
                break;
            }
            let rest: Vec<(usize, wire::Encoded)> = pending.iter().map(|&i| self.encoded[i].clone()).collect();
            for (slot, run) in pending.into_iter().zip(runner::run_batch(self.exe, &rest, &self.limits)?.runs) {
                runs[slot] = run;
            }
        }
        Ok((self.cases.iter().zip(runs).map(|(case, run)| self.assess(case, run)).collect(), protections))
    }

    /// Case `i` alone, in a fresh process (and, with `exe`, another build of the solution).
    fn run_alone(&self, i: usize, exe: Option<&Path>) -> Result<(CaseRun, CaseReport)> {
        let run = runner::run_batch(exe.unwrap_or(self.exe), &self.encoded[i..=i], &self.limits)?.runs.remove(0);
        let report = self.assess(&self.cases[i], run.clone());
        Ok((run, report))
    }

    fn assess(&self, case: &TestCase, run: CaseRun) -> CaseReport {
        assess(&self.checker, case, run, self.time_limit, self.limits.heap_bytes)
    }
}

/// A case's verdict from what happened to it.
fn assess(checker: &Checker, case: &TestCase, run: CaseRun, time_limit: Duration, heap_limit: u64) -> CaseReport {
    let mut report = CaseReport {
        case: case.clone(),
        verdict: Verdict::Accepted,
        cpu: Duration::from_nanos(run.cpu_ns),
        wall: Duration::from_nanos(run.wall_ns),
        heap_peak: run.heap_peak,
        resident_peak: run.resident_peak,
        printed_bytes: run.printed_bytes,
        printed_lines: run.printed_lines,
        answered_correctly: None,
        no_answer_at_backstop: false,
        reference_cpu: None,
        actual: None,
        mismatch: None,
        message: None,
        captured: run.captured,
    };
    let (verdict, message) = match run.outcome {
        Outcome::Answered { answer } => {
            let actual = Answer::from_text(answer);
            let null = Answer::from_value(Value::Null);
            let expected = case.expected.as_ref().unwrap_or(&null);
            let checked = checker.check_answer(|| &case.input, expected, &actual);
            // A failed check has parsed the answer: is it JSON at all?
            let unreadable = checked.is_err().then(|| actual.try_value().err().map(str::to_string)).flatten();
            report.actual = Some(actual);
            match unreadable {
                Some(e) => (Verdict::InternalError, Some(format!("the harness wrote an unreadable answer: {e}"))),
                None => match checked {
                    // Past the limit the answer still tells "right but slow" from "wrong".
                    Ok(()) if report.cpu > time_limit => {
                        report.answered_correctly = Some(true);
                        (
                            Verdict::TimeLimitExceeded,
                            Some(format!("correct but too slow: {}", over_limit(report.cpu, time_limit))),
                        )
                    }
                    Err(m) if report.cpu > time_limit => {
                        report.answered_correctly = Some(false);
                        report.mismatch = Some(m);
                        (
                            Verdict::TimeLimitExceeded,
                            Some(format!("{}, and the answer is wrong", over_limit(report.cpu, time_limit))),
                        )
                    }
                    Ok(()) => (Verdict::Accepted, None),
                    Err(m) => {
                        report.mismatch = Some(m);
                        (Verdict::WrongAnswer, None)
                    }
                },
            }
        }
        Outcome::Panicked { message } => (Verdict::RuntimeError, Some(message)),
        Outcome::Rejected { message } => {
            report.mismatch = Some(Mismatch { path: None, message: message.clone() });
            (Verdict::WrongAnswer, Some(message))
        }
        Outcome::TimedOut { wall_backstop: true } => {
            (Verdict::TimeLimitExceeded, Some("stopped by the wall-clock backstop (sleeping or blocked?)".into()))
        }
        Outcome::TimedOut { wall_backstop: false } if report.cpu < time_limit => (
            Verdict::TimeLimitExceeded,
            Some(format!(
                "stopped after {} of wall time with only {} of CPU: sleeping, blocked, or starved by a busy machine",
                crate::report::duration(report.wall),
                crate::report::duration(report.cpu)
            )),
        ),
        Outcome::TimedOut { wall_backstop: false } => (
            Verdict::TimeLimitExceeded,
            Some(format!(
                "stopped after {} of CPU time (limit {})",
                crate::report::duration(report.cpu),
                crate::report::duration(time_limit)
            )),
        ),
        Outcome::HeapExceeded { reserved, resident: 0 } => (
            Verdict::MemoryLimitExceeded,
            Some(format!(
                "an allocation would reserve {} on the heap, over the cap on reservations ({}x the memory limit of {})",
                crate::report::bytes(reserved),
                RESERVE_FACTOR,
                crate::report::bytes(heap_limit)
            )),
        ),
        Outcome::HeapExceeded { reserved, resident } => (
            Verdict::MemoryLimitExceeded,
            Some(format!(
                "memory in use reached {} (limit {}); heap reserved {}",
                crate::report::bytes(resident),
                crate::report::bytes(heap_limit),
                crate::report::bytes(reserved)
            )),
        ),
        Outcome::OutputExceeded => {
            (Verdict::OutputLimitExceeded, Some(format!("printed more than {}", crate::report::bytes(OUTPUT_LIMIT))))
        }
        Outcome::Died { reason } => (Verdict::RuntimeError, Some(reason)),
        Outcome::NotRun => (Verdict::Skipped, None),
    };
    report.verdict = verdict;
    report.message = message;
    report
}

/// The support crate's cap on reservations, as a multiple of the memory limit.
pub const RESERVE_FACTOR: u64 = 8;

fn over_limit(cpu: Duration, limit: Duration) -> String {
    format!("used {} of CPU time (limit {})", crate::report::duration(cpu), crate::report::duration(limit))
}

/// How long a confirmed TLE may run on to show whether it answers:
/// 10x the limit, at least half a second, never more than two seconds.
/// One case, once per judgement: a hostile solution costs little.
pub fn backstop_cpu(time_limit: Duration) -> Duration {
    (time_limit * 10).clamp(Duration::from_millis(500), Duration::from_secs(2))
}

/// Whether the backstop gives a case more than the normal kill threshold
/// (with a limit of seconds it does not, and the run past the limit is skipped).
fn backstop_runs_longer(batch: &Batch) -> bool {
    backstop_cpu(batch.time_limit) > batch.limits.cpu_kill
}

/// For each TLE that answered correctly: the reference's time on the same
/// case, the ratio, and where to look next (the expected complexity).
pub fn compare_with_reference(judgement: &mut Judgement, problem: &Problem, profile: &reference::Profile) {
    // Read from the statement only when a case needs it (not on every accepted run).
    let mut expected: Option<Option<String>> = None;
    for case in judgement.cases.iter_mut().filter(|c| c.verdict == Verdict::TimeLimitExceeded) {
        let Some(&ns) = profile.cpu_ns.get(&case.case.number) else { continue };
        let reference = Duration::from_nanos(ns.max(1));
        case.reference_cpu = Some(reference);
        if case.answered_correctly != Some(true) {
            continue;
        }
        let ratio = case.cpu.as_secs_f64() / reference.as_secs_f64();
        let mut message = format!(
            "correct but too slow: {} where the limit is {}; the reference takes {} on this case ({}x).",
            crate::report::duration(case.cpu),
            crate::report::duration(judgement.time_limit),
            crate::report::duration(reference),
            if ratio >= 10.0 { format!("{ratio:.0}") } else { format!("{ratio:.1}") }
        );
        if let Some(expected) = expected.get_or_insert_with(|| problem.expected_complexity()) {
            message.push_str(&format!(" Expected: {expected} (see `judge show {}`).", problem.slug()));
        }
        message.push_str(&format!(" `judge bench {}` shows how yours scales.", problem.slug()));
        case.message = Some(message);
    }
}

/// Re-runs that must all confirm a TLE (a noisy spell on a shared machine can
/// outlast one re-run: CI once saw a case's CPU time inflated 3.5x).
const TLE_CONFIRMATIONS: usize = 2;

/// A TLE is confirmed before it is the verdict: the first failing case, when
/// it is a TLE (finished over the limit, killed at the CPU threshold, or
/// starved by the wall clock), is re-run alone (twice at most) and the best
/// run kept. A
/// shared machine inflates CPU time too (steal, throttling), and one noisy
/// moment should not fail a solution. Re-runs go on down the failing cases
/// only while a re-run clears one, so a real TLE costs two extra runs.
fn rerun_near_limit(batch: &Batch, judgement: &mut Judgement) -> Result<()> {
    for (i, report) in judgement.cases.iter_mut().enumerate() {
        match report.verdict {
            Verdict::Accepted | Verdict::Skipped => continue,
            Verdict::TimeLimitExceeded => {}
            _ => break,
        }
        for _ in 0..TLE_CONFIRMATIONS {
            let (_, fresh) = batch.run_alone(i, None)?;
            if fresh.verdict.is_accepted() || (fresh.verdict == report.verdict && fresh.cpu < report.cpu) {
                *report = fresh;
            }
            if report.verdict != Verdict::TimeLimitExceeded {
                break;
            }
        }
        if report.verdict == Verdict::TimeLimitExceeded && backstop_runs_longer(batch) {
            run_past_limit(batch, i, report)?;
        }
        // Still TLE: this is the verdict. Cleared after all (noise): on to the next.
        if report.verdict == Verdict::TimeLimitExceeded {
            break;
        }
    }
    Ok(())
}

/// A confirmed TLE runs once more, alone, up to the backstop: did it answer,
/// and was the answer right? The verdict stays TLE (unless this run, too,
/// clears the limit: then it was noise).
fn run_past_limit(batch: &Batch, i: usize, report: &mut CaseReport) -> Result<()> {
    let backstop = backstop_cpu(batch.time_limit);
    let limits =
        BatchLimits { cpu_kill: backstop, wall_kill: backstop * 2 + Duration::from_millis(300), ..batch.limits };
    let mut fresh =
        batch.assess(&batch.cases[i], runner::run_batch(batch.exe, &batch.encoded[i..=i], &limits)?.runs.remove(0));
    // Starved by a busy machine (stopped by the wall clock with little CPU):
    // once more, for an answer either way.
    if fresh.verdict == Verdict::TimeLimitExceeded && fresh.answered_correctly.is_none() && fresh.cpu < batch.time_limit
    {
        fresh =
            batch.assess(&batch.cases[i], runner::run_batch(batch.exe, &batch.encoded[i..=i], &limits)?.runs.remove(0));
    }
    match fresh.verdict {
        Verdict::Accepted => *report = fresh,
        Verdict::TimeLimitExceeded if fresh.answered_correctly.is_some() => *report = fresh,
        // Sleeping or blocked: the first message says so.
        Verdict::TimeLimitExceeded if fresh.cpu < batch.time_limit => {}
        Verdict::TimeLimitExceeded => {
            report.answered_correctly = None;
            report.no_answer_at_backstop = true;
            report.message = Some(format!(
                "stopped at the backstop after {} of CPU time: no answer (a loop, or far too slow; the limit is {})",
                crate::report::duration(fresh.cpu.max(backstop)),
                crate::report::duration(batch.time_limit)
            ));
        }
        // Past the limit it crashed or ran out of memory: that is what it does.
        _ => *report = fresh,
    }
    Ok(())
}

/// The first failing case's diagnoses: does it pass alone (state leaks)? does
/// an overflow-checked build panic on it (overflow at a line)?
fn diagnose(
    ctx: &Context,
    problem: &Problem,
    source: &SourceFile,
    batch: &Batch,
    judgement: &mut Judgement,
) -> Result<()> {
    let Some(pos) = judgement.cases.iter().position(|c| !c.verdict.is_accepted() && c.verdict != Verdict::Skipped)
    else {
        return Ok(());
    };
    let failing = judgement.cases[pos].clone();
    if !matches!(failing.verdict, Verdict::WrongAnswer | Verdict::RuntimeError) {
        return Ok(());
    }
    let ran_after_others = judgement.cases[..pos].iter().any(|c| c.verdict != Verdict::Skipped);
    if ran_after_others && batch.run_alone(pos, None)?.1.verdict.is_accepted() {
        judgement.notes.push(format!(
            "Case {} passes when run alone: state leaks between cases. A `static`, `thread_local!`, \
             `OnceLock` or similar in your solution keeps values from earlier cases.",
            failing.case.number
        ));
    }
    if let BuildOutcome::Built { exe: checked, .. } =
        ctx.cache.solution(&ctx.toolchain, problem, source, OverflowChecks::On, false)?
    {
        let (run, _) = batch.run_alone(pos, Some(&checked))?;
        if let Outcome::Panicked { message } = run.outcome
            && let Some(note) = overflow_note(&message)
        {
            judgement.notes.push(note);
        }
    }
    Ok(())
}

/// "arithmetic overflow at line N of F" from an overflow-checked build's panic
/// (`thread 'main' panicked at F:N:C:\nattempt to add with overflow`).
fn overflow_note(panic: &str) -> Option<String> {
    let what = panic.lines().last()?.trim();
    if !what.contains("with overflow") {
        return None;
    }
    let location = panic.split_once("panicked at ")?.1.split(":\n").next()?;
    let mut parts = location.rsplitn(3, ':');
    let (_column, line, file) = (parts.next()?, parts.next()?, parts.next()?);
    Some(format!(
        "Arithmetic overflow at line {line} of {file} ({what}). The verdict keeps LeetCode's wrapping semantics; \
         an overflow-checked build panics on this case."
    ))
}
