//! Runs a built solution on a batch of cases in one process, in a fresh
//! scratch directory with a cleared environment, and collects per-case
//! outcomes from the private result channel (see `judge/support/lib.rs`).
//! The runner never prints and never judges answers: it reports what happened.

mod protocol;

use crate::harness::wire::{self, RunLimits};
use anyhow::{Context, Result};
use protocol::Record;
use std::io::{Read, Seek, SeekFrom};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// What happened to one case.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The call returned; `answer` is its JSON.
    Answered { answer: String },
    /// The call panicked (message with location).
    Panicked { message: String },
    /// The glue rejected the answer (e.g. a graph clone sharing nodes).
    Rejected { message: String },
    /// Stopped by the CPU watchdog or the wall-clock backstop.
    TimedOut { wall_backstop: bool },
    /// The heap limit was hit while allocating `bytes` live bytes.
    HeapExceeded { bytes: u64 },
    /// Printed more than the output limit.
    OutputExceeded,
    /// The process died during this case (abort, signal, `exit`).
    Died { reason: String },
    /// Not reached: an earlier case ended the process.
    NotRun,
}

#[derive(Debug, Clone)]
pub struct CaseRun {
    pub index: usize,
    pub outcome: Outcome,
    pub cpu_ns: u64,
    pub wall_ns: u64,
    pub heap_peak: u64,
    /// What the solution printed during this case (stdout and stderr, in order).
    pub captured: Vec<u8>,
}

/// Limits for one batch.
#[derive(Debug, Clone, Copy)]
pub struct BatchLimits {
    /// The watchdog stops a call after this much CPU time.
    pub cpu_kill: Duration,
    /// ... or this much wall time (sleepers).
    pub wall_kill: Duration,
    pub heap_bytes: u64,
    /// Captured output beyond this is OLE.
    pub output_bytes: u64,
}

/// Runs `cases` (index, encoded input) through `exe`.
pub fn run_batch(exe: &Path, cases: &[(usize, Vec<u8>)], limits: &BatchLimits) -> Result<Vec<CaseRun>> {
    let scratch = tempfile::Builder::new().prefix("judge-run-").tempdir().context("cannot create a scratch dir")?;
    let mut input = wire::header(
        cases.len(),
        &RunLimits {
            cpu_kill_ns: limits.cpu_kill.as_nanos() as u64,
            wall_kill_ns: limits.wall_kill.as_nanos() as u64,
            heap_bytes: limits.heap_bytes,
        },
    );
    for (index, payload) in cases {
        wire::push_case(&mut input, *index, payload);
    }
    let input_path = scratch.path().join("input.bin");
    std::fs::write(&input_path, &input)?;
    drop(input);
    let capture_path = scratch.path().join("output.txt");
    let capture = std::fs::File::create(&capture_path)?;

    let mut child = Command::new(exe)
        .current_dir(scratch.path())
        .env_clear()
        .stdin(std::fs::File::open(&input_path)?)
        .stdout(Stdio::piped())
        .stderr(capture)
        .spawn()
        .with_context(|| format!("cannot start {}", exe.display()))?;
    let channel = child.stdout.take().expect("piped stdout");
    let (tx, rx) = mpsc::channel();
    // Detached: a descendant of the solution may keep the channel open after
    // the solution is gone, and the judge must not wait for it.
    std::thread::spawn(move || protocol::read_records(channel, tx));

    let mut runs: Vec<CaseRun> = cases
        .iter()
        .map(|(index, _)| CaseRun {
            index: *index,
            outcome: Outcome::NotRun,
            cpu_ns: 0,
            wall_ns: 0,
            heap_peak: 0,
            captured: Vec::new(),
        })
        .collect();
    let positions: std::collections::HashMap<u64, usize> =
        cases.iter().enumerate().map(|(pos, (index, _))| (*index as u64, pos)).collect();
    let position = |index: u64| positions.get(&index).copied();
    let mut finished = false; // the solution said it answered every case
    let mut current: Option<(usize, u64, Instant)> = None; // (position, capture start, started)
    let mut spans: Vec<(usize, u64, Option<u64>)> = Vec::new(); // (position, from, to)
    let backstop = limits.wall_kill + Duration::from_secs(1);
    let startup_deadline = Instant::now() + Duration::from_secs(10);
    let mut killed = false;

    loop {
        match rx.recv_timeout(Duration::from_millis(20)) {
            Ok(Record::Start { case, offset }) => {
                if let Some(pos) = position(case) {
                    current = Some((pos, offset, Instant::now()));
                    spans.push((pos, offset, None));
                }
            }
            Ok(Record::Result { case, kind, cpu_ns, wall_ns, peak, offset, payload }) => {
                if let Some(pos) = position(case) {
                    let payload = String::from_utf8_lossy(&payload).into_owned();
                    runs[pos].outcome = match kind.as_str() {
                        "ok" => Outcome::Answered { answer: payload },
                        "reject" => Outcome::Rejected { message: payload },
                        _ => Outcome::Panicked { message: payload },
                    };
                    runs[pos].cpu_ns = cpu_ns;
                    runs[pos].wall_ns = wall_ns;
                    runs[pos].heap_peak = peak;
                    if let Some(span) = spans.iter_mut().rev().find(|s| s.0 == pos) {
                        span.2 = Some(offset);
                    }
                }
                current = None;
            }
            Ok(Record::TimeLimit { case, cpu_ns, wall_ns }) => {
                if let Some(pos) = position(case) {
                    runs[pos].outcome = Outcome::TimedOut { wall_backstop: false };
                    runs[pos].cpu_ns = cpu_ns;
                    runs[pos].wall_ns = wall_ns;
                }
                current = None;
            }
            Ok(Record::HeapLimit { case, bytes }) => {
                if let Some(pos) = position(case) {
                    runs[pos].outcome = Outcome::HeapExceeded { bytes };
                    runs[pos].heap_peak = bytes;
                }
                current = None;
            }
            Ok(Record::End) => {
                finished = true;
                break;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let size = std::fs::metadata(&capture_path).map(|m| m.len()).unwrap_or(0);
                let blame = current.map(|c| c.0).or_else(|| runs.iter().position(|r| r.outcome == Outcome::NotRun));
                if size > limits.output_bytes {
                    if let Some(pos) = blame {
                        runs[pos].outcome = Outcome::OutputExceeded;
                    }
                    killed = true;
                    break;
                }
                let stuck = match current {
                    Some((_, _, started)) => started.elapsed() > backstop,
                    None => Instant::now() > startup_deadline && spans.is_empty(),
                };
                if stuck {
                    if let Some(pos) = blame {
                        runs[pos].outcome = Outcome::TimedOut { wall_backstop: true };
                        runs[pos].wall_ns = backstop.as_nanos() as u64;
                    }
                    killed = true;
                    break;
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    if killed {
        let _ = child.kill();
    }
    let status = wait_briefly(&mut child)?;

    // A case that started but never reported died with the process; so did
    // the next one if the process ended between cases.
    let stopped_by_limit =
        killed || runs.iter().any(|r| matches!(r.outcome, Outcome::TimedOut { .. } | Outcome::HeapExceeded { .. }));
    let dead = current.map(|c| c.0).or_else(|| {
        (!finished && !stopped_by_limit).then(|| runs.iter().position(|r| r.outcome == Outcome::NotRun)).flatten()
    });
    if let Some(pos) = dead
        && runs[pos].outcome == Outcome::NotRun
    {
        let tail = read_capture(&capture_path, spans.last().map_or(0, |s| s.1), None, 1 << 16);
        runs[pos].outcome = Outcome::Died { reason: death_reason(status, &tail) };
    }
    for (pos, from, to) in spans {
        runs[pos].captured = read_capture(&capture_path, from, to, 1 << 20);
    }
    Ok(runs)
}

fn wait_briefly(child: &mut std::process::Child) -> Result<Option<std::process::ExitStatus>> {
    use wait_timeout::ChildExt;
    match child.wait_timeout(Duration::from_secs(2))? {
        Some(status) => Ok(Some(status)),
        None => {
            let _ = child.kill();
            Ok(child.wait().ok())
        }
    }
}

/// Bytes `from..to` of the capture file (to the end when `to` is None). Beyond
/// `cap`, the head and the tail are kept around a marker: a panic message is
/// printed last, so the tail always holds it.
fn read_capture(path: &Path, from: u64, to: Option<u64>, cap: u64) -> Vec<u8> {
    let Ok(mut f) = std::fs::File::open(path) else { return Vec::new() };
    let end = to.unwrap_or_else(|| f.metadata().map(|m| m.len()).unwrap_or(from)).max(from);
    let mut read = |at: u64, len: u64| {
        let mut buf = Vec::new();
        if f.seek(SeekFrom::Start(at)).is_ok() {
            let _ = (&mut f).take(len).read_to_end(&mut buf);
        }
        buf
    };
    let len = end - from;
    if len <= cap {
        return read(from, len);
    }
    let mut out = read(from, cap / 2);
    out.extend_from_slice(format!("\n... [{} bytes of output omitted] ...\n", len - cap).as_bytes());
    out.extend(read(end - cap / 2, cap / 2));
    out
}

/// Why the process ended mid-case, in the user's terms.
fn death_reason(status: Option<std::process::ExitStatus>, captured: &[u8]) -> String {
    let text = String::from_utf8_lossy(captured);
    if text.contains("has overflowed its stack") {
        return "stack overflow".into();
    }
    if let Some(line) = text.lines().find(|l| l.contains("memory allocation of")) {
        return line.trim().to_string();
    }
    match status {
        None => "the process could not be waited for".into(),
        Some(s) => match (s.code(), s.signal()) {
            (Some(code), _) => {
                format!("exited with code {code} without answering (std::process::exit?)")
            }
            (None, Some(6)) => "aborted (SIGABRT)".into(),
            (None, Some(11)) => "segmentation fault (SIGSEGV)".into(),
            (None, Some(9)) => "killed (SIGKILL)".into(),
            (None, Some(sig)) => format!("killed by signal {sig}"),
            (None, None) => "ended abnormally".into(),
        },
    }
}
