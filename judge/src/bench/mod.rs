//! `judge bench`: two accepted solutions of one problem (the user's and the
//! reference, or two of the user's) compiled alike into one binary and run in
//! one process on the same generated inputs.
//!
//! - Speed ratio: interleaved rounds (A B, then B A) over a few inputs at the
//!   largest affordable size; the median of per-round ratios with a bootstrap
//!   95 % interval (`stats`).
//! - Scaling: the generator's worst-case mode at sizes doubling over at least
//!   64x, each size run alternately on both sides; instruction counts from
//!   valgrind's callgrind when it is installed (repeatable whatever else the
//!   machine does), the median CPU time otherwise; a class fitted to each.
//!
//! Runs are never timed in parallel with each other: one process at a time.

mod callgrind;
pub mod stats;

use crate::build::{BuildOutcome, SourceFile};
use crate::judging::Context;
use crate::problem::{Problem, TestCase};
use crate::runner::{self, BatchLimits, Outcome, Wrapper};
use crate::tools::{Gen, ProblemTools};
use anyhow::{Result, anyhow, bail};
use serde_json::Value;
use stats::{Fit, RatioEstimate};
use std::path::PathBuf;
use std::time::Duration;

/// The range a class is named over (64x, less rounding of the sizes).
const MIN_SPAN: f64 = 60.0;
/// Doublings in the scaling ladder: 2^6 = a 64x range.
const DOUBLINGS: u32 = 6;
/// A size whose slower side takes longer than this per run ends the ladder.
const SLOW_RUN: Duration = Duration::from_millis(700);
/// What the repetitions at one size aim to add up to, per side.
const POINT_BUDGET: Duration = Duration::from_millis(25);
/// Processes the ratio's rounds are spread over (see `ratio_rounds`).
const RATIO_PROCESSES: usize = 12;
/// What the ratio's rounds aim to add up to, both sides.
const RATIO_BUDGET: Duration = Duration::from_secs(3);
/// Callgrind's slowdown over native runs, for budgeting (measured 5-60x).
const CALLGRIND_SLOWDOWN: f64 = 60.0;
const CALLGRIND_BUDGET: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    Instructions,
    CpuTime,
}

impl Metric {
    pub fn name(self) -> &'static str {
        match self {
            Metric::Instructions => "instructions",
            Metric::CpuTime => "cpu_ns",
        }
    }
}

/// What the sizes are measured in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    /// Values in the input (numbers, characters of strings, null slots).
    InputValues,
    /// The generator's own size parameter (a height, an amount...).
    GeneratorN,
}

impl SizeUnit {
    /// A point's size in this unit.
    pub fn of(self, p: &Point) -> f64 {
        match self {
            SizeUnit::InputValues => p.input_values as f64,
            SizeUnit::GeneratorN => p.n as f64,
        }
    }
}

/// One size of the ladder: both sides' cost there.
#[derive(Debug, Clone)]
pub struct Point {
    /// The generator's size parameter.
    pub n: usize,
    /// Values in the input.
    pub input_values: u64,
    /// The x coordinate the fit uses (`n` or `input_values`).
    pub x: f64,
    pub user: f64,
    pub other: f64,
    /// Extra heap of one call at this size (its peak above the inputs), bytes.
    pub user_heap: u64,
    pub other_heap: u64,
}

#[derive(Debug, Clone)]
pub struct Scaling {
    pub metric: Metric,
    pub unit: SizeUnit,
    pub mode: String,
    pub points: Vec<Point>,
    pub user: Option<Fit>,
    pub other: Option<Fit>,
    /// Why no class could be named, or what limited the range.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Bench {
    pub ratio: RatioEstimate,
    pub per_round: Vec<f64>,
    /// The size and number of inputs the ratio was measured on.
    pub ratio_n: usize,
    pub ratio_inputs: usize,
    pub scaling: Scaling,
    /// CPU-time ladder (always measured; the scaling's data when no valgrind).
    pub cpu_points: Vec<Point>,
    /// Extra space against n over the CPU ladder (exact heap peaks of the calls).
    pub space: Space,
}

/// The space classes of both sides: extra heap of a call against n.
#[derive(Debug, Clone)]
pub struct Space {
    pub user: Option<Fit>,
    pub other: Option<Fit>,
}

pub struct Options {
    /// Count instructions with valgrind when it is installed.
    pub instructions: bool,
}

/// The two sides, already known to be accepted.
pub struct Contest<'a> {
    pub ctx: &'a Context,
    pub problem: &'a Problem,
    pub user: &'a SourceFile,
    pub other: &'a SourceFile,
    pub cases: &'a [TestCase],
}

pub fn run(contest: &Contest, opts: &Options, progress: &dyn Fn(&str)) -> Result<Bench> {
    let Contest { ctx, problem, user, other, cases } = contest;
    let tools = crate::tools::lookup(problem.slug())
        .ok_or_else(|| anyhow!("{} has no generator: nothing to benchmark with", problem.slug()))?;
    progress("compiling both solutions into one binary");
    let exe = match ctx.cache.sides(&ctx.toolchain, problem, &[user, other])? {
        BuildOutcome::Built { exe, .. } => exe,
        BuildOutcome::CompileError { message, .. } => bail!("the benchmark binary does not compile:\n{message}"),
    };
    let pair = Pair { exe, problem, limits: bench_limits(problem) };
    let top = largest_n(cases);
    let mode = if tools.modes.contains(&"worst") { "worst" } else { "random" };

    progress("measuring CPU time at doubling sizes");
    let (cpu_points, mut notes) = cpu_ladder(&pair, &tools, top, mode)?;

    let ratio_n =
        cpu_points.iter().filter(|p| p.user.max(p.other) <= 100e6).map(|p| p.n).max().unwrap_or(cpu_points[0].n);
    progress(&format!("timing interleaved rounds at n = {ratio_n}"));
    let (per_process, ratio_inputs) = ratio_rounds(&pair, &tools, ratio_n)?;
    let ratio = stats::ratio_estimate(&per_process);
    let per_round = per_process.concat();

    let valgrind = if opts.instructions { callgrind::locate() } else { None };
    let (metric, points) = match valgrind {
        Some(valgrind) => {
            progress("counting instructions with valgrind (callgrind)");
            match instruction_ladder(&pair, &tools, &cpu_points, mode, &valgrind) {
                Ok(points) => (Metric::Instructions, points),
                Err(e) => {
                    notes.push(format!("valgrind failed ({e:#}); CPU time used instead"));
                    (Metric::CpuTime, cpu_points.clone())
                }
            }
        }
        None => {
            if opts.instructions {
                notes.push("valgrind is not installed: CPU time (noisier; n vs n log n may blur)".into());
            }
            (Metric::CpuTime, cpu_points.clone())
        }
    };
    let scaling = scaling(metric, mode, points, notes);
    let space = space(&scaling, &cpu_points);
    Ok(Bench { ratio, per_round, ratio_n, ratio_inputs, scaling, cpu_points, space })
}

/// Space classes over the CPU ladder, in the scaling's size unit (named only
/// where the scaling's sizes span enough for a class).
fn space(scaling: &Scaling, cpu_points: &[Point]) -> Space {
    let x = |p: &Point| scaling.unit.of(p);
    let span = cpu_points.last().map_or(1.0, x) / cpu_points.first().map_or(1.0, x).max(1.0);
    if span < MIN_SPAN {
        return Space { user: None, other: None };
    }
    let side = |f: &dyn Fn(&Point) -> u64| {
        stats::classify_space(&cpu_points.iter().map(|p| (x(p), f(p) as f64)).collect::<Vec<_>>())
    };
    Space { user: side(&|p| p.user_heap), other: side(&|p| p.other_heap) }
}

/// The built pair: side 0 is the user's, side 1 the other.
struct Pair<'a> {
    exe: PathBuf,
    problem: &'a Problem,
    limits: BatchLimits,
}

/// A generated benchmark input: as the judge encodes it, and as JSON (for
/// checking the two sides' answers against each other).
struct BenchInput {
    encoded: Vec<u8>,
    json: Vec<Value>,
    n: usize,
}

impl Pair<'_> {
    /// Runs `(input, side)` in that order in one process; the cost of each.
    fn run(&self, inputs: &[BenchInput], order: &[(usize, usize)], wrapper: Option<&Wrapper>) -> Result<Vec<u64>> {
        Ok(self.run_costs(inputs, order, wrapper)?.into_iter().map(|(cpu, _)| cpu).collect())
    }

    /// `run`, with each call's extra heap. Every answer of side 0 must be one
    /// the checker accepts given side 1's answer to the same input (a solution
    /// too slow for the tests is benchmarked, so its answers are checked here).
    fn run_costs(
        &self,
        inputs: &[BenchInput],
        order: &[(usize, usize)],
        wrapper: Option<&Wrapper>,
    ) -> Result<Vec<(u64, u64)>> {
        let batch: Vec<(usize, Vec<u8>)> =
            order.iter().enumerate().map(|(p, &(i, side))| (2 * p + side, inputs[i].encoded.clone())).collect();
        let runs = runner::run_batch_under(wrapper, &self.exe, &batch, &self.limits)?.runs;
        let mut answers: Vec<[Option<&str>; 2]> = vec![[None, None]; inputs.len()];
        let mut costs = Vec::with_capacity(runs.len());
        for (run, &(i, side)) in runs.iter().zip(order) {
            match &run.outcome {
                Outcome::Answered { answer } => {
                    answers[i][side].get_or_insert(answer);
                    costs.push((run.cpu_ns, run.call_heap));
                }
                other => bail!(
                    "{} failed on benchmark input {} (n = {}): {}",
                    if side == 0 { "your solution" } else { "the other solution" },
                    i + 1,
                    inputs[i].n,
                    outcome_words(other)
                ),
            }
        }
        for (i, pair) in answers.iter().enumerate() {
            if let [Some(user), Some(other)] = pair {
                self.same_answer(&inputs[i], user, other)?;
            }
        }
        Ok(costs)
    }

    fn same_answer(&self, input: &BenchInput, user: &str, other: &str) -> Result<()> {
        if user == other {
            return Ok(());
        }
        let parse = |a: &str| serde_json::from_str::<Value>(a).map_err(|e| anyhow!("unreadable answer: {e}"));
        let checker = crate::checker::Checker::from_spec(&self.problem.checker)?;
        checker.check(&input.json, &parse(other)?, &parse(user)?).map_err(|m| {
            anyhow!(
                "your solution answers a benchmark input (n = {}) wrongly: {} (checked against the other solution's answer)",
                input.n,
                m.message
            )
        })
    }
}

/// An outcome in the user's words.
fn outcome_words(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Panicked { message } => format!("it panicked: {}", message.lines().last().unwrap_or("")),
        Outcome::Rejected { message } => format!("its answer was rejected: {message}"),
        Outcome::TimedOut { .. } => "it ran out of time (the benchmark allows 20 s per run)".into(),
        Outcome::HeapExceeded { .. } => "it ran out of memory".into(),
        Outcome::OutputExceeded => "it printed too much".into(),
        Outcome::Died { reason } => reason.clone(),
        Outcome::NotRun => "it was never run".into(),
        Outcome::Answered { .. } => "it answered".into(),
    }
}

/// Generous limits: both sides are accepted solutions, and the ladder stops
/// itself before sizes get slow.
fn bench_limits(problem: &Problem) -> BatchLimits {
    BatchLimits {
        cpu_kill: Duration::from_secs(20),
        wall_kill: Duration::from_secs(60),
        heap_bytes: problem.limits.heap_mb.max(256) << 20,
        output_bytes: 64 << 20,
    }
}

/// The largest generator size the problem's tests use (the constraints' maximum).
fn largest_n(cases: &[TestCase]) -> usize {
    cases
        .iter()
        .filter_map(|c| match &c.source {
            crate::problem::CaseSource::Generated(spec) => Some(spec.n),
            _ => None,
        })
        .max()
        .unwrap_or(1000)
}

/// One generated input, encoded, with its size in values.
fn input_at(pair: &Pair, tools: &ProblemTools, n: usize, mode: &str, seed: u64) -> Result<(BenchInput, u64)> {
    let input = tools
        .try_generate(n, mode, &mut Gen::new(seed))
        .ok_or_else(|| anyhow!("the generator failed at n = {n} ({mode})"))?;
    let encoded = crate::harness::wire::encode_input(pair.problem, &input)?;
    let values = input.iter().map(count_values).sum();
    Ok((BenchInput { encoded, json: input, n }, values))
}

/// Values in a JSON input: numbers, booleans and nulls count one, strings
/// their characters, arrays and objects their contents.
pub fn count_values(v: &Value) -> u64 {
    match v {
        Value::Array(items) => items.iter().map(count_values).sum(),
        Value::Object(map) => map.values().map(count_values).sum(),
        Value::String(s) => s.chars().count() as u64,
        _ => 1,
    }
}

/// The sizes: `top / 64 .. top` doubling.
fn ladder_sizes(top: usize) -> Vec<usize> {
    let mut sizes: Vec<usize> = (0..=DOUBLINGS).rev().map(|k| (top >> k).max(1)).collect();
    sizes.dedup();
    sizes
}

/// Median CPU time per side at each size, from alternating repetitions in
/// one process per size. Stops early when a size gets slow, then extends the
/// ladder downwards to keep a 64x range where the generator allows.
fn cpu_ladder(pair: &Pair, tools: &ProblemTools, top: usize, mode: &str) -> Result<(Vec<Point>, Vec<String>)> {
    let mut notes = Vec::new();
    let mut points: Vec<Point> = Vec::new();
    for n in ladder_sizes(top) {
        let point = cpu_point(pair, tools, n, mode)?;
        let slow = point.user.max(point.other) > SLOW_RUN.as_nanos() as f64;
        points.push(point);
        if slow {
            notes.push(format!(
                "sizes above n = {n} skipped: a run there takes over {}",
                crate::report::duration(SLOW_RUN)
            ));
            break;
        }
    }
    while points.len() < (DOUBLINGS + 1) as usize && points[0].n > 1 {
        let n = points[0].n / 2;
        points.insert(0, cpu_point(pair, tools, n, mode)?);
    }
    Ok((points, notes))
}

fn cpu_point(pair: &Pair, tools: &ProblemTools, n: usize, mode: &str) -> Result<Point> {
    let (input, values) = input_at(pair, tools, n, mode, 1)?;
    let inputs = [input];
    // A probe (which also warms both sides up), then enough repetitions.
    let probe = pair.run(&inputs, &[(0, 0), (0, 1), (0, 1), (0, 0)], None)?;
    let slowest = probe.iter().copied().max().unwrap_or(1).max(1_000);
    let reps = (POINT_BUDGET.as_nanos() as u64 / slowest).clamp(3, 200) as usize;
    let order: Vec<(usize, usize)> =
        (0..reps).flat_map(|r| if r % 2 == 0 { [(0, 0), (0, 1)] } else { [(0, 1), (0, 0)] }).collect();
    let costs = pair.run_costs(&inputs, &order, None)?;
    let side = |s: usize| -> f64 {
        let v: Vec<f64> = order.iter().zip(&costs).filter(|((_, x), _)| *x == s).map(|(_, c)| c.0 as f64).collect();
        stats::median(&v)
    };
    // The same call allocates the same: the largest figure of each side.
    let heap = |s: usize| order.iter().zip(&costs).filter(|((_, x), _)| *x == s).map(|(_, c)| c.1).max().unwrap_or(0);
    Ok(Point {
        n,
        input_values: values,
        x: n as f64,
        user: side(0),
        other: side(1),
        user_heap: heap(0),
        other_heap: heap(1),
    })
}

/// Rounds at size `n`: each round runs every input on both sides (the order
/// alternating) and gives the ratio of the sides' totals. The rounds are
/// spread over several processes: the two copies' code sits at addresses
/// that differ per process (ASLR), and branch-predictor aliasing made one
/// copy of the same code 15 % faster for a whole process, and the other the
/// next time. Returns the ratios per process.
fn ratio_rounds(pair: &Pair, tools: &ProblemTools, n: usize) -> Result<(Vec<Vec<f64>>, usize)> {
    let mut inputs = Vec::new();
    for (mode, seed) in [("random", 1), ("random", 2), ("worst", 3), ("worst", 4)] {
        if tools.modes.contains(&mode) {
            inputs.push(input_at(pair, tools, n, mode, seed)?.0);
        }
    }
    if inputs.is_empty() {
        inputs.push(input_at(pair, tools, n, "random", 1)?.0);
    }
    let one_round: Vec<(usize, usize)> = (0..inputs.len()).flat_map(|i| [(i, 0), (i, 1)]).collect();
    let probe: u64 = pair.run(&inputs, &one_round, None)?.iter().sum();
    let rounds = (RATIO_BUDGET.as_nanos() as u64 / probe.max(1)).clamp(RATIO_PROCESSES as u64 * 3, 120) as usize;
    let per_process = rounds.div_ceil(RATIO_PROCESSES);
    let mut order = Vec::new();
    // One warm-up round first (caches, the allocator), dropped.
    for r in 0..=per_process {
        for i in 0..inputs.len() {
            if (r + i) % 2 == 0 {
                order.extend([(i, 0), (i, 1)]);
            } else {
                order.extend([(i, 1), (i, 0)]);
            }
        }
    }
    let per_round = 2 * inputs.len();
    let mut processes = Vec::new();
    for _ in 0..RATIO_PROCESSES {
        let costs = pair.run(&inputs, &order, None)?;
        let ratios: Vec<f64> = order
            .chunks(per_round)
            .zip(costs.chunks(per_round))
            .skip(1)
            .map(|(o, c)| {
                let total = |side: usize| -> f64 {
                    o.iter().zip(c).filter(|((_, s), _)| *s == side).map(|(_, c)| *c as f64).sum::<f64>()
                };
                total(0) / total(1).max(1.0)
            })
            .collect();
        processes.push(ratios);
    }
    Ok((processes, inputs.len()))
}

/// Instruction counts at the ladder's sizes, one callgrind process for all:
/// sizes whose native time would make callgrind too slow are dropped from
/// the top, and smaller ones added below.
fn instruction_ladder(
    pair: &Pair,
    tools: &ProblemTools,
    cpu: &[Point],
    mode: &str,
    valgrind: &std::path::Path,
) -> Result<Vec<Point>> {
    let mut sizes: Vec<(usize, f64)> = cpu.iter().map(|p| (p.n, p.user + p.other)).collect();
    let budget = CALLGRIND_BUDGET.as_nanos() as f64 / CALLGRIND_SLOWDOWN;
    while sizes.len() > 3 && sizes.iter().map(|(_, t)| t).sum::<f64>() > budget {
        sizes.pop();
        if sizes[0].0 > 1 {
            sizes.insert(0, (sizes[0].0 / 2, sizes[0].1 / 2.0));
        }
    }
    let mut inputs = Vec::new();
    let mut values = Vec::new();
    for &(n, _) in &sizes {
        let (input, v) = input_at(pair, tools, n, mode, 1)?;
        inputs.push(input);
        values.push(v);
    }
    let order: Vec<(usize, usize)> = (0..inputs.len()).flat_map(|i| [(i, 0), (i, 1)]).collect();
    let counts =
        callgrind::count(valgrind, |wrapper| pair.run(&inputs, &order, Some(wrapper)).map(|_| ()), order.len())?;
    Ok(sizes
        .iter()
        .enumerate()
        .map(|(i, &(n, _))| Point {
            n,
            input_values: values[i],
            x: n as f64,
            user: counts[2 * i] as f64,
            other: counts[2 * i + 1] as f64,
            user_heap: cpu.iter().find(|p| p.n == n).map_or(0, |p| p.user_heap),
            other_heap: cpu.iter().find(|p| p.n == n).map_or(0, |p| p.other_heap),
        })
        .collect())
}

/// Picks the size unit (the input's values, unless they barely grow with the
/// generator's n, as for a single number) and fits both sides.
fn scaling(metric: Metric, mode: &str, mut points: Vec<Point>, mut notes: Vec<String>) -> Scaling {
    let span = |points: &[Point], f: &dyn Fn(&Point) -> f64| -> f64 {
        let (lo, hi) = (points.first().map_or(1.0, f), points.last().map_or(1.0, f));
        hi / lo.max(1.0)
    };
    let n_span = span(&points, &|p| p.n as f64);
    let values_span = span(&points, &|p| p.input_values as f64);
    // The input's size where it spans the range (arrays, strings, grids by
    // cell); the generator's n where the input barely grows with it (a single
    // number, a fixed-size part).
    let unit =
        if values_span >= MIN_SPAN || values_span >= n_span { SizeUnit::InputValues } else { SizeUnit::GeneratorN };
    for p in &mut points {
        p.x = unit.of(p);
    }
    let x_span = span(&points, &|p| p.x);
    let (user, other) = if x_span >= MIN_SPAN {
        (
            stats::classify(&points.iter().map(|p| (p.x, p.user)).collect::<Vec<_>>()),
            stats::classify(&points.iter().map(|p| (p.x, p.other)).collect::<Vec<_>>()),
        )
    } else {
        notes.push(format!(
            "sizes span only {x_span:.0}x (the problem's constraints cap them); a class needs 64x, so none is named"
        ));
        (None, None)
    };
    Scaling { metric, unit, mode: mode.to_string(), points, user, other, notes }
}
