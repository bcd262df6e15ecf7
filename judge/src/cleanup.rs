//! What must not outlive a run, even when the user presses Ctrl-C: the
//! solution's process groups and the judge's scratch directories. Both are
//! registered while alive; the interrupt handler kills and removes what is left.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static GROUPS: Mutex<Vec<u32>> = Mutex::new(Vec::new());
static DIRS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// On SIGINT/SIGTERM: kill every solution process group, remove every scratch
/// directory (so no half-written build is left), exit 130.
pub fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(|| {
        for &pgid in lock(&GROUPS).iter() {
            crate::sandbox::kill_group(pgid);
        }
        for dir in lock(&DIRS).iter() {
            let _ = std::fs::remove_dir_all(dir);
        }
        eprintln!("interrupted");
        std::process::exit(130);
    });
}

/// A temporary directory removed on drop, or by the interrupt handler.
pub struct ScratchDir {
    dir: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl ScratchDir {
    /// In the system's temp dir.
    pub fn new(prefix: &str) -> Result<ScratchDir> {
        Self::register(tempfile::Builder::new().prefix(prefix).tempdir().context("cannot create a scratch directory")?)
    }

    pub fn new_in(parent: &Path, prefix: &str) -> Result<ScratchDir> {
        let dir = tempfile::Builder::new()
            .prefix(prefix)
            .tempdir_in(parent)
            .with_context(|| format!("cannot create a scratch directory in {}", parent.display()))?;
        Self::register(dir)
    }

    fn register(dir: tempfile::TempDir) -> Result<ScratchDir> {
        let path = dir.path().to_path_buf();
        lock(&DIRS).push(path.clone());
        Ok(ScratchDir { dir: Some(dir), path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Keeps the directory (it is being published) and returns its path.
    pub fn keep(mut self) -> PathBuf {
        lock(&DIRS).retain(|d| *d != self.path);
        self.dir.take().map(tempfile::TempDir::keep).unwrap_or_else(|| self.path.clone())
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        lock(&DIRS).retain(|d| *d != self.path);
    }
}

/// A running solution's process group: killed on drop, or by the interrupt handler.
pub struct ProcessGroup(u32);

impl ProcessGroup {
    pub fn register(pgid: u32) -> ProcessGroup {
        lock(&GROUPS).push(pgid);
        ProcessGroup(pgid)
    }

    pub fn kill(&self) {
        crate::sandbox::kill_group(self.0);
    }

    /// Waits (at most `limit`) until no process of the group exists any more,
    /// so that a run is over only when everything it started is gone.
    pub fn wait_gone(&self, limit: std::time::Duration) {
        let until = std::time::Instant::now() + limit;
        let group = nix::unistd::Pid::from_raw(self.0 as i32);
        while nix::sys::signal::killpg(group, None).is_ok() && std::time::Instant::now() < until {
            self.kill();
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        self.kill();
        lock(&GROUPS).retain(|&g| g != self.0);
    }
}
