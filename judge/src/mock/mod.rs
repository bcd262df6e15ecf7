//! Mock interviews: problems picked for the user, fresh files in their own
//! folder (`solutions/mock-<id>/`), a deadline, every `judge run` of them
//! recorded in the session, and a report at the end.
//!
//! Spoiler-free: until the session ends, its problems are "problem 1", "problem
//! 2": files, templates and statements carry no title, topic, pattern or
//! difficulty.

pub mod report;

use crate::history::schedule::State;
use crate::history::{History, SessionRow};
use crate::problem::{Facts, Problem};
use anyhow::{Context, Result, bail};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// One problem of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MockProblem {
    pub slug: String,
    pub file: PathBuf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub id: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub ended_ms: Option<i64>,
    pub dir: PathBuf,
    pub problems: Vec<MockProblem>,
}

impl Session {
    fn from_row(row: SessionRow) -> Result<Session> {
        Ok(Session {
            problems: serde_json::from_str(&row.problems)
                .with_context(|| format!("mock session {} has unreadable problems", row.id))?,
            id: row.id,
            started_ms: row.started_ms,
            deadline_ms: row.deadline_ms,
            ended_ms: row.ended_ms,
            dir: PathBuf::from(row.dir),
        })
    }

    pub fn remaining_ms(&self, now: i64) -> i64 {
        (self.deadline_ms - now).max(0)
    }

    /// The 1-based number of `slug` in this session.
    pub fn number_of(&self, slug: &str) -> Option<usize> {
        self.problems.iter().position(|p| p.slug == slug).map(|i| i + 1)
    }

    /// Problem `n` (1-based).
    pub fn problem(&self, n: usize) -> Result<&MockProblem> {
        match n.checked_sub(1).and_then(|i| self.problems.get(i)) {
            Some(p) => Ok(p),
            None => bail!("this session has problems 1 to {}", self.problems.len()),
        }
    }
}

/// What to pick.
#[derive(Debug, Clone, Default)]
pub struct PickOptions {
    pub count: usize,
    pub topic: Option<String>,
    pub difficulty: Option<String>,
    pub seed: u64,
    /// Allow problems solved in the last `RECENT_DAYS` days.
    pub include_recent: bool,
    /// Only these problems (a plan's, with `--plan`).
    pub only: Option<Vec<String>>,
    /// These first within each group (the active plan's problems).
    pub favour: Vec<String>,
}

/// Problems solved this recently are left out unless asked for.
pub const RECENT_DAYS: i64 = 3;

/// Picks problems: due reviews and unsolved ones first, then solved ones not
/// seen lately; random within each group (seeded).
pub fn pick(states: &[(Facts, State)], opts: &PickOptions, now: i64) -> Result<Vec<Facts>> {
    let fits = |f: &Facts| {
        opts.topic.as_ref().is_none_or(|t| *t == f.topic)
            && opts.difficulty.as_ref().is_none_or(|d| *d == f.difficulty)
            && opts.only.as_ref().is_none_or(|only| only.contains(&f.slug))
    };
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    let mut groups: [Vec<Facts>; 3] = Default::default();
    for (f, s) in states.iter().filter(|(f, _)| fits(f)) {
        let group = match s {
            State::Solved { due_ms, .. } if *due_ms <= now => 0,
            State::New | State::Attempted { .. } => 0,
            State::Solved { last_review_ms, .. } if now - last_review_ms < RECENT_DAYS * DAY_MS => {
                if opts.include_recent {
                    2
                } else {
                    continue;
                }
            }
            State::Solved { .. } => 1,
        };
        groups[group].push(f.clone());
    }
    let mut picked = Vec::new();
    for mut group in groups {
        group.shuffle(&mut rng);
        // A stable sort: still random among the favoured and among the rest.
        group.sort_by_key(|f| !opts.favour.contains(&f.slug));
        picked.extend(group);
    }
    picked.truncate(opts.count);
    if picked.len() < opts.count {
        bail!(
            "only {} problem(s) fit (topic {}, difficulty {}{}){}",
            picked.len(),
            opts.topic.as_deref().unwrap_or("any"),
            opts.difficulty.as_deref().unwrap_or("any"),
            if opts.only.is_some() { ", from the plan's available problems" } else { "" },
            if opts.include_recent { "" } else { "; --include-recent allows problems solved in the last days" }
        );
    }
    Ok(picked)
}

/// Starts a session: a folder of fresh files (never overwriting anything).
pub fn start(
    h: &History,
    solutions: &Path,
    problems: &[Problem],
    minutes: u64,
    now: i64,
    seed: u64,
) -> Result<Session> {
    if let Some(active) = active(h)? {
        bail!("mock session {} is still running: `judge mock end` first", active.id);
    }
    let stamp = chrono::DateTime::from_timestamp_millis(now).map(|t| t.format("%Y%m%d-%H%M%S").to_string());
    let id =
        format!("{}-{:04x}", stamp.unwrap_or_default(), ChaCha8Rng::seed_from_u64(seed ^ now as u64).r#gen::<u16>());
    let dir = solutions.join(format!("mock-{id}"));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut listed = Vec::new();
    for (k, problem) in problems.iter().enumerate() {
        let file = dir.join(format!("problem-{}.rs", k + 1));
        let mut out = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&file)
            .with_context(|| format!("cannot create {} (never overwritten)", file.display()))?;
        std::io::Write::write_all(&mut out, template(problem, k + 1, problems.len()).as_bytes())?;
        listed.push(MockProblem { slug: problem.slug().to_string(), file });
    }
    let session = Session {
        id: id.clone(),
        started_ms: now,
        deadline_ms: now + minutes as i64 * 60_000,
        ended_ms: None,
        dir: dir.clone(),
        problems: listed,
    };
    h.insert_session(&SessionRow {
        id,
        started_ms: session.started_ms,
        deadline_ms: session.deadline_ms,
        ended_ms: None,
        dir: dir.display().to_string(),
        problems: serde_json::to_string(&session.problems)?,
    })?;
    Ok(session)
}

/// LeetCode's template without the title line.
fn template(problem: &Problem, n: usize, of: usize) -> String {
    let full = crate::cli::new_template(problem);
    let body: String = full.lines().skip_while(|l| l.starts_with("//")).collect::<Vec<_>>().join("\n");
    format!("// Mock interview: problem {n} of {of}. Statement: `judge mock show {n}`\n{body}\n")
}

/// The session not ended yet, if any (its deadline may have passed).
pub fn active(h: &History) -> Result<Option<Session>> {
    match h.sessions()?.into_iter().find(|s| s.ended_ms.is_none()) {
        Some(row) => Ok(Some(Session::from_row(row)?)),
        None => Ok(None),
    }
}

/// The running session that holds `slug`, if any.
pub fn session_with(h: &History, slug: &str) -> Option<Session> {
    active(h).ok().flatten().filter(|s| s.number_of(slug).is_some())
}

/// A session by id (or the newest one).
pub fn find(h: &History, id: Option<&str>) -> Result<Session> {
    let rows = h.sessions()?;
    let row = match id {
        Some(id) => rows.into_iter().find(|s| s.id == id || s.id.starts_with(id)),
        None => rows.into_iter().next(),
    };
    match row {
        Some(row) => Session::from_row(row),
        None => match id {
            Some(id) => bail!("no mock session {id} (`judge mock list`)"),
            None => bail!("no mock session yet: `judge mock start`"),
        },
    }
}

/// The statement without what would give the problem away: the title, the
/// LeetCode line (number, link, difficulty) and the hints.
pub fn statement(problem: &Problem) -> Result<String> {
    let text = std::fs::read_to_string(problem.statement_path())
        .with_context(|| format!("cannot read {}", problem.statement_path().display()))?;
    let mut out = Vec::new();
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with("# ") || line.starts_with("*LeetCode") {
            continue;
        }
        if line.starts_with("## ") {
            skipping = line.trim() == "## Hints";
        }
        if !skipping {
            out.push(line);
        }
    }
    Ok(out.join("\n").trim().to_string() + "\n")
}
