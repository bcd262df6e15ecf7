//! `judge watch`: re-judge on every save, like rustlings' watch.

use crate::judging::Context;
use crate::watch::FileWatch;
use anyhow::{Result, bail};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Problem to watch (default: every solution in solutions/).
    problem: Option<String>,
    /// Watch this file instead of solutions/<slug>.rs.
    #[arg(long, requires = "problem")]
    file: Option<PathBuf>,
}

pub fn execute(args: Args, _color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let targets: Vec<(String, PathBuf)> = match &args.problem {
        Some(name) => {
            let slug = ctx.problems.resolve(name)?.slug.clone();
            let path = args.file.clone().unwrap_or_else(|| ctx.workspace.solution_path(&slug));
            if !path.is_file() {
                bail!("no solution at {}: `judge new {slug}` writes one", super::display_path(&path));
            }
            vec![(slug, path)]
        }
        None => {
            let known: Vec<String> = ctx.problems.available().iter().map(|f| f.slug.clone()).collect();
            let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(&ctx.workspace.solutions)
                .into_iter()
                .flatten()
                .flatten()
                .filter_map(|e| {
                    let path = e.path();
                    let stem = path.file_stem()?.to_str()?.to_string();
                    (path.extension()? == "rs" && known.contains(&stem)).then_some((stem, path))
                })
                .collect();
            found.sort();
            if found.is_empty() {
                bail!(
                    "no solutions in {} to watch: `judge new <problem>` first",
                    super::display_path(&ctx.workspace.solutions)
                );
            }
            found
        }
    };
    let mut watch = FileWatch::new(targets.iter().map(|(_, p)| p.clone()).collect());
    let tty = std::io::stdout().is_terminal();
    if let [(slug, path)] = targets.as_slice() {
        judge_once(slug, path, tty, watch.degraded.as_deref());
    } else {
        println!(
            "watching {} solutions in {} (Ctrl-C to stop)",
            targets.len(),
            super::display_path(&ctx.workspace.solutions)
        );
    }
    loop {
        for file in watch.wait(Duration::from_secs(3600)) {
            if let Some((slug, path)) = targets.iter().find(|(_, p)| *p == file) {
                judge_once(slug, path, tty, watch.degraded.as_deref());
            }
        }
    }
}

fn judge_once(slug: &str, path: &std::path::Path, tty: bool, degraded: Option<&str>) {
    if tty {
        print!("\x1b[2J\x1b[H");
    }
    let time = chrono::Local::now().format("%H:%M:%S");
    println!("judge watch: {} ({time})\n", super::display_path(path));
    let argv = ["judge", "run", slug, "--file", &path.display().to_string()].map(String::from);
    match <super::Cli as clap::Parser>::try_parse_from(argv).map_err(anyhow::Error::from).and_then(super::execute) {
        Ok(_) => {}
        Err(e) => println!("error: {e:#}"),
    }
    println!(
        "\nwatching {} for changes (Ctrl-C to stop){}",
        super::display_path(path),
        degraded.map(|d| format!("; {d}")).unwrap_or_default()
    );
}
