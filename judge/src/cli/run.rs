//! `judge run`: judge a solution on the problem's cases (examples first, then
//! the rest, then the user's own), a subset of them, or a custom input.

use crate::build::SourceFile;
use crate::judging::{self, Context, JudgeOptions, reference};
use crate::problem::tests::to_cases;
use crate::problem::{CaseSource, Problem, TestCase};
use crate::report::{self, human::Style};
use anyhow::{Context as _, Result, anyhow, bail};
use serde_json::Value;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Judge this file instead of solutions/<slug>.rs.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Run only these cases: `3`, `1-5`, `2,7-9`.
    #[arg(long, value_name = "SPEC", conflicts_with = "failed")]
    case: Option<String>,
    /// Run only the cases that failed last time.
    #[arg(long)]
    failed: bool,
    /// Your own input, one JSON value per parameter: your answer beside the reference's.
    #[arg(long, num_args = 1.., value_name = "JSON", allow_negative_numbers = true)]
    input: Option<Vec<String>>,
    /// With --input: keep the input as one of your cases (every later run includes it).
    #[arg(long, requires = "input")]
    save: bool,
    /// CPU time limit per case (`250ms`, `2s`, or milliseconds); default: derived from the reference.
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    time_limit: Option<Duration>,
    /// Add clippy's remarks on your file (after the verdict; slower).
    #[arg(long)]
    clippy: bool,
    /// Skip the extra diagnoses of a failing case (state leaks, overflow).
    #[arg(long)]
    no_diagnose: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let problem = ctx.problems.load(&args.problem)?;
    let open_history =
        || crate::history::History::open(&crate::history::History::default_path(&ctx.workspace.solutions));
    // During a mock interview, the session's file is the one to judge, and the
    // attempt counts in the session (until its deadline).
    let session_of = |history: &Result<crate::history::History>| {
        history
            .as_ref()
            .ok()
            .and_then(|h| crate::mock::session_with(h, problem.slug()))
            .filter(|s| crate::history::now_ms() < s.deadline_ms)
    };
    // With --file, the file to judge is known without the history (opened
    // later, while the file compiles).
    let early_history = args.file.is_none().then(open_history);
    let path = match (&args.file, &early_history) {
        (Some(file), _) => file.clone(),
        (None, history) => history
            .as_ref()
            .and_then(session_of)
            .and_then(|s| s.problems.iter().find(|p| p.slug == problem.slug()).map(|p| p.file.clone()))
            .unwrap_or_else(|| ctx.workspace.solution_path(problem.slug())),
    };
    if path.is_dir() {
        bail!("{} is a directory: pass a solution file (.rs)", path.display());
    }
    if !path.is_file() {
        if args.file.is_some() {
            bail!("no such file: {}", path.display());
        }
        bail!(
            "no solution at {}: write one with `judge new {}`, or pass --file",
            super::display_path(&path),
            problem.slug()
        );
    }
    let mut source = SourceFile::read(&path)?;
    source.display_path = super::display_path(&path);
    let opts = JudgeOptions { time_limit: args.time_limit, color: color && !args.json, diagnose: !args.no_diagnose };
    std::thread::scope(|scope| {
        // rustc starts now; the history and the cases are read while it works.
        let early_build = args.input.is_none().then(|| judging::start_build(scope, &ctx, &problem, &source, &opts));
        let history = early_history.unwrap_or_else(open_history);
        let session = session_of(&history);
        let in_session = session
            .as_ref()
            .filter(|s| args.file.as_ref().is_none_or(|f| s.problems.iter().any(|p| same_file(&p.file, f))));
        let (cases, profile) = reference::answered_tests(&ctx, &problem)?;
        let time_limit = args.time_limit.unwrap_or_else(|| profile.time_limit(&problem));
        if let Some(input) = &args.input {
            return custom_input(&ctx, &problem, &source, input, args.save, time_limit, &opts, args.json);
        }
        let built = early_build.expect("started unless --input");
        judge_and_report(
            &args, &ctx, &problem, &path, &source, &opts, cases, &profile, time_limit, &history, in_session, built,
        )
    })
}

/// The rest of `execute`: judges (the build under way in `built`), records, reports.
#[allow(clippy::too_many_arguments)]
fn judge_and_report(
    args: &Args,
    ctx: &Context,
    problem: &Problem,
    path: &std::path::Path,
    source: &SourceFile,
    opts: &JudgeOptions,
    mut cases: Vec<TestCase>,
    profile: &reference::Profile,
    time_limit: Duration,
    history: &Result<crate::history::History>,
    in_session: Option<&crate::mock::Session>,
    built: impl FnOnce() -> Result<crate::build::BuildOutcome>,
) -> Result<bool> {
    cases.extend(own_cases(ctx, problem, cases.len() + 1)?);
    // A run of the problems' own files (the README's first command judges a
    // reference) is not the user's attempt: nothing of it is recorded.
    let own_file = !inside(path, &ctx.workspace.problems);
    let full_run = args.case.is_none() && !args.failed;
    let mut status = ctx.workspace.status();
    let previous = status.problems.get(problem.slug()).cloned().unwrap_or_default();
    let cases = select(cases, args.case.as_deref(), args.failed.then_some(&previous.failed_cases))?;

    let mut judgement = judging::judge_while_building(ctx, problem, source, &cases, time_limit, opts, built)?;
    judging::compare_with_reference(&mut judgement, problem, profile);

    let entry = status.problems.entry(problem.slug().to_string()).or_default();
    entry.last_verdict = judgement.verdict.code().to_string();
    entry.solved |= full_run && judgement.verdict.is_accepted();
    let failed: Vec<usize> =
        judgement.cases.iter().filter(|c| !c.verdict.is_accepted()).map(|c| c.case.number).collect();
    if full_run || !failed.is_empty() || args.failed {
        entry.failed_cases = failed;
    }
    if own_file {
        let _ = ctx.workspace.save_status(&status);
    }
    if full_run && own_file {
        let kind =
            if in_session.is_some() { crate::history::AttemptKind::Mock } else { crate::history::AttemptKind::Run };
        let figures = crate::history::Figures::of(&judgement);
        let attempt = crate::history::Attempt::new(
            problem.slug(),
            kind,
            figures,
            &source.text,
            in_session.map(|s| s.id.as_str()),
        );
        // The database opened above to look for a mock session: one open per run.
        match history {
            Ok(h) => h.record_or_warn(&attempt, &source.text),
            Err(e) => crate::history::warn_unrecorded(e),
        }
    }

    let remarks = if args.clippy && judgement.compile_error.is_none() {
        Some(crate::build::clippy::remarks(&ctx.cache, &ctx.toolchain, problem, source))
    } else {
        None
    };
    if args.json {
        let mut out = report::json::judgement(problem, &judgement);
        if let Some(r) = &remarks {
            out["clippy"] = match r {
                Ok(list) => serde_json::json!(list),
                Err(e) => serde_json::json!({"error": format!("{e:#}")}),
            };
        }
        println!("{out}");
    } else {
        let text = report::human::judgement(problem, &judgement, &Style { color: opts.color });
        // Spoiler-free in a mock: the problem is "mock problem N" until the end.
        match in_session.and_then(|s| s.number_of(problem.slug())) {
            Some(n) => print!("{}", text.replacen(problem.slug(), &format!("mock problem {n}"), 1)),
            None => print!("{text}"),
        }
        match &remarks {
            Some(Ok(list)) if list.is_empty() => println!("clippy: no remarks"),
            Some(Ok(list)) => println!("clippy:\n{}", list.join("\n\n")),
            Some(Err(e)) => println!("clippy: {e:#}"),
            None => {}
        }
    }
    Ok(judgement.verdict.is_accepted())
}

/// Whether `file` lies inside `dir` (both resolved; false when either cannot be).
fn inside(file: &std::path::Path, dir: &std::path::Path) -> bool {
    match (file.canonicalize(), dir.canonicalize()) {
        (Ok(f), Ok(d)) => f.starts_with(d),
        _ => false,
    }
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn own_cases(ctx: &Context, problem: &Problem, first: usize) -> Result<Vec<TestCase>> {
    let raw = ctx.workspace.own_cases(problem.slug())?;
    let path = ctx.workspace.own_cases_path(problem.slug());
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    to_cases(problem, &path, &text, raw, first, true)
}

/// Examples first, then the rest in order; only the selected numbers.
fn select(cases: Vec<TestCase>, spec: Option<&str>, failed: Option<&Vec<usize>>) -> Result<Vec<TestCase>> {
    let total = cases.len();
    let wanted: Option<Vec<usize>> = match (spec, failed) {
        (Some(spec), _) => Some(parse_case_spec(spec, total)?),
        (None, Some(failed)) if failed.is_empty() => {
            bail!("no failed cases recorded for this problem: nothing to re-run")
        }
        (None, Some(failed)) => Some(failed.clone()),
        (None, None) => None,
    };
    let (mut examples, rest): (Vec<TestCase>, Vec<TestCase>) =
        cases.into_iter().filter(|c| wanted.as_ref().is_none_or(|w| w.contains(&c.number))).partition(|c| c.example);
    examples.extend(rest);
    if examples.is_empty() {
        bail!("no cases selected (there are {total})");
    }
    Ok(examples)
}

/// `3`, `1-5`, `2,7-9` into case numbers within `1..=total`.
pub fn parse_case_spec(spec: &str, total: usize) -> Result<Vec<usize>> {
    let mut out = Vec::new();
    for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (lo, hi) = match part.split_once('-') {
            Some((a, b)) => (a.trim().parse::<usize>(), b.trim().parse::<usize>()),
            None => (part.parse::<usize>(), part.parse::<usize>()),
        };
        let (Ok(lo), Ok(hi)) = (lo, hi) else { bail!("--case {spec:?}: expected numbers like 3, 1-5 or 2,7-9") };
        if lo == 0 || hi > total || lo > hi {
            bail!("--case {spec:?}: cases are numbered 1 to {total}");
        }
        out.extend(lo..=hi);
    }
    if out.is_empty() {
        bail!("--case {spec:?}: no case numbers given");
    }
    Ok(out)
}

pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 1e-3)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else {
        (t, 1e-3)
    };
    let v: f64 = num.trim().parse().map_err(|_| format!("expected a time like 250ms or 2s, got {text:?}"))?;
    if v <= 0.0 || !v.is_finite() {
        return Err("the time limit must be positive".into());
    }
    Ok(Duration::from_secs_f64(v * scale))
}

/// LeetCode's "custom test case": validate, run the reference and the user's
/// solution on one input, and compare with the problem's checker.
#[allow(clippy::too_many_arguments)]
fn custom_input(
    ctx: &Context,
    problem: &Problem,
    source: &SourceFile,
    input: &[String],
    save: bool,
    time_limit: Duration,
    opts: &JudgeOptions,
    json: bool,
) -> Result<bool> {
    let values: Vec<Value> = input
        .iter()
        .enumerate()
        .map(|(i, text)| {
            serde_json::from_str(text).map_err(|e| anyhow!("--input value {} is not JSON ({e}): {text}", i + 1))
        })
        .collect::<Result<_>>()?;
    crate::harness::wire::encode_input(problem, &values)
        .map_err(|e| anyhow!("your input does not fit the signature: {e}"))?;
    let tools = crate::tools::lookup(problem.slug()).ok_or_else(|| anyhow!("{} has no validator", problem.slug()))?;
    (tools.validate)(&values).map_err(|e| anyhow!("your input breaks a constraint of the problem: {e}"))?;

    let mut case = TestCase {
        number: 1,
        name: "your input".into(),
        example: false,
        input: values.clone().into(),
        expected: None,
        source: CaseSource::Own,
        file: "--input".into(),
    };
    let reference = reference::measure(ctx, problem, std::slice::from_ref(&case), 1)
        .context("running the reference on your input")?;
    case.expected = reference.answers.get(&1).cloned();
    let judgement = judging::judge(ctx, problem, source, std::slice::from_ref(&case), time_limit, opts)?;
    let saved = if save {
        Some(judging::save_own_case(
            ctx,
            problem,
            |n| format!("own case {n}"),
            values,
            case.expected.as_ref().map(|a| a.value().clone()),
        )?)
    } else {
        None
    };

    if json {
        let mut out = report::json::judgement(problem, &judgement);
        out["expected"] = case.expected.as_ref().map_or(Value::Null, |a| a.value().clone());
        out["actual"] =
            judgement.cases.first().and_then(|c| c.actual.as_ref()).map_or(Value::Null, |a| a.value().clone());
        out["saved_as_case"] = saved.as_ref().map_or(Value::Null, |(n, _)| Value::from(*n));
        println!("{out}");
    } else {
        let style = Style { color: opts.color };
        if judgement.compile_error.is_some() {
            print!("{}", report::human::judgement(problem, &judgement, &style));
            return Ok(false);
        }
        let c = &judgement.cases[0];
        print!("{}", report::human::input_lines(problem, &case.input));
        println!(
            "  reference: {}",
            case.expected.as_ref().map_or("-".into(), |v| report::shorten(&v.to_string(), 2000))
        );
        println!("  yours:     {}", c.actual.as_ref().map_or("-".into(), |v| report::shorten(&v.to_string(), 2000)));
        println!(
            "  verdict:   {}   CPU {}   heap {}",
            style.verdict(c.verdict),
            report::duration(c.cpu),
            report::bytes(c.heap_peak)
        );
        if let Some(m) = c.mismatch.as_ref() {
            println!("  {}", m.message);
        } else if let Some(m) = &c.message {
            println!("  {m}");
        }
        print!("{}", report::human::captured(&c.captured, &style));
        if let Some((n, path)) = &saved {
            println!("saved as case {n} in {}", super::display_path(path));
        }
    }
    Ok(judgement.verdict.is_accepted())
}
