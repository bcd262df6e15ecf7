//! Grading a class (`judge grade --roster DIR`): every sub-folder of DIR is a
//! person, every selected problem a column, every (person, problem) pair a
//! unit. A run grades all units or one share of them (`partition`); shares
//! graded on different machines are combined by `merge` into the report a
//! single run would have given.
//!
//! The report is one serializable model ([`RosterReport`]) so that a whole
//! run and a merge render JSON, JUnit, CSV and HTML from the same data: the
//! merge reads the shares' JSON back into the model, never re-derives it.

pub mod merge;
pub mod partition;

use crate::grading::{Grade, Outcome, Target};
use crate::problem::Facts;
use anyhow::{Context as _, Result, bail};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One person of the roster: a sub-folder holding `<slug>.rs` files.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub dir: PathBuf,
}

/// The people of a roster folder, sorted by name (byte order, so every
/// machine agrees). Hidden folders (`.git`, `.judge`) and plain files are not people.
pub fn people(roster: &Path) -> Result<Vec<Person>> {
    if !roster.is_dir() {
        bail!("--roster {}: no such folder", roster.display());
    }
    let mut people = Vec::new();
    for entry in std::fs::read_dir(roster).with_context(|| format!("cannot read {}", roster.display()))? {
        let entry = entry.with_context(|| format!("cannot read {}", roster.display()))?;
        if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            continue;
        }
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            bail!("{}: a folder name that is not UTF-8 ({:?})", roster.display(), entry.file_name());
        };
        if name.starts_with('.') {
            continue;
        }
        people.push(Person { name, dir: entry.path() });
    }
    if people.is_empty() {
        bail!("--roster {}: no sub-folders, so no people to grade (expected {0}/<person>/<slug>.rs)", roster.display());
    }
    people.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(people)
}

/// One (person, problem) pair: indexes into the people and problems lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unit {
    pub person: usize,
    pub problem: usize,
}

/// Every unit, person-major (the order the report lists them in).
pub fn units(people: &[Person], problems: &[&Facts]) -> Vec<Unit> {
    (0..people.len()).flat_map(|person| (0..problems.len()).map(move |problem| Unit { person, problem })).collect()
}

/// Where a unit's solution should be.
pub fn target(people: &[Person], problems: &[&Facts], unit: Unit) -> Target {
    let facts = problems[unit.problem];
    Target { facts: facts.clone(), path: people[unit.person].dir.join(format!("{}.rs", facts.slug)) }
}

/// A fingerprint of the selected problems: their slugs, in order, and the
/// package files that decide verdicts. Shares graded against different
/// selections or different versions of a problem must not be merged.
pub fn problem_set_fingerprint(problems_root: &Path, problems: &[&Facts]) -> String {
    let mut files: Vec<Vec<u8>> = Vec::new();
    for f in problems {
        files.push(f.slug.as_bytes().to_vec());
        for name in ["problem.json", "tests.json", "reference.rs", "tools.rs"] {
            files.push(std::fs::read(problems_root.join(&f.slug).join(name)).unwrap_or_default());
        }
    }
    let parts: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    crate::build::digest(&parts)
}

/// A roster grade: the `--json` object, and what a merge reads back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RosterReport {
    /// Shares from different judges are never merged.
    pub judge_version: String,
    /// See [`problem_set_fingerprint`].
    pub problem_set: String,
    /// `K/N` or `hash:K/N` for one share; null for every unit.
    pub partition: Option<String>,
    pub ok: bool,
    /// Units in this report (all of them unless it is one share).
    pub units: usize,
    pub attempted: usize,
    pub accepted: usize,
    pub errors: usize,
    /// Wall time of the run; for a merge, the slowest share's (timing-dependent).
    pub wall_ms: f64,
    pub people: Vec<PersonResult>,
    pub problems: Vec<ProblemColumn>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonResult {
    pub name: String,
    pub solved: usize,
    pub attempted: usize,
    /// This report's units of the person, in problem order.
    pub problems: Vec<UnitResult>,
}

/// One unit's result. `verdict` is null when not attempted (no file) or
/// when the judge could not grade it (`error` says why).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitResult {
    pub slug: String,
    pub verdict: Option<String>,
    pub passed: Option<usize>,
    pub total: Option<usize>,
    pub max_cpu_ms: Option<f64>,
    pub peak_heap_bytes: Option<u64>,
    pub ratio_to_reference: Option<f64>,
    pub summary: Option<String>,
    pub error: Option<String>,
}

impl UnitResult {
    pub fn attempted(&self) -> bool {
        self.verdict.is_some() || self.error.is_some()
    }
    pub fn accepted(&self) -> bool {
        self.verdict.as_deref() == Some("AC")
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProblemColumn {
    pub slug: String,
    pub id: u32,
    pub topic: String,
    pub difficulty: String,
    pub solved_by: usize,
    pub attempted_by: usize,
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// One grade as a unit result.
pub fn unit_result(grade: &Grade) -> UnitResult {
    let mut r = UnitResult {
        slug: grade.target.facts.slug.clone(),
        verdict: None,
        passed: None,
        total: None,
        max_cpu_ms: None,
        peak_heap_bytes: None,
        ratio_to_reference: None,
        summary: None,
        error: None,
    };
    match &grade.outcome {
        Outcome::NotAttempted => {}
        Outcome::Error(e) => r.error = Some(e.clone()),
        Outcome::Judged(j) => {
            r.verdict = Some(j.figures.verdict.code().to_string());
            r.passed = Some(j.figures.passed);
            r.total = Some(j.figures.total);
            r.max_cpu_ms = Some(ms(j.figures.max_cpu));
            r.peak_heap_bytes = Some(j.figures.peak_heap);
            r.ratio_to_reference = j.ratio.map(|x| (x * 1000.0).round() / 1000.0);
            r.summary = Some(j.summary.clone());
        }
    }
    r
}

/// What identifies a run: the judge, the problems, the people, the share.
pub struct Header<'a> {
    pub problem_set: String,
    pub partition: Option<String>,
    pub people: &'a [Person],
    pub problems: &'a [&'a Facts],
}

/// The report of a run over `graded` units (all, or one share's).
pub fn assemble(header: Header<'_>, graded: &[(Unit, Grade)], wall: Duration) -> RosterReport {
    let mut people: Vec<PersonResult> = header
        .people
        .iter()
        .map(|p| PersonResult { name: p.name.clone(), solved: 0, attempted: 0, problems: Vec::new() })
        .collect();
    let mut sorted: Vec<&(Unit, Grade)> = graded.iter().collect();
    sorted.sort_by_key(|(u, _)| *u);
    for (unit, grade) in sorted {
        people[unit.person].problems.push(unit_result(grade));
    }
    let problems = header
        .problems
        .iter()
        .map(|f| ProblemColumn {
            slug: f.slug.clone(),
            id: f.id,
            topic: f.topic.clone(),
            difficulty: f.difficulty.clone(),
            solved_by: 0,
            attempted_by: 0,
        })
        .collect();
    let mut report = RosterReport {
        judge_version: crate::VERSION.to_string(),
        problem_set: header.problem_set,
        partition: header.partition,
        ok: false,
        units: 0,
        attempted: 0,
        accepted: 0,
        errors: 0,
        wall_ms: ms(wall),
        people,
        problems,
    };
    tally(&mut report);
    report
}

/// Recomputes every count from the units, so a merge and a whole run count alike.
pub fn tally(report: &mut RosterReport) {
    for column in &mut report.problems {
        column.solved_by = 0;
        column.attempted_by = 0;
    }
    let (mut units, mut attempted, mut accepted, mut errors) = (0, 0, 0, 0);
    for person in &mut report.people {
        person.solved = person.problems.iter().filter(|u| u.accepted()).count();
        person.attempted = person.problems.iter().filter(|u| u.attempted()).count();
        for u in &person.problems {
            units += 1;
            errors += usize::from(u.error.is_some());
            if let Some(column) = report.problems.iter_mut().find(|c| c.slug == u.slug) {
                column.solved_by += usize::from(u.accepted());
                column.attempted_by += usize::from(u.attempted());
            }
        }
        attempted += person.attempted;
        accepted += person.solved;
    }
    report.units = units;
    report.attempted = attempted;
    report.accepted = accepted;
    report.errors = errors;
    report.ok = errors == 0 && accepted == attempted;
}
