//! `judge mock`: a timed mock interview. `judge mock` alone starts one with a
//! live view; the subcommands drive it from scripts (`start`, `status`,
//! `end`, `report`) or by hand (`show`, `hint`, `give-up`, `run`).

use crate::history::{self, Event, History};
use crate::judging::{Context, reference};
use crate::mock::{self, PickOptions, Session, report};
use anyhow::{Context as _, Result, bail};
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Option<Sub>,
    #[command(flatten)]
    start: StartArgs,
}

#[derive(clap::Args, Clone)]
pub struct StartArgs {
    /// How many problems.
    #[arg(long, default_value_t = 2)]
    count: usize,
    /// Minutes on the clock.
    #[arg(long, default_value_t = 45)]
    minutes: u64,
    #[arg(long)]
    topic: Option<String>,
    /// easy, medium or hard.
    #[arg(long)]
    difficulty: Option<String>,
    /// Seed of the pick (default: from the clock).
    #[arg(long)]
    seed: Option<u64>,
    /// Allow problems solved in the last few days.
    #[arg(long)]
    include_recent: bool,
    /// Pick from this study plan only (`judge plan` lists them); the active plan is favoured anyway.
    #[arg(long, value_name = "ID")]
    plan: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::Subcommand)]
enum Sub {
    /// Start a session without the live view (prints its id, problems, files, deadline).
    Start(StartArgs),
    /// The running session: time left, each problem's status.
    Status(JsonArg),
    /// End the running session and write its report (Markdown and HTML).
    End(JsonArg),
    /// Print a session's report (default: the newest).
    Report(ReportArgs),
    /// The statement of problem N (spoiler-free).
    Show(NumberArg),
    /// Reveal the next hint of problem N (recorded).
    Hint(NumberArg),
    /// Give up on problem N: shows the reference (recorded).
    GiveUp(NumberArg),
    /// Judge problem N's file (same as `judge run <slug>` during the session).
    Run(NumberArg),
    /// Past sessions.
    List(JsonArg),
}

#[derive(clap::Args)]
struct JsonArg {
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
struct NumberArg {
    /// The problem's number in the session (1, 2, ...).
    number: usize,
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
struct ReportArgs {
    /// Session id (or a prefix); default: the newest.
    id: Option<String>,
    /// Print the HTML page instead of Markdown.
    #[arg(long)]
    html: bool,
    #[arg(long)]
    json: bool,
}

impl Args {
    pub fn wants_json(&self) -> bool {
        match &self.command {
            None => self.start.json,
            Some(Sub::Start(a)) => a.json,
            Some(Sub::Status(a) | Sub::End(a) | Sub::List(a)) => a.json,
            Some(Sub::Report(a)) => a.json,
            Some(Sub::Show(a) | Sub::Hint(a) | Sub::GiveUp(a) | Sub::Run(a)) => a.json,
        }
    }
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ctx = Context::open()?;
    let h = History::open(&History::default_path(&ctx.workspace.solutions))?;
    match args.command {
        None => {
            let session = start(&ctx, &h, &args.start)?;
            super::mock_live::run(&ctx, &h, session, color)
        }
        Some(Sub::Start(a)) => {
            let session = start(&ctx, &h, &a)?;
            print_started(&session, a.json);
            Ok(true)
        }
        Some(Sub::Status(a)) => status(&h, a.json),
        Some(Sub::End(a)) => {
            let session = running(&h)?;
            let r = end(&ctx, &h, &session)?;
            print_end(&session, &r, a.json);
            Ok(true)
        }
        Some(Sub::Report(a)) => {
            let session = mock::find(&h, a.id.as_deref())?;
            let r = build_report(&ctx, &h, &session, session.ended_ms.unwrap_or_else(history::now_ms))?;
            if a.json {
                println!("{}", serde_json::to_value(&r)?);
            } else if a.html {
                print!("{}", report::html(&r));
            } else {
                print!("{}", report::markdown(&r));
            }
            Ok(true)
        }
        Some(Sub::Show(a)) => {
            let session = running(&h)?;
            let p = session.problem(a.number)?;
            let problem = ctx.problems.load(&p.slug)?;
            let text = mock::statement(&problem)?;
            if a.json {
                println!("{}", json!({"number": a.number, "statement": text, "signature": problem.facts.signature}));
            } else {
                println!("Problem {}\n\n{}\nSignature: {}", a.number, text.trim_end(), problem.facts.signature);
            }
            Ok(true)
        }
        Some(Sub::Hint(a)) => {
            let session = running(&h)?;
            let (n, text) = next_hint(&ctx, &h, &session, a.number)?;
            if a.json {
                println!("{}", json!({"number": a.number, "hint": n, "text": text}));
            } else {
                println!("Hint {n} for problem {}: {text}", a.number);
            }
            Ok(true)
        }
        Some(Sub::GiveUp(a)) => {
            let session = running(&h)?;
            let source = give_up(&ctx, &h, &session, a.number)?;
            if a.json {
                println!("{}", json!({"number": a.number, "solution": source}));
            } else {
                println!("Problem {}: you gave up; the reference:\n\n{source}", a.number);
            }
            Ok(true)
        }
        Some(Sub::Run(a)) => {
            let session = running(&h)?;
            let p = session.problem(a.number)?;
            let mut run_args = vec!["judge".to_string(), "run".into(), p.slug.clone()];
            if a.json {
                run_args.push("--json".into());
            }
            let cli = <super::Cli as clap::Parser>::try_parse_from(run_args)?;
            super::execute(cli)
        }
        Some(Sub::List(a)) => {
            let sessions: Vec<Session> =
                h.sessions()?.into_iter().map(|row| mock::find(&h, Some(&row.id))).collect::<Result<_>>()?;
            if a.json {
                let items: Vec<_> = sessions
                    .iter()
                    .map(|s| {
                        json!({"id": s.id, "started_ms": s.started_ms, "ended_ms": s.ended_ms,
                                    "problems": s.problems.len()})
                    })
                    .collect();
                println!("{}", json!({"sessions": items}));
            } else {
                for s in &sessions {
                    println!(
                        "{}  {} problem(s)  {}",
                        s.id,
                        s.problems.len(),
                        if s.ended_ms.is_some() { "ended" } else { "running" }
                    );
                }
            }
            Ok(true)
        }
    }
}

fn running(h: &History) -> Result<Session> {
    match mock::active(h)? {
        Some(s) => Ok(s),
        None => bail!("no mock session is running: `judge mock start` (or `judge mock` for the live view)"),
    }
}

pub fn start(ctx: &Context, h: &History, a: &StartArgs) -> Result<Session> {
    if a.count == 0 || a.minutes == 0 {
        bail!("a mock needs at least one problem and one minute");
    }
    if let Some(t) = &a.topic
        && !ctx.problems.topics.contains(t)
    {
        bail!("unknown topic `{t}`; topics: {}", ctx.problems.topics.join(", "));
    }
    let now = history::now_ms();
    let seed = a.seed.unwrap_or(now as u64);
    let states = super::practice::states(&ctx.problems, h)?;
    let opts = PickOptions {
        count: a.count,
        topic: a.topic.clone(),
        difficulty: a.difficulty.clone(),
        seed,
        include_recent: a.include_recent,
        only: None,
        favour: Vec::new(),
    };
    let opts = from_plans(ctx, h, a.plan.as_deref(), opts)?;
    let picked = mock::pick(&states, &opts, now)?;
    let problems: Vec<_> = picked.iter().map(|f| ctx.problems.load(&f.slug)).collect::<Result<_>>()?;
    let session = mock::start(h, &ctx.workspace.solutions, &problems, a.minutes, now, seed)?;
    let files: Vec<_> = session.problems.iter().map(|p| (p.slug.clone(), p.file.clone())).collect();
    if let Err(e) = crate::editor::refresh(&ctx.workspace.solutions, &ctx.problems, &files) {
        eprintln!("note: editor support not refreshed: {e:#}");
    }
    Ok(session)
}

/// `--plan ID` restricts the pick to that plan; otherwise the active plan's
/// problems come first.
fn from_plans(ctx: &Context, h: &History, chosen: Option<&str>, opts: PickOptions) -> Result<PickOptions> {
    let plans = crate::plan::Plans::load(&ctx.problems.root)?;
    if let Some(id) = chosen {
        let only: Vec<String> = plans.find(id)?.slugs().into_iter().map(String::from).collect();
        if !ctx.problems.available().iter().any(|f| only.contains(&f.slug)) {
            bail!("none of the problems of plan `{id}` is available here yet (`judge plan {id}`)");
        }
        return Ok(PickOptions { only: Some(only), ..opts });
    }
    let active = crate::plan::active(&h.events(None)?);
    let favour = match active.as_deref().and_then(|id| plans.find(id).ok()) {
        Some(p) => p.slugs().into_iter().map(String::from).collect(),
        None => Vec::new(),
    };
    Ok(PickOptions { favour, ..opts })
}

fn print_started(s: &Session, json_out: bool) {
    if json_out {
        let problems: Vec<_> = s
            .problems
            .iter()
            .enumerate()
            .map(|(k, p)| json!({"number": k + 1, "slug": p.slug, "file": p.file.display().to_string()}))
            .collect();
        println!(
            "{}",
            json!({"id": s.id, "problems": problems, "deadline_ms": s.deadline_ms, "started_ms": s.started_ms,
                   "dir": s.dir.display().to_string()})
        );
        return;
    }
    println!("mock session {} started: {} minutes", s.id, (s.deadline_ms - s.started_ms) / 60_000);
    for (k, p) in s.problems.iter().enumerate() {
        println!("  problem {}: {}   (`judge mock show {}`)", k + 1, super::display_path(&p.file), k + 1);
    }
    println!("judge a file with `judge mock run N`; `judge mock status`; `judge mock end` when done");
}

fn status(h: &History, json_out: bool) -> Result<bool> {
    let s = running(h)?;
    let now = history::now_ms();
    let attempts = h.attempts(None)?;
    let rows: Vec<(usize, Option<String>, usize)> = s
        .problems
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let mine: Vec<_> =
                attempts.iter().filter(|a| a.problem == p.slug && a.session.as_deref() == Some(&s.id)).collect();
            (k + 1, mine.last().map(|a| a.verdict.clone()), mine.len())
        })
        .collect();
    if json_out {
        let problems: Vec<_> = rows
            .iter()
            .zip(&s.problems)
            .map(|((n, v, count), p)| {
                json!({"number": n, "slug": p.slug, "file": p.file.display().to_string(),
                                              "verdict": v, "attempts": count})
            })
            .collect();
        println!(
            "{}",
            json!({"id": s.id, "remaining_ms": s.remaining_ms(now), "deadline_ms": s.deadline_ms,
                   "time_up": now >= s.deadline_ms, "problems": problems})
        );
    } else {
        println!("mock session {}: {} left", s.id, report::clock(s.remaining_ms(now)));
        for (n, v, count) in rows {
            println!("  problem {n}: {} ({count} attempt(s))", v.as_deref().unwrap_or("not run yet"));
        }
        if now >= s.deadline_ms {
            println!("time is up: `judge mock end` writes the report");
        }
    }
    Ok(true)
}

pub fn build_report(ctx: &Context, h: &History, s: &Session, ended_ms: i64) -> Result<report::Report> {
    let facts: Vec<_> = ctx.problems.available().into_iter().cloned().collect();
    let reference = |slug: &str| -> Option<(f64, Option<u64>)> {
        let problem = ctx.problems.load(slug).ok()?;
        let (_, profile) = reference::answered_tests(ctx, &problem).ok()?;
        Some((profile.slowest_ns() as f64 / 1e6, profile.peak_heap()))
    };
    Ok(report::build(s, &facts, &h.attempts(None)?, &h.events(None)?, &reference, ended_ms))
}

/// Ends the session and writes `report.md` and `report.html` in its folder.
pub fn end(ctx: &Context, h: &History, s: &Session) -> Result<report::Report> {
    let now = history::now_ms();
    h.end_session(&s.id, now)?;
    let r = build_report(ctx, h, s, now)?;
    std::fs::write(s.dir.join("report.md"), report::markdown(&r))
        .with_context(|| format!("cannot write the report in {}", s.dir.display()))?;
    std::fs::write(s.dir.join("report.html"), report::html(&r))?;
    Ok(r)
}

pub fn print_end(s: &Session, r: &report::Report, json_out: bool) {
    let md = s.dir.join("report.md");
    let page = s.dir.join("report.html");
    if json_out {
        let problems: Vec<_> = r
            .problems
            .iter()
            .map(|p| {
                json!({"number": p.number, "slug": p.slug, "title": p.title, "verdict": p.verdict,
                             "attempts": p.attempts.len(), "first_ac_after_ms": p.first_ac_after_ms,
                             "hints": p.hints, "gave_up": p.gave_up})
            })
            .collect();
        println!(
            "{}",
            json!({"id": r.id, "problems": problems, "solved": r.solved, "time_used_ms": r.time_used_ms,
                   "report_md": md.display().to_string(), "report_html": page.display().to_string()})
        );
    } else {
        print!("{}", report::markdown(r));
        println!("report: {} and {}", super::display_path(&md), super::display_path(&page));
    }
}

/// The next unrevealed hint of problem `n` (recorded in the session).
pub fn next_hint(ctx: &Context, h: &History, s: &Session, n: usize) -> Result<(usize, String)> {
    let p = s.problem(n)?;
    let problem = ctx.problems.load(&p.slug)?;
    let text = std::fs::read_to_string(problem.statement_path())?;
    let (_, hints) = super::show::split_hints(&text);
    let seen =
        h.events(Some(&p.slug))?.iter().filter(|e| e.kind == "hint" && e.session.as_deref() == Some(&s.id)).count();
    if seen >= hints.len() {
        bail!("problem {n} has no more hints ({} shown)", hints.len());
    }
    h.record_event(&Event {
        problem: p.slug.clone(),
        at_ms: history::now_ms(),
        kind: "hint".into(),
        detail: Some((seen + 1).to_string()),
        session: Some(s.id.clone()),
    })?;
    Ok((seen + 1, hints[seen].clone()))
}

/// Records the give-up and returns the reference.
pub fn give_up(ctx: &Context, h: &History, s: &Session, n: usize) -> Result<String> {
    let p = s.problem(n)?;
    let problem = ctx.problems.load(&p.slug)?;
    h.record_event(&Event {
        problem: p.slug.clone(),
        at_ms: history::now_ms(),
        kind: "gave-up".into(),
        detail: None,
        session: Some(s.id.clone()),
    })?;
    std::fs::read_to_string(problem.reference_path()).context("cannot read the reference")
}
