//! `judge stress`: random small inputs against the reference until a mismatch
//! (shrunk to a minimal failing input) or the time budget ends.

use crate::build::{BuildOutcome, OverflowChecks, SourceFile};
use crate::checker::Checker;
use crate::judging::{Context, user_limits};
use crate::report::{self, human::Style};
use crate::stress::{Stress, StressOptions, size};
use anyhow::{Result, anyhow, bail};
use serde_json::{Value, json};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Stress this file instead of solutions/<slug>.rs.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Seed for the generator (default: from the clock); the same seed gives the same run.
    #[arg(long)]
    seed: Option<u64>,
    /// How long to search (`30s`, `500ms`).
    #[arg(long, default_value = "10s", value_parser = super::run::parse_duration)]
    budget: Duration,
    /// Largest generator size to reach (sizes grow slowly from 1).
    #[arg(long, default_value_t = 12)]
    max_n: usize,
    /// Keep the minimal failing input as one of your cases.
    #[arg(long)]
    save: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let problem = ctx.problems.load(&args.problem)?;
    let path = args.file.clone().unwrap_or_else(|| ctx.workspace.solution_path(problem.slug()));
    if !path.is_file() {
        bail!("no solution at {}: pass --file or write one with `judge new {}`", path.display(), problem.slug());
    }
    let mut source = SourceFile::read(&path)?;
    source.display_path = super::display_path(&path);
    let tools = crate::tools::lookup(problem.slug()).ok_or_else(|| anyhow!("{} has no generator", problem.slug()))?;
    let build = |s: &SourceFile, what: &str| -> Result<PathBuf> {
        match ctx.cache.solution(&ctx.toolchain, &problem, s, OverflowChecks::Off, false)? {
            BuildOutcome::Built { exe, .. } => Ok(exe),
            BuildOutcome::CompileError { message, .. } => bail!("{what} does not compile:\n{message}"),
        }
    };
    let user = build(&source, &source.display_path)?;
    let reference = build(&SourceFile::read(&problem.reference_path())?, "the reference")?;
    let seed = args.seed.unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
    });
    let show_progress = !args.json && std::io::stderr().is_terminal();
    let progress = |tried: usize, bound: usize| {
        if show_progress {
            eprint!("\r\x1b[2Ktried {tried} inputs (size up to {bound})");
        }
    };
    let stress = Stress {
        problem: &problem,
        tools,
        checker: Checker::from_spec(&problem.checker)?,
        user: &user,
        reference: &reference,
        limits: user_limits(&problem, Duration::from_millis(250)),
        progress: &progress,
    };
    let report = stress.run(&StressOptions { seed, budget: args.budget, max_n: args.max_n })?;
    if show_progress {
        eprint!("\r\x1b[2K");
    }
    if report.duplicate_share > 0.5 && !args.json {
        eprintln!(
            "warning: {:.0}% of the generated inputs repeated earlier ones: at these sizes the generator has few \
             distinct inputs (try a larger --max-n)",
            report.duplicate_share * 100.0
        );
    }
    let saved = match (&report.found, args.save) {
        (Some(c), true) => Some(crate::judging::save_own_case(
            &ctx,
            &problem,
            |_| format!("found by judge stress (seed {seed})"),
            c.input.clone(),
            Some(c.expected.clone()),
        )?),
        _ => None,
    };
    let size_of = |input: &Vec<Value>| size(&Value::Array(input.clone()));
    if args.json {
        let found = report.found.as_ref();
        println!(
            "{}",
            json!({
                "problem": problem.slug(),
                "found": found.is_some(),
                "input": found.map(|c| c.input.clone()),
                "expected": found.map(|c| c.expected.clone()),
                "actual": found.and_then(|c| c.actual.clone()),
                "reason": found.map(|c| c.reason.clone()),
                "original_input": report.original,
                "size_before": report.original.as_ref().map(size_of),
                "size_after": found.map(|c| size_of(&c.input)),
                "tried": report.tried,
                "seconds": report.elapsed.as_secs_f64(),
                "seed": seed,
                "duplicate_share": report.duplicate_share,
                "saved_as_case": saved.as_ref().map(|(n, _)| *n),
            })
        );
    } else {
        let style = Style { color };
        match &report.found {
            None => println!(
                "{}: {} in {} inputs ({}, seed {seed})",
                style.bold(problem.slug()),
                style.good("no mismatch"),
                report.tried,
                report::duration(report.elapsed)
            ),
            Some(c) => {
                println!(
                    "{}: {} after {} inputs ({}, seed {seed}); shrunk from size {} to {}",
                    style.bold(problem.slug()),
                    style.bad("mismatch found"),
                    report.tried,
                    report::duration(report.elapsed),
                    report.original.as_ref().map(size_of).unwrap_or(0),
                    size_of(&c.input)
                );
                print!("{}", report::human::input_lines(&problem, &c.input));
                println!("  expected: {}", report::shorten(&c.expected.to_string(), 500));
                match &c.actual {
                    Some(a) => println!("  actual:   {}", report::shorten(&a.to_string(), 500)),
                    None => println!("  actual:   (no answer)"),
                }
                for line in c.reason.lines() {
                    println!("  {line}");
                }
                if let Some((n, path)) = &saved {
                    println!("saved as case {n} in {}", super::display_path(path));
                }
            }
        }
    }
    Ok(report.found.is_none())
}
