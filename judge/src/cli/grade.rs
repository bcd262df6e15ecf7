//! `judge grade`: judge a topic's (or every) solution in one command, in
//! parallel, with one table, `--json` or JUnit XML.

use crate::grading::{self, Grade, Outcome, Target};
use crate::history::{Attempt, AttemptKind, History};
use crate::judging::Context;
use crate::problem::Facts;
use crate::report::{self, human::Style};
use anyhow::{Context as _, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

use super::roster;

#[derive(clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// Problems to grade (slug, number or prefix); or use --topic / --all.
    problems: Vec<String>,
    /// Every problem of this topic.
    #[arg(long, conflicts_with = "all")]
    topic: Option<String>,
    /// Only this difficulty (easy, medium, hard), with --topic or --all.
    #[arg(long)]
    difficulty: Option<String>,
    /// Every problem of this study plan (`judge plan` lists them); with --topic / --difficulty, those of it.
    #[arg(long, value_name = "ID", conflicts_with = "all")]
    plan: Option<String>,
    /// Every problem.
    #[arg(long)]
    all: bool,
    /// The folder holding one <slug>.rs per problem (default: your solutions/).
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Problems graded at once (default: the number of cores).
    #[arg(short, long, value_name = "N")]
    jobs: Option<usize>,
    /// Also write JUnit XML to FILE (one testsuite per topic).
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// A class: every sub-folder of DIR is a person holding <slug>.rs files (default: every problem).
    #[arg(long, value_name = "DIR", conflicts_with = "dir")]
    roster: Option<PathBuf>,
    /// With --roster: grade only the K-th of N shares (K/N balanced by cost, or hash:K/N).
    #[arg(long, value_name = "K/N", requires = "roster")]
    partition: Option<String>,
    /// With --roster: also write CSV to FILE, one row per (person, problem).
    #[arg(long, value_name = "FILE", requires = "roster")]
    csv: Option<PathBuf>,
    /// With --roster: also write one self-contained HTML table to FILE.
    #[arg(long, value_name = "FILE", requires = "roster")]
    html: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Merge the shares of `grade --roster --partition K/N --json` into one report.
    Merge(roster::MergeArgs),
}

impl Args {
    pub fn wants_json(&self) -> bool {
        match &self.action {
            Some(Action::Merge(m)) => m.json,
            None => self.json,
        }
    }
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    if let Some(Action::Merge(m)) = args.action {
        return roster::merge(m, color);
    }
    let ctx = Context::open()?;
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    if jobs == 0 {
        bail!("--jobs must be at least 1");
    }
    if let Some(dir) = &args.roster {
        let run = roster::RosterRun {
            roster: dir,
            problems: select_problems(&ctx, &args, true)?,
            partition: args.partition.as_deref(),
            jobs,
            json: args.json,
        };
        let outputs = roster::Outputs { junit: args.junit.clone(), csv: args.csv.clone(), html: args.html.clone() };
        return roster::grade(&ctx, run, &outputs, color);
    }
    let targets = select(&ctx, &args)?;
    let dir = args.dir.clone().unwrap_or_else(|| ctx.workspace.solutions.clone());

    let started = Instant::now();
    let progress = Progress::new(targets.len(), args.json);
    let grades = grading::grade_all(&ctx, &targets, jobs, &|t| progress.start(t), &|g| progress.done(g));
    progress.finish();
    let wall = started.elapsed();

    if args.dir.is_none() {
        record_status(&ctx, &grades);
    }
    if let Some(path) = &args.junit {
        let xml = report::grade::junit(&grades, wall)?;
        std::fs::write(path, xml).with_context(|| format!("cannot write {}", path.display()))?;
    }
    if args.json {
        println!("{}", report::grade::json(&grades, wall));
    } else {
        print!("{}", report::grade::table(&grades, wall, &Style { color }));
        if !dir.is_dir() {
            println!("(no folder {}: nothing was attempted)", super::display_path(&dir));
        }
    }
    let totals = report::grade::totals(&grades);
    if totals.errors > 0 {
        // Exit 2: the grade is incomplete, which is not the solutions' fault.
        bail!("{} of {} problems could not be graded (see above)", totals.errors, totals.problems);
    }
    Ok(totals.accepted == totals.attempted)
}

/// The problems asked for, in catalog order, with their solution files.
fn select(ctx: &Context, args: &Args) -> Result<Vec<Target>> {
    let facts = select_problems(ctx, args, false)?;
    let dir = args.dir.clone().unwrap_or_else(|| ctx.workspace.solutions.clone());
    if args.dir.is_some() && !dir.is_dir() {
        bail!("--dir {}: no such folder", dir.display());
    }
    Ok(grading::targets(&facts, &dir))
}

/// The problems asked for, in catalog order; a roster with no selection
/// means every problem (a class is graded on the whole set by default).
fn select_problems<'a>(ctx: &'a Context, args: &Args, all_by_default: bool) -> Result<Vec<&'a Facts>> {
    let set = &ctx.problems;
    if let Some(t) = &args.topic
        && !set.topics.contains(t)
    {
        bail!("unknown topic `{t}`; topics: {}", set.topics.join(", "));
    }
    if let Some(d) = &args.difficulty
        && !["easy", "medium", "hard"].contains(&d.as_str())
    {
        bail!("unknown difficulty `{d}`; difficulties: easy, medium, hard");
    }
    let facts: Vec<_> = if !args.problems.is_empty() {
        if args.topic.is_some() || args.all || args.plan.is_some() {
            bail!("name problems, or use --topic / --plan / --all, not both");
        }
        args.problems.iter().map(|p| set.resolve(p)).collect::<Result<_>>()?
    } else if args.topic.is_some() || args.all || args.plan.is_some() || all_by_default {
        let in_plan: Option<Vec<String>> = match &args.plan {
            Some(id) => {
                Some(crate::plan::Plans::load(&set.root)?.find(id)?.slugs().into_iter().map(String::from).collect())
            }
            None => None,
        };
        let picked: Vec<_> = set
            .available()
            .into_iter()
            .filter(|f| in_plan.as_ref().is_none_or(|slugs| slugs.contains(&f.slug)))
            .filter(|f| args.topic.as_ref().is_none_or(|t| *t == f.topic))
            .filter(|f| args.difficulty.as_ref().is_none_or(|d| *d == f.difficulty))
            .collect();
        if let Some(id) = &args.plan
            && picked.is_empty()
        {
            bail!("no problem of plan `{id}` is available here (with these --topic / --difficulty filters)");
        }
        picked
    } else {
        bail!("say what to grade: problem names, --topic T, --plan ID, or --all");
    };
    Ok(facts)
}

/// The user's own solutions graded in full count like a full `judge run`.
fn record_status(ctx: &Context, grades: &[Grade]) {
    let mut status = ctx.workspace.status();
    let history = History::open(&History::default_path(&ctx.workspace.solutions));
    for g in grades {
        if let Outcome::Judged(j) = &g.outcome {
            let entry = status.problems.entry(g.target.facts.slug.clone()).or_default();
            entry.last_verdict = j.figures.verdict.code().to_string();
            entry.solved |= j.figures.verdict.is_accepted();
            let Ok(source) = std::fs::read_to_string(&g.target.path) else { continue };
            let attempt = Attempt::new(&g.target.facts.slug, AttemptKind::Grade, j.figures, &source, None);
            match &history {
                Ok(h) => h.record_or_warn(&attempt, &source),
                Err(e) => crate::history::warn_unrecorded(e),
            }
        }
    }
    let _ = ctx.workspace.save_status(&status);
}

/// A bar on a terminal; a line per problem otherwise; nothing with --json.
struct Progress {
    bar: Option<ProgressBar>,
    lines: bool,
}

impl Progress {
    fn new(total: usize, json: bool) -> Progress {
        let tty = std::io::stderr().is_terminal();
        let bar = (!json && tty).then(|| {
            let bar = ProgressBar::new(total as u64);
            bar.set_style(
                ProgressStyle::with_template("{spinner} grading [{bar:30}] {pos}/{len} {elapsed} {wide_msg}")
                    .expect("a valid template")
                    .progress_chars("=> "),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Progress { bar, lines: !json && !tty }
    }

    fn start(&self, target: &Target) {
        if let Some(bar) = &self.bar {
            bar.set_message(target.facts.slug.clone());
        }
    }

    fn done(&self, grade: &Grade) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        } else if self.lines {
            let what = match &grade.outcome {
                Outcome::NotAttempted => "not attempted".to_string(),
                Outcome::Error(_) => "error".to_string(),
                Outcome::Judged(j) => j.figures.verdict.code().to_string(),
            };
            eprintln!("graded {}: {what}", grade.target.facts.slug);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
