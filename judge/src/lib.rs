//! judge: a local judge for LeetCode-style Rust solutions.
//!
//! The path of one `judge run`: `problem` (load the package) -> `harness`
//! (glue + input stream) -> `build` (cached rustc) -> `runner` (limited run)
//! -> `checker` (compare) -> `report`. `judging` wires those stages; `cli`
//! holds one module per verb.

pub mod bench;
pub mod build;
pub mod checker;
pub mod cleanup;
pub mod cli;
pub mod editor;
pub mod grading;
pub mod harness;
pub mod history;
pub mod judging;
pub mod mapped;
pub mod mock;
pub mod plan;
pub mod problem;
pub mod progress_page;
pub mod report;
pub mod roster;
pub mod runner;
pub mod sandbox;
pub mod stress;
pub mod tools;
pub mod verdict;
pub mod watch;
pub mod workspace;

/// Part of every cache key: a new judge never trusts an old judge's builds.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
