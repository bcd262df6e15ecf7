//! Knowing when a solution file was saved, for `judge watch` and the mock's
//! live view.
//!
//! File events come from `notify` (debounced). The watch is on each file's
//! folder, not the file: editors that save by writing a new file and renaming
//! it over the old one replace the inode a file watch would follow. Changes
//! are decided by content, not by events: every event (and, as a fallback
//! where events never arrive, as on WSL mounts or network drives, a poll every
//! second) compares each file's content with the last judged one, so a burst
//! of events, or saves during a run, make one re-judge, and a save that
//! changes nothing makes none.

use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer, notify::RecommendedWatcher};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

const DEBOUNCE: Duration = Duration::from_millis(150);
const POLL: Duration = Duration::from_secs(1);

pub struct FileWatch {
    files: Vec<PathBuf>,
    seen: HashMap<PathBuf, Option<String>>,
    events: Option<Receiver<DebounceEventResult>>,
    _debouncer: Option<Debouncer<RecommendedWatcher>>,
    /// Why file events are unavailable (polling only), if they are.
    pub degraded: Option<String>,
}

fn fingerprint(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|bytes| crate::build::digest(&[&bytes]))
}

impl FileWatch {
    /// Watches `files`; their current contents count as seen.
    pub fn new(files: Vec<PathBuf>) -> FileWatch {
        let seen = files.iter().map(|f| (f.clone(), fingerprint(f))).collect();
        let (tx, rx) = channel();
        let mut degraded = None;
        let debouncer = match new_debouncer(DEBOUNCE, tx) {
            Ok(mut d) => {
                let mut dirs: Vec<PathBuf> = files.iter().filter_map(|f| f.parent().map(Path::to_path_buf)).collect();
                dirs.sort();
                dirs.dedup();
                for dir in dirs {
                    let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
                    if let Err(e) = d.watcher().watch(&dir, notify_debouncer_mini::notify::RecursiveMode::NonRecursive)
                    {
                        degraded = Some(format!("cannot watch {} ({e}); polling every second", dir.display()));
                    }
                }
                Some(d)
            }
            Err(e) => {
                degraded = Some(format!("no file events here ({e}); polling every second"));
                None
            }
        };
        FileWatch { files, seen, events: debouncer.as_ref().map(|_| rx), _debouncer: debouncer, degraded }
    }

    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// Waits up to `timeout` for a watched file's content to change; returns
    /// the changed files (empty on timeout). Events queued meanwhile are
    /// drained: many saves make one answer.
    pub fn wait(&mut self, timeout: Duration) -> Vec<PathBuf> {
        let deadline = Instant::now() + timeout;
        loop {
            let now = Instant::now();
            if now >= deadline {
                return self.changed();
            }
            let slice = (deadline - now).min(POLL);
            match &self.events {
                Some(rx) => match rx.recv_timeout(slice) {
                    Ok(_) => while rx.try_recv().is_ok() {},
                    Err(RecvTimeoutError::Timeout) => {}
                    Err(RecvTimeoutError::Disconnected) => self.events = None,
                },
                None => std::thread::sleep(slice),
            }
            let changed = self.changed();
            if !changed.is_empty() {
                return changed;
            }
        }
    }

    fn changed(&mut self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for f in &self.files {
            let now = fingerprint(f);
            // A file mid-save (renamed away for a moment) is not a change yet.
            if now.is_none() {
                continue;
            }
            if self.seen.get(f) != Some(&now) {
                self.seen.insert(f.clone(), now);
                out.push(f.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_is_seen_once_and_a_rename_over_the_file_counts() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sol.rs");
        std::fs::write(&file, "fn a() {}").unwrap();
        let mut watch = FileWatch::new(vec![file.clone()]);
        assert!(watch.wait(Duration::from_millis(50)).is_empty(), "nothing saved yet");
        for _ in 0..3 {
            std::fs::write(&file, "fn b() {}").unwrap();
        }
        assert_eq!(watch.wait(Duration::from_secs(3)), vec![file.clone()]);
        assert!(watch.wait(Duration::from_millis(300)).is_empty(), "three writes of one content: one change");
        // Editors' atomic save: a new file renamed over the old one.
        let tmp = dir.path().join(".sol.rs.swp");
        std::fs::write(&tmp, "fn c() {}").unwrap();
        std::fs::rename(&tmp, &file).unwrap();
        assert_eq!(watch.wait(Duration::from_secs(3)), vec![file]);
    }
}
