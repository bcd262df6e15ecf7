//! `judge bench`: how fast a solution is against the reference (or another of
//! the user's), and how both scale, in time and in extra space. Solutions that
//! answer correctly are benchmarked, accepted or too slow for the limits.

use crate::bench::{self, Contest, Options};
use crate::build::SourceFile;
use crate::judging::{self, Context, JudgeOptions, reference};
use crate::problem::Problem;
use crate::report::{self, human::Style};
use anyhow::{Result, bail};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Benchmark this file instead of solutions/<slug>.rs.
    #[arg(long)]
    file: Option<PathBuf>,
    /// Compare with this solution of yours instead of the reference.
    #[arg(long, value_name = "OTHER.rs")]
    vs: Option<PathBuf>,
    /// Draw cost against n (log-log) for both, with the fitted curves, as SVG.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// Measure scaling in CPU time even when valgrind could count instructions.
    #[arg(long)]
    time_only: bool,
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let problem = ctx.problems.load(&args.problem)?;
    let user_path = args.file.clone().unwrap_or_else(|| ctx.workspace.solution_path(problem.slug()));
    let user = read_solution(&user_path, args.file.is_some(), &problem)?;
    let other = match &args.vs {
        Some(p) => read_solution(p, true, &problem)?,
        None => {
            let mut s = SourceFile::read(&problem.reference_path())?;
            s.display_path = "reference".into();
            s
        }
    };
    if let Some(plot) = &args.plot
        && plot.extension().is_none_or(|e| e != "svg")
    {
        bail!("--plot {}: the plot is SVG; name a .svg file", plot.display());
    }
    let other_label = match &args.vs {
        Some(p) => p.file_name().map_or(other.display_path.clone(), |n| n.to_string_lossy().into_owned()),
        None => "reference".to_string(),
    };
    let style = Style { color: color && !args.json };

    let (cases, profile) = reference::answered_tests(&ctx, &problem)?;
    // Only solutions that answer correctly: a wrong one's speed means nothing,
    // but a correct one too slow for the limits is exactly what to look at.
    let time_limit = profile.time_limit(&problem);
    let opts = JudgeOptions { time_limit: None, color: false, diagnose: false };
    let mut sides = vec![(&user, "your solution")];
    if args.vs.is_some() {
        sides.push((&other, "the other solution"));
    }
    let mut too_slow = Vec::new();
    for (source, who) in sides {
        let j = judging::judge(&ctx, &problem, source, &cases, time_limit, &opts)?;
        let slow = j.cases.iter().filter(|c| c.verdict == crate::verdict::Verdict::TimeLimitExceeded).count();
        if answers_correctly(&j) && slow > 0 {
            too_slow.push(format!(
                "{who} is too slow for the tests ({slow} of {} cases over the limit of {}) but answers correctly: \
                 benchmarked at the sizes it can afford",
                j.cases.len(),
                report::duration(time_limit)
            ));
            continue;
        }
        if !j.verdict.is_accepted() {
            let why = format!(
                "{who} ({}) is not benchmarked: it is not accepted, and gives no correct answer past the limit either: {} - {}",
                source.display_path,
                j.verdict.name(),
                j.summary()
            );
            return refuse(&problem, source, Some(j.verdict), &why, args.json, &style);
        }
    }

    let show_progress = !args.json && std::io::stderr().is_terminal();
    let progress = |step: &str| {
        if show_progress {
            eprint!("\r\x1b[2K{step} ...");
        }
    };
    let contest = Contest { ctx: &ctx, problem: &problem, user: &user, other: &other, cases: &cases };
    let result = bench::run(&contest, &Options { instructions: !args.time_only }, &progress);
    if show_progress {
        eprint!("\r\x1b[2K");
    }
    let result = match result {
        Ok(r) => r,
        // A too-slow solution's answers on the benchmark's own inputs are checked there.
        Err(e) if !too_slow.is_empty() => return refuse(&problem, &user, None, &format!("{e:#}"), args.json, &style),
        Err(e) => return Err(e),
    };
    let space_plot = args.plot.as_ref().map(|p| {
        p.with_file_name(format!(
            "{}-space.svg",
            p.file_stem().map_or("plot".into(), |s| s.to_string_lossy().into_owned())
        ))
    });
    if let (Some(path), Some(space_path)) = (&args.plot, &space_plot) {
        report::plot::scaling_svg(path, &problem, &result.scaling, &other_label)?;
        report::plot::space_svg(space_path, &problem, &result, &other_label)?;
    }
    if args.json {
        let mut out = report::bench::json(&problem, &result, &user.display_path, &other_label);
        out["plot"] = serde_json::json!(args.plot.as_ref().map(|p| p.display().to_string()));
        out["space_plot"] = serde_json::json!(space_plot.as_ref().map(|p| p.display().to_string()));
        out["too_slow_for_tests"] = serde_json::json!(!too_slow.is_empty());
        out["notes"] = serde_json::json!(too_slow);
        println!("{out}");
    } else {
        for note in &too_slow {
            println!("{}", style.dim(&format!("note: {note}")));
        }
        print!("{}", report::bench::human(&problem, &result, &other_label, &style));
        if let (Some(path), Some(space_path)) = (&args.plot, &space_plot) {
            println!("plot: {} (time), {} (space)", super::display_path(path), super::display_path(space_path));
        }
    }
    Ok(true)
}

/// Every case either accepted or over the time limit without a wrong answer
/// (a case stopped before answering says nothing against it; the benchmark
/// checks the answers on its own inputs). A TLE that reached the backstop
/// without an answer (a loop) is refused rather than benchmarked for 20 s a size.
fn answers_correctly(j: &judging::Judgement) -> bool {
    j.compile_error.is_none()
        && !j.cases.iter().any(|c| c.no_answer_at_backstop)
        && j.cases.iter().all(|c| {
            c.verdict.is_accepted()
                || (c.verdict == crate::verdict::Verdict::TimeLimitExceeded && c.answered_correctly != Some(false))
        })
}

/// Not benchmarked, and why (exit 1); `verdict` when the tests rejected it.
fn refuse(
    problem: &Problem,
    source: &SourceFile,
    verdict: Option<crate::verdict::Verdict>,
    why: &str,
    json: bool,
    style: &Style,
) -> Result<bool> {
    if json {
        println!(
            "{}",
            serde_json::json!({"problem": problem.slug(), "benchmarked": false, "verdict": verdict.map(|v| v.code()),
                                "file": source.display_path, "reason": why})
        );
    } else {
        println!("{}", style.bad(why));
        if verdict.is_some() {
            println!("Run `judge run {} --file {}` to see the failing case.", problem.slug(), source.display_path);
        }
    }
    Ok(false)
}

fn read_solution(path: &Path, given: bool, problem: &Problem) -> Result<SourceFile> {
    if path.is_dir() {
        bail!("{} is a directory: pass a solution file (.rs)", path.display());
    }
    if !path.is_file() {
        if given {
            bail!("no such file: {}", path.display());
        }
        bail!(
            "no solution at {}: write one with `judge new {}`, or pass --file",
            super::display_path(path),
            problem.slug()
        );
    }
    let mut source = SourceFile::read(path)?;
    source.display_path = super::display_path(path);
    Ok(source)
}
