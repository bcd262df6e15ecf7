//! `judge stats`: progress over the problem set, from the history.

use super::schedule::{self, State};
use super::{Attempt, Event};
use crate::problem::Facts;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const DAY_MS: i64 = 24 * 3600 * 1000;

#[derive(Debug, Serialize)]
pub struct Progress {
    pub solved: usize,
    pub total: usize,
}

#[derive(Debug, Serialize)]
pub struct Pattern {
    pub pattern: String,
    pub attempted: usize,
    pub solved: usize,
    /// Failed attempts at this pattern's problems.
    pub failures: usize,
}

#[derive(Debug, Serialize)]
pub struct Day {
    /// Days before today (0 = today, UTC).
    pub days_ago: i64,
    pub attempts: usize,
    pub accepted: usize,
}

#[derive(Debug, Serialize)]
pub struct Stats {
    pub solved: usize,
    pub attempts: usize,
    pub problems: usize,
    pub attempted: usize,
    pub due: usize,
    pub by_topic: BTreeMap<String, Progress>,
    pub by_difficulty: BTreeMap<String, Progress>,
    /// Mean failed attempts before the first AC, over problems solved here.
    pub attempts_before_first_ac: Option<f64>,
    /// Consecutive days (ending today or yesterday) with an accepted attempt.
    pub streak_days: usize,
    pub recent: Vec<Day>,
    /// Attempted patterns, weakest first (lowest solved share, then most failures).
    pub weakest_patterns: Vec<Pattern>,
}

pub fn compute(facts: &[&Facts], attempts: &[Attempt], events: &[Event], now_ms: i64) -> Stats {
    let of = |slug: &str| -> (Vec<Attempt>, Vec<Event>) {
        (
            attempts.iter().filter(|a| a.problem == slug).cloned().collect(),
            events.iter().filter(|e| e.problem == slug).cloned().collect(),
        )
    };
    let mut by_topic: BTreeMap<String, Progress> = BTreeMap::new();
    let mut by_difficulty: BTreeMap<String, Progress> = BTreeMap::new();
    let mut patterns: BTreeMap<String, Pattern> = BTreeMap::new();
    let (mut solved, mut attempted, mut due) = (0, 0, 0);
    let mut before_first_ac = Vec::new();
    for f in facts {
        let (a, e) = of(&f.slug);
        let state = schedule::state(&a, &e);
        let is_solved = matches!(state, State::Solved { .. }) && !only_given_up(&a, &e);
        solved += is_solved as usize;
        attempted += !a.is_empty() as usize;
        due += state.due(now_ms) as usize;
        if let Some(first_ac) = a.iter().position(Attempt::accepted) {
            before_first_ac.push(first_ac as f64);
        }
        for (map, key) in [(&mut by_topic, &f.topic), (&mut by_difficulty, &f.difficulty)] {
            let p = map.entry(key.clone()).or_insert(Progress { solved: 0, total: 0 });
            p.total += 1;
            p.solved += is_solved as usize;
        }
        if !a.is_empty() {
            for pattern in &f.patterns {
                let p = patterns.entry(pattern.clone()).or_insert(Pattern {
                    pattern: pattern.clone(),
                    attempted: 0,
                    solved: 0,
                    failures: 0,
                });
                p.attempted += 1;
                p.solved += is_solved as usize;
                p.failures += a.iter().filter(|x| !x.accepted()).count();
            }
        }
    }
    let today = now_ms.div_euclid(DAY_MS);
    let ac_days: BTreeSet<i64> = attempts.iter().filter(|a| a.accepted()).map(|a| a.at_ms.div_euclid(DAY_MS)).collect();
    let mut streak = 0;
    let mut d = if ac_days.contains(&today) { today } else { today - 1 };
    while ac_days.contains(&d) {
        streak += 1;
        d -= 1;
    }
    let recent = (0..14)
        .map(|ago| {
            let on_day: Vec<&Attempt> = attempts.iter().filter(|a| a.at_ms.div_euclid(DAY_MS) == today - ago).collect();
            Day { days_ago: ago, attempts: on_day.len(), accepted: on_day.iter().filter(|a| a.accepted()).count() }
        })
        .collect();
    let mut weakest: Vec<Pattern> = patterns.into_values().collect();
    weakest.sort_by(|a, b| {
        let share = |p: &Pattern| p.solved as f64 / p.attempted as f64;
        share(a).total_cmp(&share(b)).then(b.failures.cmp(&a.failures)).then(a.pattern.cmp(&b.pattern))
    });
    Stats {
        solved,
        attempts: attempts.len(),
        problems: facts.len(),
        attempted,
        due,
        by_topic,
        by_difficulty,
        attempts_before_first_ac: (!before_first_ac.is_empty())
            .then(|| before_first_ac.iter().sum::<f64>() / before_first_ac.len() as f64),
        streak_days: streak,
        recent,
        weakest_patterns: weakest.into_iter().take(5).collect(),
    }
}

/// Given up and never accepted: reviewed, but not solved.
fn only_given_up(attempts: &[Attempt], events: &[Event]) -> bool {
    !attempts.iter().any(Attempt::accepted) && !events.iter().any(|e| e.kind == "known")
}
