//! The command line: one module per verb; this file only parses and dispatches.

mod bench;
mod doctor;
mod editor;
mod grade;
mod list;
mod mock;
mod mock_live;
mod new;
mod plan;
mod practice;
mod roster;
mod run;
mod show;
mod stress;
mod validate;
mod watch;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "judge", version, about = "A local judge for LeetCode-style Rust solutions")]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Never color the output (NO_COLOR is honored too).
    #[arg(long, global = true)]
    no_color: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Write solutions/<slug>.rs from the LeetCode Rust template (never overwrites).
    New(new::Args),
    /// Compile and judge a solution on every case (or a subset, or your own input).
    Run(run::Args),
    /// List the problems with your status.
    List(list::Args),
    /// Print a problem's statement.
    Show(show::Args),
    /// (Problem authors) prove a problem's tests with its reference and submissions.
    Validate(validate::Args),
    /// Show which protections (sandbox layers) this machine gives solutions.
    Doctor(doctor::Args),
    /// Random small inputs against the reference until a mismatch, shrunk to a minimal one.
    Stress(stress::Args),
    /// Grade many solutions at once (a topic, or all): one table, --json or JUnit.
    Grade(grade::Args),
    /// Time a solution against the reference (ratio with a confidence interval) and name how both scale.
    Bench(bench::Args),
    /// Your progress: solved per topic and difficulty, attempts, streak, weakest patterns.
    Stats(practice::StatsArgs),
    /// What to practise now (spaced repetition): due reviews, then unsolved, then new.
    Next(practice::NextArgs),
    /// The roadmap's study plans: your progress in each, the next problem, the plan to follow.
    Plan(plan::Args),
    /// A problem's attempts, and the source of any of them.
    History(practice::HistoryArgs),
    /// Put a problem's file back to the template (your file is kept in the history first).
    Reset(practice::ResetArgs),
    /// Override how your last solve of a problem is rated (again, hard, good, easy).
    Rate(practice::RateArgs),
    /// Mark problems you solved before using the judge.
    Known(practice::KnownArgs),
    /// A timed mock interview: problems picked for you, a countdown, re-judged on save, a report.
    Mock(mock::Args),
    /// Re-judge a solution on every save.
    Watch(watch::Args),
    /// Write solutions/Cargo.toml so rust-analyzer understands your solution files.
    Editor(editor::Args),
    /// Write your history (attempts, snapshots, sessions, events) to a JSON file.
    Export(practice::ExportArgs),
    /// Merge a history written by `judge export` (records already here are skipped).
    Import(practice::ImportArgs),
}

impl Cli {
    pub fn wants_json(&self) -> bool {
        match &self.command {
            Command::New(a) => a.json,
            Command::Run(a) => a.json,
            Command::List(a) => a.json,
            Command::Show(a) => a.json,
            Command::Validate(a) => a.json,
            Command::Doctor(a) => a.json,
            Command::Stress(a) => a.json,
            Command::Grade(a) => a.wants_json(),
            Command::Bench(a) => a.json,
            Command::Stats(a) => a.json,
            Command::Next(a) => a.json,
            Command::Plan(a) => a.json,
            Command::History(a) => a.json,
            Command::Reset(a) => a.json,
            Command::Rate(a) => a.json,
            Command::Known(a) => a.json,
            Command::Mock(a) => a.wants_json(),
            Command::Watch(_) => false,
            Command::Editor(a) => a.json,
            Command::Export(a) => a.json,
            Command::Import(a) => a.json,
        }
    }
}

/// Runs the command: Ok(true) for success (exit 0), Ok(false) for a verdict
/// other than AC or a failed check (exit 1), Err for usage/setup errors (exit 2).
pub fn execute(cli: Cli) -> anyhow::Result<bool> {
    let color = crate::report::color_wanted(cli.no_color);
    match cli.command {
        Command::New(a) => new::execute(a),
        Command::Run(a) => run::execute(a, color),
        Command::List(a) => list::execute(a, color),
        Command::Show(a) => show::execute(a),
        Command::Validate(a) => validate::execute(a, color),
        Command::Doctor(a) => doctor::execute(a),
        Command::Stress(a) => stress::execute(a, color),
        Command::Grade(a) => grade::execute(a, color),
        Command::Bench(a) => bench::execute(a, color),
        Command::Stats(a) => practice::stats(a, color),
        Command::Next(a) => practice::next(a, color),
        Command::Plan(a) => plan::execute(a, color),
        Command::History(a) => practice::show_history(a, color),
        Command::Reset(a) => practice::reset(a),
        Command::Rate(a) => practice::rate(a),
        Command::Known(a) => practice::known(a),
        Command::Mock(a) => mock::execute(a, color),
        Command::Watch(a) => watch::execute(a, color),
        Command::Editor(a) => editor::execute(a),
        Command::Export(a) => practice::export(a),
        Command::Import(a) => practice::import(a),
    }
}

pub use new::template as new_template;

/// A path as the user would type it: relative to the current directory when inside it.
pub fn display_path(path: &std::path::Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(|p| p.display().to_string()))
        .unwrap_or_else(|| path.display().to_string())
}
