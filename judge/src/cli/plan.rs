//! `judge plan`: the roadmap's study plans with the user's progress, the
//! next problem of a plan, and the plan `judge next` and `judge mock` favour.

use crate::history::{self, History};
use crate::plan::{self, PlanProgress, PlanState, Plans};
use crate::problem::ProblemSet;
use crate::report::human::Style;
use crate::workspace::Workspace;
use anyhow::{Result, bail};
use serde_json::json;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A plan's id (see `judge plan`): its groups and each problem's state.
    id: Option<String>,
    /// The next problem of the plan to work on (default: the active plan's).
    #[arg(long, conflicts_with_all = ["start", "stop"])]
    next: bool,
    /// Make the plan the active one: `judge next` and `judge mock` favour it.
    #[arg(long, requires = "id", conflicts_with = "stop")]
    start: bool,
    /// Follow no plan any more.
    #[arg(long, conflicts_with = "id")]
    stop: bool,
    /// Write the progress page (one self-contained HTML file) to FILE.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["next", "start", "stop"])]
    html: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let plans = Plans::load(&ws.problems)?;
    let h = History::open(&History::default_path(&ws.solutions))?;
    if let Some(file) = &args.html {
        return super::practice::write_progress_page(&set, &plans, &h, file, args.json);
    }
    if let Some(id) = &args.id {
        plans.find(id)?;
    }
    let now = history::now_ms();
    if args.start || args.stop {
        let id = if args.start { args.id.as_deref() } else { None };
        h.record_event(&plan::activation(id, now))?;
    }
    let events = h.events(None)?;
    let active = plan::active(&events);
    let states = plan::states(&set.available(), &h.attempts(None)?, &events, now);
    let progress = plan::progress(&plans, &states, active.as_deref());
    let chosen = args.id.as_deref().or(if args.next { active.as_deref() } else { None });
    let shown: Vec<&PlanProgress> = progress.iter().filter(|p| chosen.is_none_or(|id| p.id == id)).collect();

    if args.stop {
        if args.json {
            println!("{}", json!({"active": null}));
        } else {
            println!("no active plan: `judge next` and `judge mock` pick from every problem again");
        }
        return Ok(true);
    }
    if args.next {
        let Some(p) = shown.first().filter(|_| chosen.is_some()) else {
            bail!("no active plan: name one (`judge plan ID --next`; `judge plan` lists them)");
        };
        if args.json {
            println!(
                "{}",
                json!({"plan": p.id, "slug": p.next, "title": p.next.as_deref().map(|s| plans.title_of(s)),
                       "group": p.current_group})
            );
        } else {
            match (&p.next, &p.current_group) {
                (Some(slug), group) => {
                    println!("{slug}   {}   ({})", plans.title_of(slug), group.as_deref().unwrap_or(""))
                }
                (None, _) if p.available == 0 => println!("{}: its problems are not available yet", p.id),
                (None, _) if p.available < p.total => println!(
                    "{}: every available problem is solved ({} not available yet)",
                    p.id,
                    p.total - p.available
                ),
                (None, _) => println!("{}: done, every problem is solved", p.id),
            }
        }
        return Ok(true);
    }
    if args.json {
        let value = if args.start {
            json!({"active": active, "plans": shown})
        } else {
            json!({"plans": shown, "active": active})
        };
        println!("{value}");
        return Ok(true);
    }
    let style = Style { color };
    if args.start {
        println!("{} is the active plan: `judge next` and `judge mock` favour it", args.id.as_deref().unwrap_or(""));
    }
    if chosen.is_some() && !args.start {
        for p in &shown {
            print_plan(p, &style);
        }
    } else {
        print_summary(&progress, &style);
    }
    Ok(true)
}

fn print_summary(progress: &[PlanProgress], style: &Style) {
    println!("{}", style.bold(&format!("  {:<12} {:>9}  {}", "plan", "solved", "where you are")));
    for p in progress {
        let marker = if p.active { "*" } else { " " };
        let place = match (&p.current_group, &p.next) {
            (Some(g), Some(n)) => format!("{g} (next: {n})"),
            _ if p.solved == p.total => "done".to_string(),
            _ if p.available == 0 => "its problems are not available yet".to_string(),
            _ => format!("every available problem solved ({} not available yet)", p.total - p.available),
        };
        println!("{marker} {:<12} {:>4}/{:<4}  {place}", p.id, p.solved, p.total);
    }
    println!(
        "{}",
        style.dim("(* the active plan; `judge plan ID` shows its groups, `judge plan ID --start` follows it)")
    );
}

fn print_plan(p: &PlanProgress, style: &Style) {
    let active = if p.active { " (active)" } else { "" };
    println!("{}", style.bold(&format!("{}: {}{active}   {}/{} solved", p.id, p.title, p.solved, p.total)));
    for g in &p.groups {
        let here = if p.current_group.as_deref() == Some(g.title.as_str()) { "  <- you are here" } else { "" };
        println!("\n{}{here}", style.bold(&format!("{}   {}/{}", g.title, g.solved, g.total)));
        for problem in &g.problems {
            let state = match problem.state {
                PlanState::Solved => style.good("solved"),
                PlanState::Unavailable => style.dim("not available yet"),
                s => s.name().to_string(),
            };
            println!("  {:<48} {state}", problem.slug);
        }
    }
}
