//! The progress page (`judge stats --html FILE`, `judge plan --html FILE`):
//! everything the history says, gathered here and drawn by `render` as one
//! self-contained HTML file (inline CSS and SVG, no scripts, no network).

mod render;

use crate::history::schedule::{self, State};
use crate::history::stats::{self, Stats};
use crate::history::{Attempt, History};
use crate::plan::{self, PlanProgress, Plans};
use crate::problem::ProblemSet;
use anyhow::{Context, Result, bail};
use std::collections::BTreeMap;
use std::path::Path;

pub(crate) const DAY_MS: i64 = 24 * 3600 * 1000;
/// How far ahead the page lists reviews.
pub const REVIEW_DAYS: i64 = 14;
/// In every page the judge writes: a file with it may be rewritten, any other never.
pub const GENERATOR: &str = "judge progress page";

/// One day of activity (UTC days).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DayActivity {
    pub attempts: usize,
    pub accepted: usize,
}

/// A review due within `REVIEW_DAYS` (or overdue).
#[derive(Debug, Clone)]
pub struct UpcomingReview {
    pub slug: String,
    pub title: String,
    pub due_ms: i64,
}

/// A mock session and how it went.
#[derive(Debug, Clone)]
pub struct SessionSummary {
    pub id: String,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    pub minutes: i64,
    pub problems: usize,
    pub solved: usize,
    /// (slug, title, last verdict in the session); empty while the session
    /// runs, so the page never gives its problems away.
    pub results: Vec<(String, String, Option<String>)>,
}

pub struct Page {
    pub now_ms: i64,
    pub stats: Stats,
    /// Day index (days since the epoch) -> activity.
    pub days: BTreeMap<i64, DayActivity>,
    pub plans: Vec<PlanProgress>,
    pub reviews: Vec<UpcomingReview>,
    pub sessions: Vec<SessionSummary>,
}

/// Gathers the page's contents from the history.
pub fn gather(set: &ProblemSet, plans: &Plans, h: &History, now_ms: i64) -> Result<Page> {
    let facts = set.available();
    let attempts = h.attempts(None)?;
    let events = h.events(None)?;
    let stats = stats::compute(&facts, &attempts, &events, now_ms);
    let states = plan::states(&facts, &attempts, &events, now_ms);
    let plans_progress = plan::progress(plans, &states, plan::active(&events).as_deref());

    let mut days: BTreeMap<i64, DayActivity> = BTreeMap::new();
    for a in &attempts {
        let d = days.entry(a.at_ms.div_euclid(DAY_MS)).or_default();
        d.attempts += 1;
        d.accepted += a.accepted() as usize;
    }

    let horizon = now_ms + REVIEW_DAYS * DAY_MS;
    let mut reviews = Vec::new();
    for f in &facts {
        let mine: Vec<Attempt> = attempts.iter().filter(|a| a.problem == f.slug).cloned().collect();
        let theirs: Vec<_> = events.iter().filter(|e| e.problem == f.slug).cloned().collect();
        if let State::Solved { due_ms, .. } = schedule::state(&mine, &theirs)
            && due_ms <= horizon
        {
            reviews.push(UpcomingReview { slug: f.slug.clone(), title: f.title.clone(), due_ms });
        }
    }
    reviews.sort_by(|a, b| a.due_ms.cmp(&b.due_ms).then_with(|| a.slug.cmp(&b.slug)));

    let mut sessions = Vec::new();
    for row in h.sessions()? {
        let s = crate::mock::find(h, Some(&row.id))?;
        let in_session: Vec<&Attempt> = attempts.iter().filter(|a| a.session.as_deref() == Some(&s.id)).collect();
        let verdict_of = |slug: &str| in_session.iter().rev().find(|a| a.problem == slug).map(|a| a.verdict.clone());
        let solved_here = |slug: &str| in_session.iter().any(|a| a.problem == slug && a.accepted());
        let results = match s.ended_ms {
            Some(_) => s
                .problems
                .iter()
                .map(|p| {
                    let title = facts.iter().find(|f| f.slug == p.slug).map_or(p.slug.clone(), |f| f.title.clone());
                    (p.slug.clone(), title, verdict_of(&p.slug))
                })
                .collect(),
            None => Vec::new(),
        };
        sessions.push(SessionSummary {
            minutes: (s.deadline_ms - s.started_ms) / 60_000,
            problems: s.problems.len(),
            solved: s.problems.iter().filter(|p| solved_here(&p.slug)).count(),
            results,
            id: s.id,
            started_ms: s.started_ms,
            ended_ms: s.ended_ms,
        });
    }
    sessions.sort_by_key(|s| std::cmp::Reverse(s.started_ms));

    Ok(Page { now_ms, stats, days, plans: plans_progress, reviews, sessions })
}

/// The whole page as HTML.
pub fn build(set: &ProblemSet, plans: &Plans, h: &History, now_ms: i64) -> Result<String> {
    Ok(render::html(&gather(set, plans, h, now_ms)?))
}

/// Writes the page to `file`. The judge may replace a page it wrote before
/// (it carries the generator mark); any other existing file is the user's
/// and is never overwritten.
pub fn write(file: &Path, page: &str) -> Result<()> {
    if file.is_dir() {
        bail!("{} is a folder: name the HTML file to write", file.display());
    }
    if file.exists() {
        let old = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let mark = format!("<meta name=\"generator\" content=\"{GENERATOR}\">");
        if !String::from_utf8_lossy(&old).contains(&mark) {
            bail!(
                "{} exists and is not a progress page judge wrote: never overwritten (choose another name)",
                file.display()
            );
        }
    }
    crate::workspace::write_atomically(file, page)
}
