//! `judge grade merge`: the shares' JSON reports in, the report a single run
//! over every unit would have given out. Shares that do not belong together
//! (another judge version, problem set, roster or split) are refused, and a
//! missing or doubled share is named, since a silent gap would grade a
//! person as not having attempted what they did.

use super::partition::Partition;
use super::{RosterReport, UnitResult, tally};
use anyhow::{Context as _, Result, bail};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One share as read from its file.
pub struct Piece {
    pub file: PathBuf,
    pub report: RosterReport,
}

/// Reads a share written by `judge grade --roster ... --partition K/N --json`.
pub fn read_piece(file: &Path) -> Result<Piece> {
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let report: RosterReport = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{}:{}:{}: not a roster report from `judge grade --roster ... --json` ({e})",
            file.display(),
            e.line(),
            e.column()
        )
    })?;
    Ok(Piece { file: file.to_path_buf(), report })
}

fn name(p: &Piece) -> String {
    p.file.display().to_string()
}

/// The shares combined, after checking they are exactly the N shares of one split.
pub fn merge(pieces: Vec<Piece>) -> Result<RosterReport> {
    let Some(first) = pieces.first() else { bail!("nothing to merge: give the shares' JSON files") };
    for p in &pieces[1..] {
        let (a, b) = (&first.report, &p.report);
        if a.judge_version != b.judge_version {
            bail!(
                "cannot merge: {} is from judge {}, {} from judge {} (grade every share with one judge version)",
                name(first),
                a.judge_version,
                name(p),
                b.judge_version
            );
        }
        let slugs = |r: &RosterReport| r.problems.iter().map(|c| c.slug.clone()).collect::<Vec<_>>();
        if a.problem_set != b.problem_set || slugs(a) != slugs(b) {
            bail!(
                "cannot merge: {} and {} were graded on different problem sets ({} problems, fingerprint {}; {} problems, fingerprint {}): \
                 use the same selection (--topic, --difficulty, problem names) and checkout for every share",
                name(first),
                name(p),
                a.problems.len(),
                a.problem_set,
                b.problems.len(),
                b.problem_set
            );
        }
        let names = |r: &RosterReport| r.people.iter().map(|x| x.name.clone()).collect::<BTreeSet<_>>();
        if names(a) != names(b) {
            let only_a: Vec<_> = names(a).difference(&names(b)).cloned().collect();
            let only_b: Vec<_> = names(b).difference(&names(a)).cloned().collect();
            bail!(
                "cannot merge: {} and {} were graded on different rosters (only in the first: {}; only in the second: {})",
                name(first),
                name(p),
                list_or_none(&only_a),
                list_or_none(&only_b)
            );
        }
    }

    let mut shares: BTreeMap<usize, Vec<&Piece>> = BTreeMap::new();
    let mut split: Option<(Partition, &Piece)> = None;
    for p in &pieces {
        let Some(text) = &p.report.partition else {
            bail!("cannot merge: {} is a whole report (graded without --partition), not a share", name(p));
        };
        let part = Partition::parse(text).with_context(|| format!("{}: field `partition`", name(p)))?;
        match &split {
            Some((s, q)) if !s.same_split(&part) => bail!(
                "cannot merge: {} is share {part} but {} is share {s}: different partition counts or schemes",
                name(p),
                name(q)
            ),
            Some(_) => {}
            None => split = Some((part, p)),
        }
        shares.entry(part.share).or_default().push(p);
    }
    let (split, _) = split.expect("at least one piece");
    let label = |k: usize| Partition { share: k, ..split }.to_string();
    let doubled: Vec<String> = shares
        .iter()
        .filter(|(_, ps)| ps.len() > 1)
        .map(|(k, ps)| format!("{} ({})", label(*k), ps.iter().map(|p| name(p)).collect::<Vec<_>>().join(", ")))
        .collect();
    if !doubled.is_empty() {
        bail!("cannot merge: share given more than once: {}", doubled.join("; "));
    }
    let missing: Vec<String> = (1..=split.count).filter(|k| !shares.contains_key(k)).map(label).collect();
    if !missing.is_empty() {
        bail!(
            "cannot merge: missing share{} {} of {} (have {})",
            if missing.len() > 1 { "s" } else { "" },
            missing.join(", "),
            split.count,
            shares.keys().map(|k| label(*k)).collect::<Vec<_>>().join(", ")
        );
    }

    // Every unit exactly once: shares computed from different checkouts of the
    // roster could overlap or leave gaps even when their labels look complete.
    let mut merged = first.report.clone();
    let order: Vec<String> = merged.problems.iter().map(|c| c.slug.clone()).collect();
    for person in &mut merged.people {
        let mut found: BTreeMap<String, (UnitResult, String)> = BTreeMap::new();
        for p in &pieces {
            let theirs = p.report.people.iter().find(|x| x.name == person.name).expect("rosters checked equal");
            for u in &theirs.problems {
                if !order.contains(&u.slug) {
                    bail!("{}: {} has a result for {}, which is not in its problem set", name(p), person.name, u.slug);
                }
                if let Some((_, other)) = found.get(&u.slug) {
                    bail!("cannot merge: {}/{} is graded in both {other} and {}", person.name, u.slug, name(p));
                }
                found.insert(u.slug.clone(), (u.clone(), name(p)));
            }
        }
        let absent: Vec<&String> = order.iter().filter(|s| !found.contains_key(*s)).collect();
        if !absent.is_empty() {
            bail!(
                "cannot merge: no share graded {} for {} (the shares were computed from different rosters?)",
                absent.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "),
                person.name
            );
        }
        person.problems = order.iter().map(|s| found.remove(s).expect("present").0).collect();
    }
    merged.partition = None;
    merged.wall_ms = pieces.iter().map(|p| p.report.wall_ms).fold(0.0, f64::max);
    merged.people.sort_by(|a, b| a.name.cmp(&b.name));
    tally(&mut merged);
    Ok(merged)
}

/// Names for a message: at most ten (a class of 300 would bury the point).
fn list_or_none(names: &[String]) -> String {
    match names.len() {
        0 => "none".into(),
        n if n > 10 => format!("{} and {} more", names[..10].join(", "), n - 10),
        _ => names.join(", "),
    }
}
