//! Study plans: the roadmap's plans as `problems/catalog.json` carries them
//! (`plans`: id, title, groups of slugs in the roadmap's order), each plan
//! problem's state from the history, and the plan the user follows.
//!
//! Progress is per problem, not per plan: a problem solved once counts in
//! every plan that lists it. A plan may name problems that have no package
//! yet (the catalog is ahead of the packages while they are written): those
//! are `unavailable`, never an error.

use crate::history::schedule::{self, State};
use crate::history::{Attempt, Event};
use crate::problem::Facts;
use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// A plan exactly as the catalog has it.
#[derive(Debug, Clone, Deserialize)]
pub struct Plan {
    pub id: String,
    pub title: String,
    pub groups: Vec<Group>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Group {
    pub title: String,
    pub problems: Vec<String>,
}

impl Plan {
    /// Each slug once, in the plan's order (a plan may list a problem in two groups).
    pub fn slugs(&self) -> Vec<&str> {
        let mut seen = HashSet::new();
        self.groups.iter().flat_map(|g| g.problems.iter()).map(String::as_str).filter(|s| seen.insert(*s)).collect()
    }
}

/// The parts of the catalog plans need: the plans, and every problem's title
/// (problems without a package are named too).
#[derive(Debug, Deserialize)]
struct CatalogPlans {
    #[serde(default)]
    plans: Vec<Plan>,
    problems: Vec<Named>,
}

#[derive(Debug, Deserialize)]
struct Named {
    slug: String,
    title: String,
}

/// The catalog's plans and titles.
pub struct Plans {
    pub plans: Vec<Plan>,
    titles: HashMap<String, String>,
}

impl Plans {
    /// Reads `plans` from `<problems_dir>/catalog.json` (a catalog without plans has none).
    pub fn load(problems_dir: &Path) -> Result<Plans> {
        let path = problems_dir.join("catalog.json");
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let catalog: CatalogPlans = serde_json::from_str(&text).map_err(|e| crate::problem::json_error(&path, &e))?;
        let mut ids = HashSet::new();
        for p in &catalog.plans {
            if !ids.insert(p.id.as_str()) {
                bail!("{}: plan `{}` is listed twice", path.display(), p.id);
            }
        }
        let titles = catalog.problems.into_iter().map(|n| (n.slug, n.title)).collect();
        Ok(Plans { plans: catalog.plans, titles })
    }

    /// A plan by id; an unknown id names the known ones.
    pub fn find(&self, id: &str) -> Result<&Plan> {
        match self.plans.iter().find(|p| p.id == id) {
            Some(p) => Ok(p),
            None => bail!(
                "unknown plan `{id}`; plans: {}",
                self.plans.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ")
            ),
        }
    }

    pub fn title_of<'a>(&'a self, slug: &'a str) -> &'a str {
        self.titles.get(slug).map_or(slug, String::as_str)
    }
}

/// A problem's state as a plan shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanState {
    New,
    Attempted,
    Solved,
    /// Solved, and due for review now.
    Due,
    /// In the catalog, but without a package in this checkout yet.
    Unavailable,
}

impl PlanState {
    pub fn name(self) -> &'static str {
        match self {
            PlanState::New => "new",
            PlanState::Attempted => "attempted",
            PlanState::Solved => "solved",
            PlanState::Due => "due",
            PlanState::Unavailable => "unavailable",
        }
    }
    /// Counts as solved in a plan's progress (a due review was solved before).
    pub fn is_solved(self) -> bool {
        matches!(self, PlanState::Solved | PlanState::Due)
    }
    /// What is left to work on: available and not solved yet.
    pub fn is_open(self) -> bool {
        matches!(self, PlanState::New | PlanState::Attempted)
    }
}

/// Every available problem's plan state (problems without a package are absent).
/// Solved means accepted or marked known: a give-up is a review, not a solve,
/// so a problem only given up on stays attempted.
pub fn states(facts: &[&Facts], attempts: &[Attempt], events: &[Event], now_ms: i64) -> HashMap<String, PlanState> {
    let mut by_slug: HashMap<&str, (Vec<Attempt>, Vec<Event>)> = HashMap::new();
    for a in attempts {
        by_slug.entry(a.problem.as_str()).or_default().0.push(a.clone());
    }
    for e in events {
        by_slug.entry(e.problem.as_str()).or_default().1.push(e.clone());
    }
    let none = (Vec::new(), Vec::new());
    facts
        .iter()
        .map(|f| {
            let (a, e) = by_slug.get(f.slug.as_str()).unwrap_or(&none);
            let solved = a.iter().any(Attempt::accepted) || e.iter().any(|x| x.kind == "known");
            let state = match schedule::state(a, e) {
                State::New => PlanState::New,
                State::Attempted { .. } => PlanState::Attempted,
                _ if !solved => PlanState::Attempted,
                s if s.due(now_ms) => PlanState::Due,
                _ => PlanState::Solved,
            };
            (f.slug.clone(), state)
        })
        .collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct PlanProblem {
    pub slug: String,
    pub title: String,
    pub state: PlanState,
}

#[derive(Debug, Clone, Serialize)]
pub struct GroupProgress {
    pub title: String,
    pub solved: usize,
    pub total: usize,
    pub problems: Vec<PlanProblem>,
}

/// One plan's progress, as `judge plan --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct PlanProgress {
    pub id: String,
    pub title: String,
    /// Distinct problems of the plan solved (a problem listed twice counts once).
    pub solved: usize,
    /// Distinct problems in the plan, available or not.
    pub total: usize,
    /// Distinct problems of the plan that have a package here.
    pub available: usize,
    pub active: bool,
    /// The group of the next problem to work on (null when nothing available is left).
    pub current_group: Option<String>,
    /// The next problem to work on, in the plan's order (null when done).
    pub next: Option<String>,
    pub groups: Vec<GroupProgress>,
}

impl PlanProgress {
    pub fn of(plans: &Plans, plan: &Plan, states: &HashMap<String, PlanState>, active: Option<&str>) -> PlanProgress {
        let state_of = |slug: &str| states.get(slug).copied().unwrap_or(PlanState::Unavailable);
        let slugs = plan.slugs();
        let groups: Vec<GroupProgress> = plan
            .groups
            .iter()
            .map(|g| {
                let problems: Vec<PlanProblem> = g
                    .problems
                    .iter()
                    .map(|s| PlanProblem { slug: s.clone(), title: plans.title_of(s).to_string(), state: state_of(s) })
                    .collect();
                GroupProgress {
                    title: g.title.clone(),
                    solved: problems.iter().filter(|p| p.state.is_solved()).count(),
                    total: problems.len(),
                    problems,
                }
            })
            .collect();
        let next = next_open(plan, states).first().map(|s| s.to_string());
        let current_group =
            next.as_ref().and_then(|n| plan.groups.iter().find(|g| g.problems.contains(n))).map(|g| g.title.clone());
        PlanProgress {
            id: plan.id.clone(),
            title: plan.title.clone(),
            solved: slugs.iter().filter(|s| state_of(s).is_solved()).count(),
            total: slugs.len(),
            available: slugs.iter().filter(|s| state_of(s) != PlanState::Unavailable).count(),
            active: active == Some(plan.id.as_str()),
            current_group,
            next,
            groups,
        }
    }
}

/// Every plan's progress, in the catalog's order.
pub fn progress(plans: &Plans, states: &HashMap<String, PlanState>, active: Option<&str>) -> Vec<PlanProgress> {
    plans.plans.iter().map(|p| PlanProgress::of(plans, p, states, active)).collect()
}

/// The plan's problems still to work on (available, not solved), in its order.
pub fn next_open<'a>(plan: &'a Plan, states: &HashMap<String, PlanState>) -> Vec<&'a str> {
    plan.slugs().into_iter().filter(|s| states.get(*s).is_some_and(|st| st.is_open())).collect()
}

/// The event kind that records the active plan: detail is the plan's id, or
/// none when the user stopped following a plan. It is not about a problem,
/// so its problem is empty (no per-problem reading of the events sees it).
/// Kept in the history, so `judge export`/`import` carry it along.
pub const ACTIVE_PLAN_EVENT: &str = "plan";

/// The plan the user follows: the latest `plan` event's id.
pub fn active(events: &[Event]) -> Option<String> {
    events
        .iter()
        .filter(|e| e.kind == ACTIVE_PLAN_EVENT && e.problem.is_empty())
        .max_by_key(|e| e.at_ms)?
        .detail
        .clone()
}

/// The event that makes `id` the active plan (None: no plan).
pub fn activation(id: Option<&str>, at_ms: i64) -> Event {
    Event { problem: String::new(), at_ms, kind: ACTIVE_PLAN_EVENT.into(), detail: id.map(String::from), session: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plans() -> Plans {
        let plan = Plan {
            id: "p".into(),
            title: "P".into(),
            groups: vec![
                Group { title: "g1".into(), problems: vec!["a".into(), "b".into()] },
                Group { title: "g2".into(), problems: vec!["b".into(), "c".into(), "x".into()] },
            ],
        };
        Plans { plans: vec![plan], titles: HashMap::from([("a".into(), "A".into())]) }
    }

    #[test]
    fn progress_counts_distinct_problems_and_finds_the_next_one() {
        let plans = plans();
        let states = HashMap::from([
            ("a".to_string(), PlanState::Solved),
            ("b".to_string(), PlanState::Due),
            ("c".to_string(), PlanState::Attempted),
        ]);
        let p = PlanProgress::of(&plans, &plans.plans[0], &states, Some("p"));
        assert_eq!((p.solved, p.total, p.available), (2, 4, 3));
        assert!(p.active);
        assert_eq!(p.next.as_deref(), Some("c"));
        assert_eq!(p.current_group.as_deref(), Some("g2"));
        assert_eq!(p.groups[1].problems[2].state, PlanState::Unavailable, "no package: unavailable");
        assert_eq!(p.groups[0].problems[0].title, "A");
        assert_eq!(p.groups[1].solved, 1);
        let done = HashMap::from([("c".to_string(), PlanState::Solved)]);
        let p = PlanProgress::of(&plans, &plans.plans[0], &done, None);
        assert_eq!(p.next, None, "only solved and unavailable problems left: nothing next");
        assert!(!p.active);
    }

    #[test]
    fn a_broken_plan_in_the_catalog_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let write = |text: &str| std::fs::write(dir.path().join("catalog.json"), text).unwrap();
        write("{\"problems\": [],\n \"plans\": [{\"id\": \"p\", \"title\": \"P\"}]}");
        let e = format!("{:#}", Plans::load(dir.path()).err().expect("groups are missing"));
        assert!(e.contains("catalog.json:2:") && e.contains("groups"), "{e}");
        let plan = "{\"id\": \"p\", \"title\": \"P\", \"groups\": []}";
        write(&format!("{{\"problems\": [], \"plans\": [{plan}, {plan}]}}"));
        let e = format!("{:#}", Plans::load(dir.path()).err().expect("a plan twice"));
        assert!(e.contains("plan `p` is listed twice"), "{e}");
        write("{\"problems\": [{\"slug\": \"a\", \"title\": \"A\"}]}");
        assert!(Plans::load(dir.path()).unwrap().plans.is_empty(), "a catalog without plans has none");
    }

    #[test]
    fn the_latest_plan_event_is_the_active_plan() {
        assert_eq!(active(&[]), None);
        let events = [activation(Some("a"), 1), activation(Some("b"), 3), activation(None, 2)];
        assert_eq!(active(&events).as_deref(), Some("b"));
        assert_eq!(active(&[activation(Some("a"), 1), activation(None, 2)]), None);
    }
}
