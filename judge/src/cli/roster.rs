//! `judge grade --roster DIR [--partition K/N]` and `judge grade merge`:
//! wiring only (the split is in `roster::partition`, the merge in
//! `roster::merge`, the forms in `report::roster`).

use crate::grading::{self, Grade};
use crate::judging::Context;
use crate::problem::Facts;
use crate::report::{self, human::Style};
use crate::roster::{self, Header, RosterReport, merge, partition::Partition};
use anyhow::{Context as _, Result, bail};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The files a roster report may also be written to.
#[derive(clap::Args, Default)]
pub struct Outputs {
    /// Also write JUnit XML to FILE (with --roster or merge: one testsuite per person).
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Also write CSV to FILE: one row per (person, problem) (with --roster or merge).
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    /// Also write one self-contained HTML table to FILE (with --roster or merge).
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

#[derive(clap::Args)]
pub struct MergeArgs {
    /// The shares' reports (`judge grade --roster ... --partition K/N --json`).
    #[arg(required = true, value_name = "SHARE.json")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    outputs: Outputs,
    #[arg(long)]
    pub json: bool,
}

/// What to grade in a roster run.
pub struct RosterRun<'a> {
    pub roster: &'a Path,
    pub problems: Vec<&'a Facts>,
    pub partition: Option<&'a str>,
    pub jobs: usize,
    pub json: bool,
}

pub fn grade(ctx: &Context, run: RosterRun<'_>, outputs: &Outputs, color: bool) -> Result<bool> {
    let partition = run.partition.map(Partition::parse).transpose()?;
    let people = roster::people(run.roster)?;
    let problems = run.problems;
    let all = roster::units(&people, &problems);
    let mine = match &partition {
        Some(p) => roster::partition::share(p, &all, &people, &problems, &ctx.problems.root),
        None => all,
    };
    let targets: Vec<_> = mine.iter().map(|u| roster::target(&people, &problems, *u)).collect();

    let started = Instant::now();
    let progress = |g: &Grade| {
        if !run.json {
            let what = match &g.outcome {
                // Most of a class's units are missing files: no line each.
                grading::Outcome::NotAttempted => return,
                grading::Outcome::Error(_) => "error",
                grading::Outcome::Judged(j) => j.figures.verdict.code(),
            };
            eprintln!("graded {}: {what}", crate::cli::display_path(&g.target.path));
        }
    };
    let grades = grading::grade_all(ctx, &targets, run.jobs, &|_| {}, &progress);
    let header = Header {
        problem_set: roster::problem_set_fingerprint(&ctx.problems.root, &problems),
        partition: partition.map(|p| p.to_string()),
        people: &people,
        problems: &problems,
    };
    let graded: Vec<_> = mine.into_iter().zip(grades).collect();
    let report = roster::assemble(header, &graded, started.elapsed());
    finish(&report, outputs, run.json, color)
}

pub fn merge(args: MergeArgs, color: bool) -> Result<bool> {
    let pieces = args.files.iter().map(|f| merge::read_piece(f)).collect::<Result<Vec<_>>>()?;
    let report = merge::merge(pieces)?;
    finish(&report, &args.outputs, args.json, color)
}

/// Writes the requested files, prints the report; exit as `judge grade` does.
fn finish(report: &RosterReport, outputs: &Outputs, json: bool, color: bool) -> Result<bool> {
    let write = |path: &Option<PathBuf>, text: String| -> Result<()> {
        if let Some(path) = path {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    };
    if outputs.junit.is_some() {
        write(&outputs.junit, report::roster::junit(report)?)?;
    }
    write(&outputs.csv, report::roster::csv(report))?;
    write(&outputs.html, report::roster::html(report))?;
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
    } else {
        print!("{}", report::roster::table(report, &Style { color }));
    }
    if report.errors > 0 {
        let message = format!("{} of {} units could not be graded (see above)", report.errors, report.units);
        if json {
            // Exit 2 without the usual `{"error"}` object after the report:
            // stdout must stay one JSON document, or this share could not be merged.
            eprintln!("error: {message}");
            use std::io::Write as _;
            let _ = std::io::stdout().flush();
            std::process::exit(2);
        }
        bail!(message);
    }
    Ok(report.ok)
}
