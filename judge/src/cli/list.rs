//! `judge list`: the problems, with the user's status.

use crate::problem::ProblemSet;
use crate::report::human::Style;
use crate::workspace::Workspace;
use anyhow::{Result, bail};
use serde_json::json;

#[derive(clap::Args)]
pub struct Args {
    /// Only this topic (see `judge list` for the topics in the catalog).
    #[arg(long)]
    topic: Option<String>,
    /// Only this difficulty (easy, medium, hard).
    #[arg(long)]
    difficulty: Option<String>,
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args, color: bool) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    if let Some(t) = &args.topic
        && !set.topics.contains(t)
    {
        bail!("unknown topic `{t}`; topics: {}", set.topics.join(", "));
    }
    // Status from the history (new, attempted, solved, due); the older
    // status file where the history cannot be read.
    let now = crate::history::now_ms();
    let from_history: Option<std::collections::HashMap<String, String>> =
        match crate::history::History::open(&crate::history::History::default_path(&ws.solutions)) {
            Ok(h) => Some(
                super::practice::states(&set, &h)?
                    .into_iter()
                    .map(|(f, s)| (f.slug, s.label(now).to_string()))
                    .collect(),
            ),
            Err(e) => {
                eprintln!("warning: {e:#}");
                None
            }
        };
    let status = ws.status();
    let style = Style { color };
    let mut rows = Vec::new();
    for f in set.available() {
        if args.topic.as_ref().is_some_and(|t| *t != f.topic)
            || args.difficulty.as_ref().is_some_and(|d| *d != f.difficulty)
        {
            continue;
        }
        let recorded = from_history.as_ref().and_then(|m| m.get(&f.slug)).filter(|s| *s != "new");
        let state = match (recorded, status.problems.get(&f.slug)) {
            (Some(s), _) => s.clone(),
            (None, Some(s)) if s.solved => "solved".to_string(),
            (None, Some(_)) => "attempted".to_string(),
            (None, None) => "new".to_string(),
        };
        rows.push((f, state));
    }
    if args.json {
        let items: Vec<_> = rows
            .iter()
            .map(|(f, state)| {
                json!({"id": f.id, "slug": f.slug, "title": f.title, "topic": f.topic, "difficulty": f.difficulty,
                       "stars": f.stars, "patterns": f.patterns, "status": state})
            })
            .collect();
        println!("{}", json!({ "problems": items }));
        return Ok(true);
    }
    println!("{}", style.bold(&format!("{:>5}  {:<56} {:<7} {:<18} {}", "#", "problem", "level", "topic", "status")));
    for (f, state) in &rows {
        let state = if state == "solved" { style.good(state) } else { state.clone() };
        println!("{:>5}  {:<56} {:<7} {:<18} {}", f.id, f.slug, f.difficulty, f.topic, state);
    }
    let solved = rows.iter().filter(|(_, s)| s == "solved").count();
    println!("{}", style.dim(&format!("{} problems, {solved} solved", rows.len())));
    Ok(true)
}
