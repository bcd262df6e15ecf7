//! Splitting a roster's units into N shares, so N machines (a CI matrix, a
//! Kubernetes Indexed Job, a Slurm array) each grade one and finish at about
//! the same time. Every unit is in exactly one share, and every machine
//! computes the same split from the same checkout: the costs come from the
//! problem files and the roster folder, never from this machine's timings
//! (the reference's measured CPU time differs by machine, so a split built on
//! it could differ between two machines and lose or double units).

use super::{Person, Unit};
use crate::problem::Facts;
use anyhow::{Result, bail};
use serde_json::Value;
use std::fmt;
use std::path::Path;

/// How the units are dealt out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Balanced by expected cost (longest first onto the least loaded share).
    Balanced,
    /// By a hash of (person, problem): a unit keeps its share when people or
    /// problems are added (as cargo-nextest's `hash:K/N`), at some cost in balance.
    Hash,
}

/// `K/N` or `hash:K/N`: the K-th of N shares (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Partition {
    pub scheme: Scheme,
    pub share: usize,
    pub count: usize,
}

impl Partition {
    pub fn parse(text: &str) -> Result<Partition> {
        let (scheme, rest) = match text.strip_prefix("hash:") {
            Some(rest) => (Scheme::Hash, rest),
            None => (Scheme::Balanced, text.strip_prefix("count:").unwrap_or(text)),
        };
        let Some((k, n)) = rest.split_once('/') else {
            bail!("--partition `{text}`: expected K/N or hash:K/N (the K-th of N shares, e.g. 3/8)");
        };
        let (Ok(share), Ok(count)) = (k.trim().parse::<usize>(), n.trim().parse::<usize>()) else {
            bail!("--partition `{text}`: K and N must be whole numbers (e.g. 3/8)");
        };
        if count == 0 || share == 0 || share > count {
            bail!("--partition `{text}`: need 1 <= K <= N (shares are numbered from 1)");
        }
        Ok(Partition { scheme, share, count })
    }

    /// Whether `other` is another share of the same split.
    pub fn same_split(&self, other: &Partition) -> bool {
        self.scheme == other.scheme && self.count == other.count
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scheme {
            Scheme::Balanced => write!(f, "{}/{}", self.share, self.count),
            Scheme::Hash => write!(f, "hash:{}/{}", self.share, self.count),
        }
    }
}

/// A constant estimate of one cold compile (opt-level 2, one small file),
/// the bulk of a unit's cost; in microseconds like every cost here.
pub const COMPILE_US: u64 = 400_000;
/// Starting the solution's process and reading its results.
pub const RUN_START_US: u64 = 20_000;
/// One hand-written case (small input): decoding, the call, checking.
pub const CASE_US: u64 = 100;
/// A generated case costs in proportion to its size parameter `n` (a rough
/// stand-in for the reference's CPU time, which grows with n and is
/// machine-dependent; the proxy is not).
pub const GENERATED_US_PER_N: u64 = 1;
/// A unit whose file is missing is only a file check.
pub const MISSING_US: u64 = 100;

/// The expected cost of judging one solution of a problem, from its
/// `tests.json`: compile + start + per case, generated cases by size.
pub fn problem_cost(problems_root: &Path, facts: &Facts) -> u64 {
    let path = problems_root.join(&facts.slug).join("tests.json");
    let cases: Vec<Value> = std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .and_then(|v| v.get("cases").and_then(Value::as_array).cloned())
        .unwrap_or_default();
    let run: u64 = cases
        .iter()
        .map(|c| CASE_US + c.pointer("/gen/n").and_then(Value::as_u64).unwrap_or(0) * GENERATED_US_PER_N)
        .sum();
    COMPILE_US + RUN_START_US + run
}

/// The units of `partition`'s share, out of `units` (in their order).
pub fn share(
    partition: &Partition,
    units: &[Unit],
    people: &[Person],
    problems: &[&Facts],
    problems_root: &Path,
) -> Vec<Unit> {
    match partition.scheme {
        Scheme::Hash => units
            .iter()
            .copied()
            .filter(|u| {
                hash_share(&people[u.person].name, &problems[u.problem].slug, partition.count) == partition.share
            })
            .collect(),
        Scheme::Balanced => {
            let per_problem: Vec<u64> = problems.iter().map(|f| problem_cost(problems_root, f)).collect();
            let costs: Vec<u64> = units
                .iter()
                .map(|u| {
                    let file = people[u.person].dir.join(format!("{}.rs", problems[u.problem].slug));
                    if file.exists() { per_problem[u.problem] } else { MISSING_US }
                })
                .collect();
            let owner = balance(&costs, partition.count);
            units.iter().zip(owner).filter(|(_, s)| *s == partition.share).map(|(u, _)| *u).collect()
        }
    }
}

/// The 1-based share of every item: longest processing time first, each onto
/// the least loaded share (ties: the lower share; equal costs keep the
/// items' order), which stays within 4/3 of the best possible makespan.
/// Integer costs, so every machine computes the same split.
pub fn balance(costs: &[u64], count: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..costs.len()).collect();
    order.sort_by(|&a, &b| costs[b].cmp(&costs[a]).then(a.cmp(&b)));
    let mut load = vec![0u64; count];
    let mut owner = vec![0usize; costs.len()];
    for i in order {
        let least = (0..count).min_by_key(|&s| (load[s], s)).expect("at least one share");
        load[least] += costs[i];
        owner[i] = least + 1;
    }
    owner
}

/// The 1-based share of a unit under `hash:K/N`: SHA-256 of "person/slug",
/// stable across machines, versions of Rust and additions to the roster.
pub fn hash_share(person: &str, slug: &str, count: usize) -> usize {
    use sha2::{Digest, Sha256};
    let digest =
        Sha256::new().chain_update(person.as_bytes()).chain_update(b"/").chain_update(slug.as_bytes()).finalize();
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    (u64::from_be_bytes(first) % count as u64) as usize + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_parse_and_print_back() {
        for text in ["3/8", "hash:1/2", "1/1"] {
            assert_eq!(Partition::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(Partition::parse("count:2/3").unwrap().to_string(), "2/3");
        for bad in ["0/3", "4/3", "3", "a/b", "1/0", "hash:", ""] {
            assert!(Partition::parse(bad).is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn balance_puts_every_item_in_one_share_and_evens_the_load() {
        let costs: Vec<u64> = (0..40).map(|i| 100 + (i * 37 % 11) * 50).collect();
        let owner = balance(&costs, 3);
        assert!(owner.iter().all(|s| (1..=3).contains(s)));
        let loads: Vec<u64> =
            (1..=3).map(|s| owner.iter().zip(&costs).filter(|(o, _)| **o == s).map(|(_, c)| c).sum()).collect();
        let (max, min) = (*loads.iter().max().unwrap(), *loads.iter().min().unwrap());
        assert!(max - min <= *costs.iter().max().unwrap(), "loads {loads:?}");
        assert_eq!(owner, balance(&costs, 3), "deterministic");
    }

    #[test]
    fn hash_shares_cover_every_unit_once_and_ignore_the_rest_of_the_roster() {
        let n = 4;
        let mut counts = [0usize; 4];
        for p in 0..50 {
            let share = hash_share(&format!("person{p}"), "two-sum", n);
            counts[share - 1] += 1;
        }
        assert_eq!(counts.iter().sum::<usize>(), 50);
        assert!(counts.iter().all(|&c| c > 0), "{counts:?}");
        assert_eq!(hash_share("alice", "two-sum", n), hash_share("alice", "two-sum", n));
    }
}
