//! The practice verbs over the history: `stats`, `next`, `history`, `reset`,
//! `rate`, `known`.

use crate::history::schedule::{self, State};
use crate::history::{self, Event, History};
use crate::plan::{self, Plans};
use crate::problem::{Facts, ProblemSet};
use crate::report::human::Style;
use crate::workspace::Workspace;
use anyhow::{Result, bail};
use serde_json::json;
use std::path::Path;

fn open(ws: &Workspace) -> Result<History> {
    History::open(&History::default_path(&ws.solutions))
}

/// Every problem's state, in catalog order.
pub fn states(set: &ProblemSet, h: &History) -> Result<Vec<(Facts, State)>> {
    let attempts = h.attempts(None)?;
    let events = h.events(None)?;
    Ok(set
        .available()
        .into_iter()
        .map(|f| {
            let a: Vec<_> = attempts.iter().filter(|x| x.problem == f.slug).cloned().collect();
            let e: Vec<_> = events.iter().filter(|x| x.problem == f.slug).cloned().collect();
            (f.clone(), schedule::state(&a, &e))
        })
        .collect())
}

// ------------------------------------------------------------------ stats

#[derive(clap::Args)]
pub struct StatsArgs {
    /// Write the progress page (one self-contained HTML file) to FILE.
    #[arg(long, value_name = "FILE")]
    html: Option<std::path::PathBuf>,
    #[arg(long)]
    pub json: bool,
}

pub fn stats(args: StatsArgs, color: bool) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let h = open(&ws)?;
    if let Some(file) = &args.html {
        return write_progress_page(&set, &Plans::load(&ws.problems)?, &h, file, args.json);
    }
    let facts = set.available();
    let s = history::stats::compute(&facts, &h.attempts(None)?, &h.events(None)?, history::now_ms());
    if args.json {
        println!("{}", serde_json::to_value(&s)?);
        return Ok(true);
    }
    let style = Style { color };
    println!(
        "{}",
        style
            .bold(&format!("solved {}/{} ({} attempted, {} due for review)", s.solved, s.problems, s.attempted, s.due))
    );
    println!(
        "attempts: {}   streak: {} day(s)   failed attempts before a first AC: {}",
        s.attempts,
        s.streak_days,
        s.attempts_before_first_ac.map_or("-".into(), |m| format!("{m:.1} on average"))
    );
    println!("\nby topic:");
    for (topic, p) in &s.by_topic {
        println!("  {topic:<20} {:>2}/{:<2} {}", p.solved, p.total, bar(p.solved, p.total));
    }
    println!("by difficulty:");
    for (d, p) in &s.by_difficulty {
        println!("  {d:<20} {:>2}/{:<2} {}", p.solved, p.total, bar(p.solved, p.total));
    }
    let recent: Vec<String> = s.recent.iter().rev().map(|d| d.attempts.to_string()).collect();
    println!("last 14 days (attempts, oldest first): {}", recent.join(" "));
    if !s.weakest_patterns.is_empty() {
        println!("weakest patterns:");
        for p in &s.weakest_patterns {
            println!(
                "  {:<28} solved {}/{} attempted, {} failed attempts",
                p.pattern, p.solved, p.attempted, p.failures
            );
        }
    }
    Ok(true)
}

/// Writes the progress page to `file`; a file there that the judge did not
/// write is never overwritten.
pub fn write_progress_page(set: &ProblemSet, plans: &Plans, h: &History, file: &Path, json_out: bool) -> Result<bool> {
    let page = crate::progress_page::build(set, plans, h, history::now_ms())?;
    crate::progress_page::write(file, &page)?;
    let shown = super::display_path(file);
    if json_out {
        println!("{}", json!({"file": shown}));
    } else {
        println!("wrote the progress page to {shown}");
    }
    Ok(true)
}

fn bar(done: usize, total: usize) -> String {
    let width = 20;
    let filled = (done * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), ".".repeat(width - filled))
}

// ------------------------------------------------------------------ next

#[derive(clap::Args)]
pub struct NextArgs {
    /// Only the problems due for review today.
    #[arg(long)]
    due: bool,
    /// How many to list (default 5; all with --due).
    #[arg(short = 'n', long)]
    count: Option<usize>,
    #[arg(long)]
    pub json: bool,
}

pub fn next(args: NextArgs, _color: bool) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let h = open(&ws)?;
    let now = history::now_ms();
    let mut ranked = rank(states(&set, &h)?, now, args.due);
    // With an active plan, its unsolved problems come right after the due
    // reviews, in the plan's order.
    let events = h.events(None)?;
    let active = plan::active(&events);
    let plans = Plans::load(&ws.problems)?;
    let followed = active.as_deref().and_then(|id| plans.find(id).ok());
    if let Some(p) = followed
        && !args.due
    {
        let open = plan::next_open(p, &plan::states(&set.available(), &h.attempts(None)?, &events, now));
        ranked = follow_plan(ranked, &open, now);
    }
    let count = args.count.unwrap_or(if args.due { usize::MAX } else { 5 });
    let picked: Vec<&(Facts, State, &str)> = ranked.iter().take(count).collect();
    if args.json {
        let items: Vec<_> = picked
            .iter()
            .map(|(f, s, why)| {
                let due = match s {
                    State::Solved { due_ms, .. } => Some(*due_ms),
                    _ => None,
                };
                json!({"slug": f.slug, "title": f.title, "topic": f.topic, "difficulty": f.difficulty,
                       "state": s.label(now), "reason": why, "due_ms": due})
            })
            .collect();
        let slugs: Vec<&str> = picked.iter().map(|(f, _, _)| f.slug.as_str()).collect();
        println!("{}", json!({"problems": slugs, "items": items, "plan": followed.map(|p| &p.id)}));
        return Ok(true);
    }
    if picked.is_empty() {
        println!(
            "{}",
            if args.due {
                "nothing is due today"
            } else {
                "nothing to practise: every problem is solved and none is due"
            }
        );
    }
    for (f, _, why) in picked {
        println!("{:<50} {:<7} {why}", f.slug, f.difficulty);
    }
    if let Some(p) = followed {
        println!("(following the plan {}: `judge plan {}`)", p.id, p.id);
    }
    Ok(true)
}

/// Due reviews first (as ranked), then the plan's open problems in `plan_order`,
/// then the rest as ranked.
pub fn follow_plan(
    ranked: Vec<(Facts, State, &'static str)>,
    plan_order: &[&str],
    now: i64,
) -> Vec<(Facts, State, &'static str)> {
    let (due, rest): (Vec<_>, Vec<_>) = ranked.into_iter().partition(|(_, s, _)| s.due(now));
    let (mut in_plan, others): (Vec<_>, Vec<_>) =
        rest.into_iter().partition(|(f, _, _)| plan_order.contains(&f.slug.as_str()));
    in_plan.sort_by_key(|(f, _, _)| plan_order.iter().position(|s| *s == f.slug));
    let in_plan = in_plan.into_iter().map(|(f, s, _)| (f, s, "next in your plan"));
    due.into_iter().chain(in_plan).chain(others).collect()
}

/// Most urgent first: due reviews (most overdue first), then problems tried
/// and not solved (most recent first), then new ones in catalog order.
/// Nothing reviewed today comes back today.
pub fn rank(states: Vec<(Facts, State)>, now: i64, due_only: bool) -> Vec<(Facts, State, &'static str)> {
    let mut due = Vec::new();
    let mut open = Vec::new();
    let mut new = Vec::new();
    for (f, s) in states {
        match s {
            State::Solved { due_ms, .. } if due_ms <= now => due.push((f, s, "due for review")),
            State::Attempted { .. } if !due_only => open.push((f, s, "tried, not solved yet")),
            State::New if !due_only => new.push((f, s, "new")),
            _ => {}
        }
    }
    due.sort_by_key(|(_, s, _)| match s {
        State::Solved { due_ms, .. } => *due_ms,
        _ => i64::MAX,
    });
    open.sort_by_key(|(_, s, _)| match s {
        State::Attempted { last_ms } => -last_ms,
        _ => 0,
    });
    due.into_iter().chain(open).chain(new).collect()
}

// ------------------------------------------------------------------ history

#[derive(clap::Args)]
pub struct HistoryArgs {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// Print the source of this attempt (its id from the list).
    #[arg(long, value_name = "ID")]
    show: Option<i64>,
    #[arg(long)]
    pub json: bool,
}

pub fn show_history(args: HistoryArgs, _color: bool) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let slug = set.resolve(&args.problem)?.slug.clone();
    let h = open(&ws)?;
    let attempts = h.attempts(Some(&slug))?;
    if let Some(id) = args.show {
        let Some(a) = attempts.iter().find(|a| a.id == id) else {
            bail!("{slug} has no attempt {id} (`judge history {slug}` lists them)");
        };
        let source = h.snapshot(&a.source_hash)?.unwrap_or_default();
        if args.json {
            println!("{}", json!({"id": a.id, "problem": slug, "verdict": a.verdict, "source": source}));
        } else {
            print!("{source}");
        }
        return Ok(true);
    }
    if args.json {
        let items: Vec<_> = attempts
            .iter()
            .map(|a| {
                json!({"id": a.id, "at_ms": a.at_ms, "kind": a.kind, "verdict": a.verdict, "passed": a.passed,
                            "total": a.total, "max_cpu_ms": a.max_cpu_ms, "peak_heap_bytes": a.peak_heap_bytes,
                            "source_hash": a.source_hash, "session": a.session})
            })
            .collect();
        println!("{}", json!({"problem": slug, "attempts": items}));
        return Ok(true);
    }
    if attempts.is_empty() {
        println!("no attempts at {slug} yet");
    }
    for a in &attempts {
        println!(
            "{:>5}  {}  {:<5} {:<4} {:>4}/{:<4} {:>10}  {}",
            a.id,
            when(a.at_ms),
            a.kind,
            a.verdict,
            a.passed,
            a.total,
            crate::report::duration(std::time::Duration::from_secs_f64(a.max_cpu_ms / 1e3)),
            &a.source_hash[..8.min(a.source_hash.len())]
        );
    }
    if !attempts.is_empty() {
        println!("(`judge history {slug} --show ID` prints that attempt's source)");
    }
    Ok(true)
}

/// `2026-11-25 14:03 UTC`
fn when(ms: i64) -> String {
    use chrono::TimeZone;
    chrono::Utc.timestamp_millis_opt(ms).single().map_or("-".into(), |t| t.format("%Y-%m-%d %H:%M UTC").to_string())
}

// ------------------------------------------------------------------ reset

#[derive(clap::Args)]
pub struct ResetArgs {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    #[arg(long)]
    pub json: bool,
}

/// Back to the template; the current file is kept as a snapshot first.
pub fn reset(args: ResetArgs) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let problem = set.load(&args.problem)?;
    let path = ws.solution_path(problem.slug());
    let h = open(&ws)?;
    let kept = match std::fs::read_to_string(&path) {
        Ok(current) => {
            let hash = h.keep_snapshot(&current)?;
            h.record_event(&Event {
                problem: problem.slug().into(),
                at_ms: history::now_ms(),
                kind: "reset".into(),
                detail: Some(hash.clone()),
                session: None,
            })?;
            Some(hash)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => bail!("cannot read {}: {e}", path.display()),
    };
    crate::workspace::write_atomically(&path, &super::new::template(&problem))?;
    super::new::refresh_editor(&ws, &set);
    let shown = super::display_path(&path);
    if args.json {
        println!("{}", json!({"problem": problem.slug(), "file": shown, "snapshot": kept}));
    } else {
        println!("{shown} is the template again");
        if let Some(hash) = kept {
            println!(
                "your previous file is kept in the history (snapshot {}): `judge history {}`",
                &hash[..8],
                problem.slug()
            );
        }
    }
    Ok(true)
}

// ------------------------------------------------------------------ rate, known

#[derive(clap::Args)]
pub struct RateArgs {
    /// Problem: slug, LeetCode number, or unique slug prefix.
    problem: String,
    /// How the last solve went: again, hard, good or easy.
    rating: String,
    #[arg(long)]
    pub json: bool,
}

/// Overrides the automatic rating of the last solve.
pub fn rate(args: RateArgs) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let slug = set.resolve(&args.problem)?.slug.clone();
    if schedule::parse_rating(&args.rating).is_none() {
        bail!("rating `{}`: say again, hard, good or easy", args.rating);
    }
    let h = open(&ws)?;
    let attempts = h.attempts(Some(&slug))?;
    if !attempts.iter().any(|a| a.accepted()) && !h.events(Some(&slug))?.iter().any(|e| e.kind == "known") {
        bail!("{slug} has no accepted attempt to rate yet");
    }
    h.record_event(&Event {
        problem: slug.clone(),
        at_ms: history::now_ms(),
        kind: "rated".into(),
        detail: Some(args.rating.clone()),
        session: None,
    })?;
    report_state(&set, &h, &slug, args.json)
}

#[derive(clap::Args)]
pub struct KnownArgs {
    /// Problems you solved before using the judge.
    #[arg(required = true)]
    problems: Vec<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn known(args: KnownArgs) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let slugs: Vec<String> =
        args.problems.iter().map(|p| set.resolve(p).map(|f| f.slug.clone())).collect::<Result<_>>()?;
    let h = open(&ws)?;
    for slug in &slugs {
        h.record_event(&Event {
            problem: slug.clone(),
            at_ms: history::now_ms(),
            kind: "known".into(),
            detail: None,
            session: None,
        })?;
    }
    if args.json {
        println!("{}", json!({"known": slugs}));
    } else {
        for slug in &slugs {
            report_state(&set, &h, slug, false)?;
        }
    }
    Ok(true)
}

fn report_state(set: &ProblemSet, h: &History, slug: &str, json_out: bool) -> Result<bool> {
    let now = history::now_ms();
    let state = states(set, h)?.into_iter().find(|(f, _)| f.slug == slug).map(|(_, s)| s).unwrap_or(State::New);
    let due = match state {
        State::Solved { due_ms, .. } => Some(due_ms),
        _ => None,
    };
    if json_out {
        println!("{}", json!({"problem": slug, "state": state.label(now), "due_ms": due}));
    } else {
        println!(
            "{slug}: {}{}",
            state.label(now),
            due.map(|d| format!(", next review {}", when(d))).unwrap_or_default()
        );
    }
    Ok(true)
}

// ------------------------------------------------------------------ export, import

#[derive(clap::Args)]
pub struct ExportArgs {
    /// Where to write the history (JSON); `-` for standard output.
    file: String,
    #[arg(long)]
    pub json: bool,
}

pub fn export(args: ExportArgs) -> Result<bool> {
    let ws = Workspace::locate()?;
    let dump = open(&ws)?.dump()?;
    let text = serde_json::to_string_pretty(&dump)?;
    if args.file == "-" {
        println!("{text}");
        return Ok(true);
    }
    let path = std::path::Path::new(&args.file);
    if path.exists() {
        bail!("{} exists: judge never overwrites a file (choose another name)", path.display());
    }
    crate::workspace::write_atomically(path, &text)?;
    if args.json {
        println!("{}", json!({"file": args.file, "attempts": dump.attempts.len(), "events": dump.events.len()}));
    } else {
        println!("wrote {} attempts and {} events to {}", dump.attempts.len(), dump.events.len(), args.file);
    }
    Ok(true)
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// A file written by `judge export`.
    file: std::path::PathBuf,
    #[arg(long)]
    pub json: bool,
}

pub fn import(args: ImportArgs) -> Result<bool> {
    let ws = Workspace::locate()?;
    let text =
        std::fs::read_to_string(&args.file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", args.file.display()))?;
    let dump: history::Dump = serde_json::from_str(&text).map_err(|e| crate::problem::json_error(&args.file, &e))?;
    let (attempts, events) = open(&ws)?.import(&dump)?;
    if args.json {
        println!("{}", json!({"added_attempts": attempts, "added_events": events}));
    } else {
        println!("imported {attempts} attempts and {events} events (records already here were skipped)");
    }
    Ok(true)
}
