//! What to practise next: spaced repetition with FSRS (the scheduler Anki
//! uses), from the history alone. Each solve is a review of the problem:
//!
//! - an accepted attempt with no failed attempt (compile errors aside) and no
//!   hint since the last review is rated easy; one after failures or hints, hard;
//! - giving up (`judge show --solution` before an AC) is rated again;
//! - `judge rate` replaces the rating of the last review; `judge known` marks
//!   a problem solved before the judge (rated good).
//!
//! At most one review a day counts, and a problem reviewed today is never due
//! again today. Days are UTC days.

use super::{Attempt, Event};
use chrono::{DateTime, TimeZone, Utc};
use rs_fsrs::{Card, FSRS, Rating};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// One review of a problem.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Review {
    pub at_ms: i64,
    pub rating: Rating,
}

/// A problem's practice state.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// Never attempted.
    New,
    /// Attempted, never accepted (nor marked known).
    Attempted { last_ms: i64 },
    /// Solved; due again at `due_ms`.
    Solved { due_ms: i64, last_review_ms: i64 },
}

impl State {
    pub fn due(&self, now_ms: i64) -> bool {
        matches!(self, State::Solved { due_ms, .. } if *due_ms <= now_ms)
    }
    pub fn label(&self, now_ms: i64) -> &'static str {
        match self {
            State::New => "new",
            State::Attempted { .. } => "attempted",
            State::Solved { .. } if self.due(now_ms) => "due",
            State::Solved { .. } => "solved",
        }
    }
}

pub fn parse_rating(text: &str) -> Option<Rating> {
    match text {
        "again" => Some(Rating::Again),
        "hard" => Some(Rating::Hard),
        "good" => Some(Rating::Good),
        "easy" => Some(Rating::Easy),
        _ => None,
    }
}

pub fn rating_name(r: Rating) -> &'static str {
    match r {
        Rating::Again => "again",
        Rating::Hard => "hard",
        Rating::Good => "good",
        Rating::Easy => "easy",
    }
}

fn day(ms: i64) -> i64 {
    ms.div_euclid(DAY_MS)
}

/// The reviews a problem's attempts and events (both oldest first) amount to.
pub fn reviews(attempts: &[Attempt], events: &[Event]) -> Vec<Review> {
    enum Item<'a> {
        Attempt(&'a Attempt),
        Event(&'a Event),
    }
    let mut items: Vec<(i64, Item)> = attempts.iter().map(|a| (a.at_ms, Item::Attempt(a))).collect();
    items.extend(events.iter().map(|e| (e.at_ms, Item::Event(e))));
    items.sort_by_key(|(at, _)| *at);

    let mut out: Vec<Review> = Vec::new();
    let (mut failures, mut hints) = (0usize, 0usize);
    let push = |out: &mut Vec<Review>, review: Review| match out.last_mut() {
        // One review a day: the day's later outcome does not add another.
        Some(last) if day(last.at_ms) == day(review.at_ms) => {
            if review.rating == Rating::Again {
                last.rating = Rating::Again;
            }
        }
        _ => out.push(review),
    };
    for (at, item) in items {
        match item {
            Item::Attempt(a) if a.accepted() => {
                let rating = if failures == 0 && hints == 0 { Rating::Easy } else { Rating::Hard };
                push(&mut out, Review { at_ms: at, rating });
                (failures, hints) = (0, 0);
            }
            // A compile error is a typo, not a failed idea.
            Item::Attempt(a) if a.verdict == "CE" => {}
            Item::Attempt(_) => failures += 1,
            Item::Event(e) => match e.kind.as_str() {
                "hint" => hints += 1,
                "gave-up" => {
                    push(&mut out, Review { at_ms: at, rating: Rating::Again });
                    (failures, hints) = (0, 0);
                }
                "known" => push(&mut out, Review { at_ms: at, rating: Rating::Good }),
                "rated" => {
                    if let (Some(last), Some(r)) = (out.last_mut(), e.detail.as_deref().and_then(parse_rating)) {
                        last.rating = r;
                    }
                }
                _ => {}
            },
        }
    }
    out
}

fn utc(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_else(Utc::now)
}

/// The state after `reviews` (FSRS with its default parameters).
pub fn state(attempts: &[Attempt], events: &[Event]) -> State {
    let reviews = reviews(attempts, events);
    let Some(last) = reviews.last() else {
        return match attempts.last() {
            Some(a) => State::Attempted { last_ms: a.at_ms },
            None => State::New,
        };
    };
    let fsrs = FSRS::default();
    let mut card = Card::new();
    for r in &reviews {
        card = fsrs.next(card, utc(r.at_ms), r.rating).card;
    }
    // Never the same day: the earliest is the start of the next UTC day.
    let tomorrow = (day(last.at_ms) + 1) * DAY_MS;
    State::Solved { due_ms: card.due.timestamp_millis().max(tomorrow), last_review_ms: last.at_ms }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(at_ms: i64, verdict: &str) -> Attempt {
        Attempt {
            id: 0,
            problem: "p".into(),
            at_ms,
            kind: "run".into(),
            verdict: verdict.into(),
            passed: 0,
            total: 1,
            max_cpu_ms: 0.0,
            peak_heap_bytes: 0,
            source_hash: String::new(),
            session: None,
        }
    }

    fn event(at_ms: i64, kind: &str, detail: Option<&str>) -> Event {
        Event { problem: "p".into(), at_ms, kind: kind.into(), detail: detail.map(String::from), session: None }
    }

    const T0: i64 = 1_780_000_000_000;

    #[test]
    fn ratings_follow_how_the_solve_went() {
        assert_eq!(reviews(&[attempt(T0, "AC")], &[])[0].rating, Rating::Easy);
        assert_eq!(reviews(&[attempt(T0, "WA"), attempt(T0 + 5, "AC")], &[])[0].rating, Rating::Hard);
        assert_eq!(reviews(&[attempt(T0 + 5, "AC")], &[event(T0, "hint", Some("1"))])[0].rating, Rating::Hard);
        assert_eq!(reviews(&[attempt(T0, "WA")], &[event(T0 + 5, "gave-up", None)])[0].rating, Rating::Again);
        let overridden = reviews(&[attempt(T0, "AC")], &[event(T0 + 5, "rated", Some("good"))]);
        assert_eq!(overridden, vec![Review { at_ms: T0, rating: Rating::Good }]);
        // A second AC the same day is not a second review.
        assert_eq!(reviews(&[attempt(T0, "AC"), attempt(T0 + 60_000, "AC")], &[]).len(), 1);
    }

    #[test]
    fn states_and_due_dates() {
        assert_eq!(state(&[], &[]), State::New);
        assert_eq!(state(&[attempt(T0, "WA")], &[]), State::Attempted { last_ms: T0 });
        let State::Solved { due_ms, .. } = state(&[attempt(T0, "WA"), attempt(T0 + 1, "AC")], &[]) else {
            panic!("solved")
        };
        assert!(due_ms >= (day(T0) + 1) * DAY_MS, "never due the same day");
        let given_up = state(&[attempt(T0, "WA")], &[event(T0 + 1, "gave-up", None)]);
        let State::Solved { due_ms: again_due, .. } = given_up else { panic!("a give-up is a review") };
        let State::Solved { due_ms: easy_due, .. } = state(&[attempt(T0, "AC")], &[]) else { panic!() };
        assert!(again_due <= easy_due, "a give-up comes back no later than an easy solve");
        assert!(easy_due > (day(T0) + 1) * DAY_MS, "an easy solve waits more than a day");
    }
}
