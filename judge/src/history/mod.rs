//! The user's history: every attempt (`judge run`, `grade`, mock), a snapshot
//! of each attempted source, and practice events (hints, give-ups, ratings),
//! in an embedded SQLite database: `solutions/.judge/history.db`, or
//! `$JUDGE_DATA_DIR/history.db`.
//!
//! The schema is versioned (`PRAGMA user_version`, one migration per version,
//! each in a transaction). A database that cannot be read is never replaced or
//! repaired: the error names the file and says how to start over.

pub mod schedule;
pub mod stats;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Migrations, in order: `MIGRATIONS[k]` takes the schema from version k to k+1.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    verdict TEXT NOT NULL,
    passed INTEGER NOT NULL,
    total INTEGER NOT NULL,
    max_cpu_ms REAL NOT NULL,
    peak_heap_bytes INTEGER NOT NULL,
    source_hash TEXT NOT NULL,
    session TEXT
);
CREATE INDEX attempts_by_problem ON attempts (problem, at_ms);
CREATE TABLE snapshots (
    hash TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    first_at_ms INTEGER NOT NULL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    problem TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX events_by_problem ON events (problem, at_ms);
"#,
    r#"
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    started_ms INTEGER NOT NULL,
    deadline_ms INTEGER NOT NULL,
    ended_ms INTEGER,
    dir TEXT NOT NULL,
    problems TEXT NOT NULL
);
ALTER TABLE events ADD COLUMN session TEXT;
"#,
];

/// How an attempt came about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptKind {
    Run,
    Grade,
    Mock,
}

impl AttemptKind {
    pub fn name(self) -> &'static str {
        match self {
            AttemptKind::Run => "run",
            AttemptKind::Grade => "grade",
            AttemptKind::Mock => "mock",
        }
    }
}

/// One judged attempt at a problem.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Attempt {
    /// The row id (not exported: ids are per database).
    #[serde(skip)]
    pub id: i64,
    pub problem: String,
    pub at_ms: i64,
    pub kind: String,
    pub verdict: String,
    pub passed: u32,
    pub total: u32,
    pub max_cpu_ms: f64,
    pub peak_heap_bytes: u64,
    pub source_hash: String,
    pub session: Option<String>,
}

impl Attempt {
    pub fn accepted(&self) -> bool {
        self.verdict == "AC"
    }
}

/// A practice event: `hint` (detail: its number), `gave-up`, `known`,
/// `rated` (detail: again/hard/good/easy), `reset` (detail: the snapshot hash).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Event {
    pub problem: String,
    pub at_ms: i64,
    pub kind: String,
    pub detail: Option<String>,
    /// The mock session it happened in.
    pub session: Option<String>,
}

/// A mock interview: its problems (slug, file) as JSON, its times.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SessionRow {
    pub id: String,
    pub started_ms: i64,
    pub deadline_ms: i64,
    pub ended_ms: Option<i64>,
    pub dir: String,
    pub problems: String,
}

pub struct History {
    conn: Connection,
    path: PathBuf,
}

/// Milliseconds since the Unix epoch, now.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or(Duration::ZERO).as_millis() as i64
}

/// The source's content hash, as snapshots are keyed.
pub fn source_hash(source: &str) -> String {
    crate::build::digest(&[source.as_bytes()])
}

impl History {
    /// `$JUDGE_DATA_DIR/history.db`, else `<solutions>/.judge/history.db`.
    pub fn default_path(solutions: &Path) -> PathBuf {
        match std::env::var_os("JUDGE_DATA_DIR") {
            Some(dir) => PathBuf::from(dir).join("history.db"),
            None => solutions.join(".judge").join("history.db"),
        }
    }

    /// Opens (creating when absent) and migrates the database.
    pub fn open(path: &Path) -> Result<History> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let conn = Connection::open(path).map_err(|e| unreadable(path, &e))?;
        // Another judge may be writing (a grade while a watch re-judges): wait for it.
        conn.busy_timeout(Duration::from_secs(5)).map_err(|e| unreadable(path, &e))?;
        // WAL with NORMAL sync: a commit is one append, no fsync on the
        // edit-to-verdict path; a crash may lose the last attempt, never the file.
        let _ = conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()));
        let _ = conn.pragma_update(None, "synchronous", "NORMAL");
        // Closing the last connection would checkpoint the log into the file
        // (with an fsync: a tenth of an edit-to-verdict's own time); the log is
        // checkpointed as it grows instead (every 1000 pages) and by the next
        // open that needs it.
        let _ = conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
        let mut history = History { conn, path: path.to_path_buf() };
        history.migrate()?;
        Ok(history)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn migrate(&mut self) -> Result<()> {
        let path = self.path.clone();
        let version: i64 =
            self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| unreadable(&path, &e))?;
        if version as usize > MIGRATIONS.len() {
            bail!(
                "{} was written by a newer judge (schema {version}, this one knows {}): update the judge",
                path.display(),
                MIGRATIONS.len()
            );
        }
        for (k, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction().map_err(|e| unreadable(&path, &e))?;
            tx.execute_batch(sql).map_err(|e| unreadable(&path, &e))?;
            tx.pragma_update(None, "user_version", (k + 1) as i64).map_err(|e| unreadable(&path, &e))?;
            tx.commit().map_err(|e| unreadable(&path, &e))?;
        }
        Ok(())
    }

    /// Records an attempt and keeps its source (once per distinct content).
    pub fn record_attempt(&self, attempt: &Attempt, source: &str) -> Result<i64> {
        let path = &self.path;
        self.conn
            .execute(
                "INSERT OR IGNORE INTO snapshots (hash, source, first_at_ms) VALUES (?1, ?2, ?3)",
                params![attempt.source_hash, source, attempt.at_ms],
            )
            .map_err(|e| unreadable(path, &e))?;
        self.conn
            .execute(
                "INSERT INTO attempts (problem, at_ms, kind, verdict, passed, total, max_cpu_ms, peak_heap_bytes, \
                 source_hash, session) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    attempt.problem,
                    attempt.at_ms,
                    attempt.kind,
                    attempt.verdict,
                    attempt.passed,
                    attempt.total,
                    attempt.max_cpu_ms,
                    attempt.peak_heap_bytes as i64,
                    attempt.source_hash,
                    attempt.session
                ],
            )
            .map_err(|e| unreadable(path, &e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Keeps a source without an attempt (the file `judge reset` replaces).
    pub fn keep_snapshot(&self, source: &str) -> Result<String> {
        let hash = source_hash(source);
        self.conn
            .execute(
                "INSERT OR IGNORE INTO snapshots (hash, source, first_at_ms) VALUES (?1, ?2, ?3)",
                params![hash, source, now_ms()],
            )
            .map_err(|e| unreadable(&self.path, &e))?;
        Ok(hash)
    }

    pub fn record_event(&self, event: &Event) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO events (problem, at_ms, kind, detail, session) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![event.problem, event.at_ms, event.kind, event.detail, event.session],
            )
            .map_err(|e| unreadable(&self.path, &e))?;
        Ok(())
    }

    /// Attempts, oldest first: one problem's, or all.
    pub fn attempts(&self, problem: Option<&str>) -> Result<Vec<Attempt>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, problem, at_ms, kind, verdict, passed, total, max_cpu_ms, peak_heap_bytes, source_hash, \
                 session FROM attempts WHERE (?1 IS NULL OR problem = ?1) ORDER BY at_ms, id",
            )
            .map_err(|e| unreadable(&self.path, &e))?;
        let rows = stmt
            .query_map(params![problem], |r| {
                Ok(Attempt {
                    id: r.get(0)?,
                    problem: r.get(1)?,
                    at_ms: r.get(2)?,
                    kind: r.get(3)?,
                    verdict: r.get(4)?,
                    passed: r.get(5)?,
                    total: r.get(6)?,
                    max_cpu_ms: r.get(7)?,
                    peak_heap_bytes: r.get::<_, i64>(8)? as u64,
                    source_hash: r.get(9)?,
                    session: r.get(10)?,
                })
            })
            .map_err(|e| unreadable(&self.path, &e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| unreadable(&self.path, &e))
    }

    /// Events, oldest first: one problem's, or all.
    pub fn events(&self, problem: Option<&str>) -> Result<Vec<Event>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT problem, at_ms, kind, detail, session FROM events WHERE (?1 IS NULL OR problem = ?1) \
                 ORDER BY at_ms, id",
            )
            .map_err(|e| unreadable(&self.path, &e))?;
        let rows = stmt
            .query_map(params![problem], |r| {
                Ok(Event {
                    problem: r.get(0)?,
                    at_ms: r.get(1)?,
                    kind: r.get(2)?,
                    detail: r.get(3)?,
                    session: r.get(4)?,
                })
            })
            .map_err(|e| unreadable(&self.path, &e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| unreadable(&self.path, &e))
    }

    pub fn insert_session(&self, s: &SessionRow) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO sessions (id, started_ms, deadline_ms, ended_ms, dir, problems) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![s.id, s.started_ms, s.deadline_ms, s.ended_ms, s.dir, s.problems],
            )
            .map_err(|e| unreadable(&self.path, &e))?;
        Ok(())
    }

    pub fn end_session(&self, id: &str, ended_ms: i64) -> Result<()> {
        self.conn
            .execute("UPDATE sessions SET ended_ms = ?2 WHERE id = ?1 AND ended_ms IS NULL", params![id, ended_ms])
            .map_err(|e| unreadable(&self.path, &e))?;
        Ok(())
    }

    /// Sessions, newest first.
    pub fn sessions(&self) -> Result<Vec<SessionRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, started_ms, deadline_ms, ended_ms, dir, problems FROM sessions ORDER BY started_ms DESC, id DESC")
            .map_err(|e| unreadable(&self.path, &e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(SessionRow {
                    id: r.get(0)?,
                    started_ms: r.get(1)?,
                    deadline_ms: r.get(2)?,
                    ended_ms: r.get(3)?,
                    dir: r.get(4)?,
                    problems: r.get(5)?,
                })
            })
            .map_err(|e| unreadable(&self.path, &e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| unreadable(&self.path, &e))
    }

    /// The source kept under `hash`.
    pub fn snapshot(&self, hash: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT source FROM snapshots WHERE hash = ?1", params![hash], |r| r.get(0))
            .optional()
            .map_err(|e| unreadable(&self.path, &e))
    }
}

/// Everything the history holds, for `judge export` / `judge import`.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Dump {
    pub format: String,
    pub attempts: Vec<Attempt>,
    pub events: Vec<Event>,
    pub snapshots: Vec<DumpSnapshot>,
    pub sessions: Vec<SessionRow>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DumpSnapshot {
    pub hash: String,
    pub source: String,
    pub first_at_ms: i64,
}

pub const DUMP_FORMAT: &str = "judge-history-1";

impl History {
    pub fn dump(&self) -> Result<Dump> {
        let attempts = self.attempts(None)?.into_iter().map(|a| Attempt { id: 0, ..a }).collect();
        let events = self.events(None)?;
        let mut stmt = self
            .conn
            .prepare("SELECT hash, source, first_at_ms FROM snapshots ORDER BY first_at_ms, hash")
            .map_err(|e| unreadable(&self.path, &e))?;
        let snapshots = stmt
            .query_map([], |r| Ok(DumpSnapshot { hash: r.get(0)?, source: r.get(1)?, first_at_ms: r.get(2)? }))
            .map_err(|e| unreadable(&self.path, &e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| unreadable(&self.path, &e))?;
        let sessions = self.sessions()?;
        Ok(Dump { format: DUMP_FORMAT.into(), attempts, events, snapshots, sessions })
    }

    /// Merges a dump: records already here (same problem, time, kind and
    /// content) are skipped, so importing twice changes nothing. One
    /// transaction: a failed import leaves the history as it was.
    /// Returns (attempts, events) added.
    pub fn import(&mut self, dump: &Dump) -> Result<(usize, usize)> {
        if dump.format != DUMP_FORMAT {
            bail!("not a judge history export (format {:?}, expected {DUMP_FORMAT:?})", dump.format);
        }
        let Dump { attempts: existing_attempts, events: existing_events, .. } = self.dump()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| unreadable(&path, &e))?;
        for s in &dump.snapshots {
            tx.execute(
                "INSERT OR IGNORE INTO snapshots (hash, source, first_at_ms) VALUES (?1, ?2, ?3)",
                params![s.hash, s.source, s.first_at_ms],
            )
            .map_err(|e| unreadable(&path, &e))?;
        }
        for s in &dump.sessions {
            tx.execute(
                "INSERT OR IGNORE INTO sessions (id, started_ms, deadline_ms, ended_ms, dir, problems) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![s.id, s.started_ms, s.deadline_ms, s.ended_ms.or(Some(s.deadline_ms)), s.dir, s.problems],
            )
            .map_err(|e| unreadable(&path, &e))?;
        }
        let mut added = (0, 0);
        for a in dump.attempts.iter().map(|a| Attempt { id: 0, ..a.clone() }).filter(|a| !existing_attempts.contains(a))
        {
            tx.execute(
                "INSERT INTO attempts (problem, at_ms, kind, verdict, passed, total, max_cpu_ms, peak_heap_bytes, \
                 source_hash, session) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    a.problem,
                    a.at_ms,
                    a.kind,
                    a.verdict,
                    a.passed,
                    a.total,
                    a.max_cpu_ms,
                    a.peak_heap_bytes as i64,
                    a.source_hash,
                    a.session
                ],
            )
            .map_err(|e| unreadable(&path, &e))?;
            added.0 += 1;
        }
        for e in dump.events.iter().filter(|e| !existing_events.contains(e)) {
            tx.execute(
                "INSERT INTO events (problem, at_ms, kind, detail, session) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![e.problem, e.at_ms, e.kind, e.detail, e.session],
            )
            .map_err(|e| unreadable(&path, &e))?;
            added.1 += 1;
        }
        tx.commit().map_err(|e| unreadable(&path, &e))?;
        Ok(added)
    }
}

/// A judgement's outcome, as an attempt keeps it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figures {
    pub verdict: crate::verdict::Verdict,
    pub passed: usize,
    pub total: usize,
    pub max_cpu: Duration,
    pub peak_heap: u64,
}

impl Figures {
    pub fn of(j: &crate::judging::Judgement) -> Figures {
        Figures {
            verdict: j.verdict,
            passed: j.passed(),
            total: j.cases.len(),
            max_cpu: j.max_cpu(),
            peak_heap: j.peak_heap(),
        }
    }
}

impl Attempt {
    /// An attempt made now (its id comes when it is recorded).
    pub fn new(problem: &str, kind: AttemptKind, f: Figures, source: &str, session: Option<&str>) -> Attempt {
        Attempt {
            id: 0,
            problem: problem.to_string(),
            at_ms: now_ms(),
            kind: kind.name().to_string(),
            verdict: f.verdict.code().to_string(),
            passed: f.passed as u32,
            total: f.total as u32,
            max_cpu_ms: f.max_cpu.as_secs_f64() * 1e3,
            peak_heap_bytes: f.peak_heap,
            source_hash: source_hash(source),
            session: session.map(String::from),
        }
    }
}

impl History {
    /// Records an attempt. History is a side record: when it cannot be
    /// written, the verdict still stands and a warning says why.
    pub fn record_or_warn(&self, attempt: &Attempt, source: &str) {
        if let Err(e) = self.record_attempt(attempt, source) {
            warn_unrecorded(&e);
        }
    }
}

/// The warning for an attempt the history could not take.
pub fn warn_unrecorded(e: &anyhow::Error) {
    eprintln!("warning: this attempt was not recorded: {e:#}");
}

/// The one error for a database that cannot be used: which file, what
/// SQLite said, and that nothing was changed.
fn unreadable(path: &Path, e: &rusqlite::Error) -> anyhow::Error {
    let busy = matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DatabaseBusy || f.code == rusqlite::ErrorCode::DatabaseLocked);
    if busy {
        anyhow::anyhow!("the history database {} is locked by another judge (waited 5 s): try again", path.display())
    } else {
        anyhow::anyhow!(
            "the history database {} cannot be used ({e}); it was left exactly as it is. To start a new \
             history, move it aside (e.g. `mv {0} {0}.bak`); to keep the old one elsewhere, set JUDGE_DATA_DIR",
            path.display()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(problem: &str, at_ms: i64, verdict: &str) -> Attempt {
        Attempt {
            id: 0,
            problem: problem.into(),
            at_ms,
            kind: "run".into(),
            verdict: verdict.into(),
            passed: 3,
            total: 5,
            max_cpu_ms: 1.5,
            peak_heap_bytes: 1024,
            source_hash: source_hash(verdict),
            session: None,
        }
    }

    #[test]
    fn attempts_round_trip_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.db");
        {
            let h = History::open(&path).unwrap();
            h.record_attempt(&attempt("two-sum", 10, "WA"), "fn a() {}").unwrap();
            h.record_attempt(&attempt("two-sum", 20, "AC"), "fn b() {}").unwrap();
            h.record_attempt(&attempt("3sum", 15, "TLE"), "fn c() {}").unwrap();
        }
        let h = History::open(&path).unwrap();
        let two = h.attempts(Some("two-sum")).unwrap();
        assert_eq!(two.iter().map(|a| a.verdict.as_str()).collect::<Vec<_>>(), ["WA", "AC"]);
        assert_eq!(h.attempts(None).unwrap().len(), 3);
        assert_eq!(h.snapshot(&two[1].source_hash).unwrap().as_deref(), Some("fn b() {}"));
    }

    #[test]
    fn a_damaged_database_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("history.db");
        std::fs::write(&path, b"this is not a database, but somebody's precious file\n").unwrap();
        let err = History::open(&path).err().expect("a damaged database is an error");
        let text = format!("{err:#}");
        assert!(text.contains("history.db") && text.contains("left exactly as it is"), "{text}");
        assert_eq!(std::fs::read(&path).unwrap(), b"this is not a database, but somebody's precious file\n");
    }
}
