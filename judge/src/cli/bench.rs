//! `judge bench`: how fast a solution is against the reference (or another of
//! the user's), and how both scale. Only accepted solutions are benchmarked.

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
    // Only accepted solutions: a wrong one's speed means nothing.
    let time_limit = profile.time_limit(&problem);
    let opts = JudgeOptions { time_limit: None, color: false, diagnose: false };
    let mut sides = vec![(&user, "your solution")];
    if args.vs.is_some() {
        sides.push((&other, "the other solution"));
    }
    for (source, who) in sides {
        let j = judging::judge(&ctx, &problem, source, &cases, time_limit, &opts)?;
        if !j.verdict.is_accepted() {
            let why = format!(
                "{who} ({}) is not accepted, so it is not benchmarked: {} - {}",
                source.display_path,
                j.verdict.name(),
                j.summary()
            );
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({"problem": problem.slug(), "benchmarked": false, "verdict": j.verdict.code(),
                                        "file": source.display_path, "reason": why})
                );
            } else {
                println!("{}", style.bad(&why));
                println!("Run `judge run {} --file {}` to see the failing case.", problem.slug(), source.display_path);
            }
            return Ok(false);
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
    let result = result?;
    if let Some(path) = &args.plot {
        report::plot::scaling_svg(path, &problem, &result.scaling, &other_label)?;
    }
    if args.json {
        let mut out = report::bench::json(&problem, &result, &user.display_path, &other_label);
        out["plot"] = serde_json::json!(args.plot.as_ref().map(|p| p.display().to_string()));
        println!("{out}");
    } else {
        print!("{}", report::bench::human(&problem, &result, &other_label, &style));
        if let Some(path) = &args.plot {
            println!("plot: {}", super::display_path(path));
        }
    }
    Ok(true)
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
