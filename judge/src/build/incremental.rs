//! Incremental compilation slots: the previous build of the same solution
//! file, kept so that an edit recompiles only what changed.
//!
//! A slot belongs to one (problem, file, build flavour), not to a content
//! hash: the point is to reuse the previous build of *this* file. Its sources
//! live at fixed paths inside the slot, so rustc's command line, its path
//! remaps and the spans it hashes do not change from one build to the next.
//! A slot is used by one judge at a time (an advisory lock on `lock`); a
//! second judge finding it busy builds without incremental state. The slots
//! together are bounded in size; the least recently used are removed first.
//! rustc itself keeps only the newest session inside each `inc-*` directory.

use std::fs::File;
use std::path::{Path, PathBuf};

/// Total size of all slots before the least recently used are removed.
/// A slot of a LeetCode-sized crate is 1-4 MB.
const DEFAULT_CAP_BYTES: u64 = 512 << 20;

/// Written after each build: the slot's size in bytes (so eviction needs no
/// walk of every slot).
const SIZE_FILE: &str = "size";
const LOCK_FILE: &str = "lock";

/// A slot held for one build; the lock is released on drop.
pub struct Slot {
    dir: PathBuf,
    _lock: File,
}

fn root(cache_dir: &Path) -> PathBuf {
    cache_dir.join("incremental")
}

/// The slot for `key`, created if needed; `None` when another judge holds it
/// or it cannot be created (the build then goes without incremental state).
pub fn acquire(cache_dir: &Path, key: &str) -> Option<Slot> {
    let dir = root(cache_dir).join(key);
    std::fs::create_dir_all(dir.join("src")).ok()?;
    let lock = File::options().create(true).truncate(false).write(true).open(dir.join(LOCK_FILE)).ok()?;
    lock.try_lock().ok()?;
    Some(Slot { dir, _lock: lock })
}

impl Slot {
    /// Where the build's sources are written (always the same paths).
    pub fn src_dir(&self) -> PathBuf {
        self.dir.join("src")
    }

    /// rustc's incremental directory; one per edition, since an edition
    /// change invalidates all of rustc's state.
    pub fn incremental_dir(&self, edition: &str) -> PathBuf {
        self.dir.join(format!("inc-{edition}"))
    }

    /// Where rustc writes the binary (moved out to the build cache after).
    pub fn out_dir(&self) -> PathBuf {
        self.dir.join("out")
    }

    /// Drops rustc's state (after an incremental-cache error or an ICE), so
    /// the retry starts clean.
    pub fn discard_state(&self) {
        for edition in ["2021", "2024"] {
            let _ = std::fs::remove_dir_all(self.incremental_dir(edition));
        }
    }

    /// Records the slot's size and marks it used now (the lock file's
    /// mtime), then trims the slots to the cap.
    /// The others are looked at only when this slot is new or has grown by
    /// over a megabyte since its last build (reading every slot's records
    /// took longer than running a small problem's cases): rustc keeps one
    /// session per slot, so the total grows by new slots.
    pub fn finish(&self, cache_dir: &Path) {
        let size = dir_size(&self.dir);
        let size_file = self.dir.join(SIZE_FILE);
        let before = std::fs::read_to_string(&size_file).ok().and_then(|s| s.trim().parse::<u64>().ok());
        let _ = std::fs::write(&size_file, size.to_string());
        if let Ok(f) = File::options().write(true).open(self.dir.join(LOCK_FILE)) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        if before.is_none_or(|b| size > b + (1 << 20)) {
            evict(cache_dir, cap_bytes(), &self.dir);
        }
    }
}

/// Upkeep started by `finish_in_background`, joined by `wait_for_background`.
static BACKGROUND: std::sync::Mutex<Vec<std::thread::JoinHandle<()>>> = std::sync::Mutex::new(Vec::new());

/// `slot.finish` on another thread (the slot stays locked until it is done).
pub fn finish_in_background(slot: Slot, cache_dir: PathBuf) {
    let handle = std::thread::spawn(move || slot.finish(&cache_dir));
    let mut pending = BACKGROUND.lock().unwrap_or_else(|e| e.into_inner());
    // A long-lived judge (`watch`) keeps only the unfinished ones.
    pending.retain(|h| !h.is_finished());
    pending.push(handle);
}

/// Waits for the upkeep started so far (the judge calls this before it exits).
pub fn wait_for_background() {
    let handles = std::mem::take(&mut *BACKGROUND.lock().unwrap_or_else(|e| e.into_inner()));
    for handle in handles {
        let _ = handle.join();
    }
}

/// `JUDGE_INCREMENTAL_CAP_MB`, else the default.
fn cap_bytes() -> u64 {
    std::env::var("JUDGE_INCREMENTAL_CAP_MB")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|mb| mb << 20)
        .unwrap_or(DEFAULT_CAP_BYTES)
}

/// Removes least recently used slots (never `keep`, never one in use) until
/// the recorded sizes fit under `cap`.
pub fn evict(cache_dir: &Path, cap: u64, keep: &Path) {
    let mut slots: Vec<(std::time::SystemTime, u64, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(root(cache_dir)).into_iter().flatten().flatten() {
        let dir = entry.path();
        let size = std::fs::read_to_string(dir.join(SIZE_FILE)).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        let used = std::fs::metadata(dir.join(LOCK_FILE))
            .and_then(|m| m.modified())
            .unwrap_or(std::time::SystemTime::UNIX_EPOCH);
        slots.push((used, size, dir));
    }
    let mut total: u64 = slots.iter().map(|s| s.1).sum();
    if total <= cap {
        return;
    }
    slots.sort();
    for (_, size, dir) in slots {
        if total <= cap {
            break;
        }
        if dir == keep {
            continue;
        }
        // Only a slot no judge is using; the lock is held while removing.
        let Ok(lock) = File::options().write(true).open(dir.join(LOCK_FILE)) else { continue };
        if lock.try_lock().is_err() {
            continue;
        }
        if std::fs::remove_dir_all(&dir).is_ok() {
            total = total.saturating_sub(size);
        }
    }
}

fn dir_size(dir: &Path) -> u64 {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// Whether rustc's failure came from its incremental state or was an
/// internal compiler error: either way, the state is thrown away and the
/// build retried from scratch.
pub fn state_failure(stderr: &str) -> bool {
    stderr.contains("internal compiler error")
        || stderr.contains("incremental compilation")
        || stderr.contains("dep-graph")
        || stderr.contains("dep graph")
        || stderr.contains("query stack during panic")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_slot_is_busy_for_a_second_judge() {
        let cache = tempfile::tempdir().unwrap();
        let first = acquire(cache.path(), "k").expect("free slot");
        assert!(acquire(cache.path(), "k").is_none(), "a held slot must not be handed out twice");
        drop(first);
        assert!(acquire(cache.path(), "k").is_some(), "released on drop");
    }

    #[test]
    fn least_recently_used_slots_go_first_and_the_current_one_stays() {
        let cache = tempfile::tempdir().unwrap();
        let mut dirs = Vec::new();
        for (k, age) in [("old", 300), ("mid", 200), ("new", 100)] {
            let slot = acquire(cache.path(), k).unwrap();
            std::fs::write(slot.src_dir().join("main.rs"), vec![b'x'; 1000]).unwrap();
            std::fs::write(slot.dir.join(SIZE_FILE), "1000").unwrap();
            let when = std::time::SystemTime::now() - std::time::Duration::from_secs(age);
            File::options().write(true).open(slot.dir.join(LOCK_FILE)).unwrap().set_modified(when).unwrap();
            dirs.push(slot.dir.clone());
        }
        // Keeping "old" (the one being built): "mid" goes, then the cap holds.
        evict(cache.path(), 2000, &dirs[0]);
        assert!(dirs[0].exists() && !dirs[1].exists() && dirs[2].exists());
        // A slot in use is never removed.
        let held = acquire(cache.path(), "new").unwrap();
        evict(cache.path(), 0, &dirs[1]);
        assert!(!dirs[0].exists() && dirs[2].exists());
        drop(held);
    }

    #[test]
    fn rustc_state_failures_are_recognised() {
        assert!(state_failure("error: internal compiler error: unexpected panic"));
        assert!(state_failure("error: could not load dep graph from incremental compilation session"));
        assert!(!state_failure("error[E0308]: mismatched types"));
    }
}
