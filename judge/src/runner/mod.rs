//! Runs a built solution on a batch of cases in one process, in a fresh
//! scratch directory with a cleared environment, and collects per-case
//! outcomes from the private result channel (see `judge/support/lib.rs`).
//! The runner never prints and never judges answers: it reports what happened.

mod protocol;
mod spawn;

use crate::harness::wire::{self, Payload, PayloadView, RunLimits};
use crate::sandbox::{self, Protections, ResourceLimits};
use anyhow::{Context, Result};
use nix::libc;
use protocol::{Next, Record};
use std::collections::HashMap;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::ExitStatus;
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
    /// Over the memory limit: resident memory above it (`resident` > 0), or a
    /// reservation beyond the cap on reservations (`resident` == 0).
    HeapExceeded { reserved: u64, resident: u64 },
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
    /// Bytes reserved on the heap at the peak of the case (exact).
    pub heap_peak: u64,
    /// The process's peak resident memory above its start, at the end of the case.
    pub resident_peak: u64,
    /// The call's own heap peak above the heap at its start (its extra space).
    pub call_heap: u64,
    /// What the solution printed during this case (stdout and stderr, in order;
    /// head and tail when it is long).
    pub captured: Vec<u8>,
    /// How much it printed in all.
    pub printed_bytes: u64,
    pub printed_lines: u64,
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

/// A batch's results, and the protections it ran under.
#[derive(Debug, Clone)]
pub struct BatchRun {
    pub runs: Vec<CaseRun>,
    pub protections: Protections,
}

/// A tool the solution runs under (`judge bench` counts instructions with
/// valgrind). Its own system calls and files are beyond the seccomp and
/// Landlock rules, so those two layers are off under it; the process group,
/// resource limits, scratch directory and cleared environment stay.
#[derive(Debug, Clone, Default)]
pub struct Wrapper {
    pub program: std::path::PathBuf,
    pub args: Vec<std::ffi::OsString>,
    /// Arguments for the solution binary itself.
    pub exe_args: Vec<std::ffi::OsString>,
}

/// Runs `cases` (index, encoded input) through `exe`, confined (see `sandbox`).
pub fn run_batch<P: Payload>(exe: &Path, cases: &[(usize, P)], limits: &BatchLimits) -> Result<BatchRun> {
    run_batch_under(None, exe, cases, limits)
}

/// At most this many cases are handed over as files in one run (a descriptor
/// each, well under the solution's limit on open files); the rest are read.
const MAX_MAPPED: usize = 64;

/// `run_batch`, optionally under a wrapper tool.
pub fn run_batch_under<P: Payload>(
    wrapper: Option<&Wrapper>,
    exe: &Path,
    cases: &[(usize, P)],
    limits: &BatchLimits,
) -> Result<BatchRun> {
    let scratch = crate::cleanup::ScratchDir::new("judge-run-")?;
    let capture_path = scratch.path().join("output.txt");
    let capture = std::fs::File::create(&capture_path)?;
    let (program, args): (&Path, Vec<std::ffi::OsString>) = match wrapper {
        Some(w) => {
            let mut args = w.args.clone();
            args.push(exe.as_os_str().to_owned());
            args.extend(w.exe_args.iter().cloned());
            (w.program.as_path(), args)
        }
        None => (exe, Vec::new()),
    };
    let landlock = if wrapper.is_some() { None } else { sandbox::Landlock::new(exe, scratch.path()) };
    let (stdin_read, stdin) = std::io::pipe()?;
    let (channel, stdout_write) = std::io::pipe()?;
    // Large cached inputs go to the solution as files it maps (descriptors 3,
    // 4, ...), not through the pipe; not under a wrapper tool, whose own
    // descriptors are its business.
    let stream = StreamParts::new(cases, if wrapper.is_some() { 0 } else { MAX_MAPPED })?;
    let mut passed = Vec::with_capacity(stream.files.len());
    for file in &stream.files {
        passed.push(std::os::fd::AsFd::as_fd(*file).try_clone_to_owned()?);
    }
    let child = spawn::spawn(spawn::Spec {
        program,
        args,
        dir: scratch.path(),
        stdin: stdin_read.into(),
        stdout: stdout_write.into(),
        stderr: capture.into(),
        extra: passed,
        limits: ResourceLimits { file_bytes: limits.output_bytes * 2, open_files: 256 },
        landlock: landlock.as_ref().map(|l| l.raw_fd()),
    })
    .with_context(|| format!("cannot start {}", program.display()))?;
    let group = crate::cleanup::ProcessGroup::register(child.id());

    // The filter names the child's pid (signals only to itself), so the input
    // is written after the spawn, from a thread: large inputs never deadlock.
    let mut input = wire::header(
        cases.len(),
        &RunLimits {
            cpu_kill_ns: limits.cpu_kill.as_nanos() as u64,
            wall_kill_ns: limits.wall_kill.as_nanos() as u64,
            heap_bytes: limits.heap_bytes,
            output_bytes: limits.output_bytes,
        },
        &if wrapper.is_some() { 0u32.to_le_bytes().to_vec() } else { sandbox::seccomp_programs(child.id())? },
    );
    let total = input.len() + stream.len();
    wire::set_length(&mut input, total);
    let mut parts: Vec<std::io::IoSlice> = Vec::with_capacity(1 + 2 * cases.len());
    parts.push(std::io::IoSlice::new(&input));
    stream.push_slices(&mut parts);
    widen_pipe(&stdin, total);
    let give_up = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| write_stream(stdin, &mut parts, &give_up));
        let indices: Vec<usize> = cases.iter().map(|(index, _)| *index).collect();
        let outcome = supervise(child, group, channel, &indices, limits, landlock, &capture_path);
        // A descendant that escaped the process group may hold the stream
        // open without reading it: the writer must not keep the judge waiting.
        give_up.store(true, std::sync::atomic::Ordering::Relaxed);
        outcome
    })
}

/// The cases' part of the input stream: each case behind its prefix, its
/// bytes as they are (no copy of megabytes into one buffer) or, for a file,
/// a mapped-case prefix naming the descriptor the solution finds it at.
struct StreamParts<'a> {
    cases: Vec<(Prefix, Body<'a>)>,
    /// The files to pass, in descriptor order from 3.
    files: Vec<&'a std::fs::File>,
}

/// A case's prefix: `wire::case_prefix` or `wire::mapped_case_prefix`.
enum Prefix {
    Inline([u8; 8]),
    Mapped([u8; 20]),
}

impl Prefix {
    fn bytes(&self) -> &[u8] {
        match self {
            Prefix::Inline(b) => b,
            Prefix::Mapped(b) => b,
        }
    }
}

enum Body<'a> {
    Borrowed(&'a [u8]),
    Read(Vec<u8>),
    Mapped,
}

impl Body<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Body::Borrowed(bytes) => bytes,
            Body::Read(bytes) => bytes,
            Body::Mapped => &[],
        }
    }
}

impl<'a> StreamParts<'a> {
    fn new<P: Payload>(cases: &'a [(usize, P)], max_mapped: usize) -> Result<StreamParts<'a>> {
        let mut parts = StreamParts { cases: Vec::with_capacity(cases.len()), files: Vec::new() };
        for (index, payload) in cases {
            let case = match payload.view() {
                PayloadView::Bytes(bytes) => {
                    (Prefix::Inline(wire::case_prefix(*index, bytes.len())), Body::Borrowed(bytes))
                }
                PayloadView::File(file, len) if parts.files.len() < max_mapped => {
                    let fd = 3 + parts.files.len() as u32;
                    parts.files.push(file);
                    (Prefix::Mapped(wire::mapped_case_prefix(*index, fd, len)), Body::Mapped)
                }
                PayloadView::File(file, len) => {
                    use std::os::unix::fs::FileExt;
                    let mut bytes = vec![0; len as usize];
                    file.read_exact_at(&mut bytes, 0).context("cannot read a cached input")?;
                    (Prefix::Inline(wire::case_prefix(*index, bytes.len())), Body::Read(bytes))
                }
            };
            parts.cases.push(case);
        }
        Ok(parts)
    }

    fn len(&self) -> usize {
        self.cases.iter().map(|(prefix, body)| prefix.bytes().len() + body.bytes().len()).sum()
    }

    fn push_slices<'s>(&'s self, out: &mut Vec<std::io::IoSlice<'s>>) {
        for (prefix, body) in &self.cases {
            out.push(std::io::IoSlice::new(prefix.bytes()));
            if !body.bytes().is_empty() {
                out.push(std::io::IoSlice::new(body.bytes()));
            }
        }
    }
}

/// Writes the whole stream, unless the reader goes away or `give_up` is set.
fn write_stream(
    mut pipe: std::io::PipeWriter,
    parts: &mut [std::io::IoSlice],
    give_up: &std::sync::atomic::AtomicBool,
) {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    let fd = pipe.as_raw_fd();
    // SAFETY: fcntl on a descriptor this thread owns; a signal mask of this
    // thread only. A solution gone before it read everything must cost
    // an EPIPE here, not the judge's life (SIGPIPE is the default in main).
    unsafe {
        libc::fcntl(fd, libc::F_SETFL, libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK);
        let mut pipe_signal: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut pipe_signal);
        libc::sigaddset(&mut pipe_signal, libc::SIGPIPE);
        libc::pthread_sigmask(libc::SIG_BLOCK, &pipe_signal, std::ptr::null_mut());
    }
    let mut rest = parts;
    while !rest.is_empty() {
        match pipe.write_vectored(rest) {
            Ok(0) => return,
            Ok(n) => std::io::IoSlice::advance_slices(&mut rest, n),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                if give_up.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                let mut pfd = libc::pollfd { fd, events: libc::POLLOUT, revents: 0 };
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, 50) };
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return,
        }
    }
}

/// Follows the run on the result channel to its end, then ends the process group.
fn supervise(
    mut child: spawn::Child,
    group: crate::cleanup::ProcessGroup,
    channel: std::io::PipeReader,
    indices: &[usize],
    limits: &BatchLimits,
    landlock: Option<sandbox::Landlock>,
    capture_path: &Path,
) -> Result<BatchRun> {
    // A descendant of the solution may keep the channel open after the
    // solution is gone: reads never block, and the loop below ends the run.
    let mut channel = protocol::Channel::new(channel);

    let mut batch = Collector::new(indices);
    batch.protections.landlock = landlock.is_some();
    drop(landlock);
    // Behind the harness's watchdog, which may give a run-away case up to 1 s of
    // CPU and 2 s of wall time more (see `watchdog` in the support crate).
    let backstop = limits.wall_kill * 2 + Duration::from_secs(3);
    // The CPU backstop behind the harness's own watchdog (which a thread bomb
    // can starve): the whole process's CPU time, as the kernel reports it.
    let cpu_backstop = (limits.cpu_kill * 4).max(Duration::from_secs(1)) + Duration::from_millis(500);
    // Read lazily on the first tick of a case: a /proc read per case would
    // cost more than the rest of the protocol.
    let mut case_cpu_start: Option<Duration> = None;
    let startup_deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match channel.next(Duration::from_millis(20)) {
            Next::Record(Record::End) => {
                batch.finished = true;
                break;
            }
            Next::Record(record) => {
                if matches!(record, Record::Result { .. } | Record::Sandbox { .. }) {
                    // A case starts.
                    case_cpu_start = None;
                }
                batch.record(record);
            }
            Next::Quiet => {
                let printed = std::fs::metadata(capture_path).map(|m| m.len()).unwrap_or(0);
                let cpu_now = sandbox::process_cpu(child.id()).unwrap_or_default();
                let spent = cpu_now.saturating_sub(*case_cpu_start.get_or_insert(cpu_now));
                let stuck = match batch.current {
                    Some((_, _, started)) => started.elapsed() > backstop || spent > cpu_backstop,
                    None => Instant::now() > startup_deadline && batch.spans.is_empty(),
                };
                if printed > limits.output_bytes {
                    batch.stop(Outcome::OutputExceeded, 0);
                    break;
                }
                if stuck {
                    batch.stop(Outcome::TimedOut { wall_backstop: true }, backstop.as_nanos() as u64);
                    break;
                }
            }
            Next::Closed => break,
        }
    }
    // Whatever the solution left behind goes with its process group.
    group.kill();
    let status = wait_briefly(&mut child)?;
    group.wait_gone(Duration::from_millis(500));
    Ok(batch.finish(status, capture_path))
}

/// Folds channel records into per-case runs.
struct Collector {
    runs: Vec<CaseRun>,
    positions: HashMap<u64, usize>,
    /// The case in progress: (position, capture offset at its start, when it started).
    current: Option<(usize, u64, Instant)>,
    /// Capture-file spans per case: (position, from, to).
    spans: Vec<(usize, u64, Option<u64>)>,
    /// The solution said it answered every case.
    finished: bool,
    /// A limit ended the process (watchdog, allocator or the judge itself).
    stopped: bool,
    protections: Protections,
}

impl Collector {
    fn new(indices: &[usize]) -> Collector {
        let runs = indices
            .iter()
            .map(|&index| CaseRun {
                index,
                outcome: Outcome::NotRun,
                cpu_ns: 0,
                wall_ns: 0,
                heap_peak: 0,
                resident_peak: 0,
                call_heap: 0,
                captured: Vec::new(),
                printed_bytes: 0,
                printed_lines: 0,
            })
            .collect();
        let positions = indices.iter().enumerate().map(|(pos, &index)| (index as u64, pos)).collect();
        Collector {
            runs,
            positions,
            current: None,
            spans: Vec::new(),
            finished: false,
            stopped: false,
            protections: Protections {
                rlimits: true,
                parent_death_signal: true,
                process_group_kill: true,
                ..Protections::default()
            },
        }
    }

    fn record(&mut self, record: Record) {
        let pos = |case: u64| self.positions.get(&case).copied();
        match record {
            Record::Sandbox { seccomp } => {
                self.protections.seccomp = seccomp;
                self.begin(0, 0);
            }
            Record::Result { case, kind, cpu_ns, wall_ns, peak, resident, call_heap, offset, payload } => {
                self.current = None;
                if let Some(p) = pos(case) {
                    let payload = String::from_utf8(payload)
                        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
                    let run = &mut self.runs[p];
                    run.outcome = match kind.as_str() {
                        "ok" => Outcome::Answered { answer: payload },
                        "reject" => Outcome::Rejected { message: payload },
                        _ => Outcome::Panicked { message: payload },
                    };
                    (run.cpu_ns, run.wall_ns, run.heap_peak, run.resident_peak, run.call_heap) =
                        (cpu_ns, wall_ns, peak, resident, call_heap);
                    if let Some(span) = self.spans.iter_mut().rev().find(|s| s.0 == p) {
                        span.2 = Some(offset);
                    }
                    self.begin(p + 1, offset);
                }
            }
            Record::TimeLimit { case, cpu_ns, wall_ns, peak } => {
                if let Some(p) = pos(case) {
                    let run = &mut self.runs[p];
                    (run.outcome, run.cpu_ns, run.wall_ns, run.heap_peak) =
                        (Outcome::TimedOut { wall_backstop: false }, cpu_ns, wall_ns, peak);
                }
                self.current = None;
                self.stopped = true;
            }
            Record::HeapLimit { case, reserved, resident } => {
                if let Some(p) = pos(case) {
                    let run = &mut self.runs[p];
                    (run.outcome, run.heap_peak, run.resident_peak) =
                        (Outcome::HeapExceeded { reserved, resident }, reserved, resident);
                }
                self.current = None;
                self.stopped = true;
            }
            Record::End => self.finished = true,
        }
    }

    /// The case at `position` (if there is one) starts, its output at `offset`
    /// of the capture file: the harness runs cases in the stream's order and
    /// says only when each ends.
    fn begin(&mut self, position: usize, offset: u64) {
        if position < self.runs.len() {
            self.current = Some((position, offset, Instant::now()));
            self.spans.push((position, offset, None));
        }
    }

    /// The judge stops the process: the case in progress (or the next) gets `outcome`.
    fn stop(&mut self, outcome: Outcome, wall_ns: u64) {
        let blame = self.current.map(|c| c.0).or_else(|| self.runs.iter().position(|r| r.outcome == Outcome::NotRun));
        if let Some(p) = blame {
            self.runs[p].outcome = outcome;
            self.runs[p].wall_ns = wall_ns;
        }
        self.current = None;
        self.stopped = true;
    }

    fn finish(mut self, status: Option<ExitStatus>, capture_path: &Path) -> BatchRun {
        if self.finished {
            // "Done" while cases are unanswered: something other than the harness
            // wrote to the channel.
            for run in self.runs.iter_mut().filter(|r| r.outcome == Outcome::NotRun) {
                run.outcome = Outcome::Died {
                    reason: "the run claimed to be over before answering this case \
                             (did the solution write to the judge's channel?)"
                        .into(),
                };
            }
        }
        // A case that started but never reported died with the process; so did
        // the next one if the process ended between cases.
        let dead = self.current.map(|c| c.0).or_else(|| {
            (!self.finished && !self.stopped)
                .then(|| self.runs.iter().position(|r| r.outcome == Outcome::NotRun))
                .flatten()
        });
        let capture = Capture::open(capture_path);
        if let Some(p) = dead
            && self.runs[p].outcome == Outcome::NotRun
        {
            let tail = capture.read(self.spans.last().map_or(0, |s| s.1), None, 1 << 16);
            self.runs[p].outcome = death_outcome(status, &tail);
        }
        for &(p, from, to) in &self.spans {
            let run = &mut self.runs[p];
            let end = capture.end(from, to);
            if end == from {
                // Printed nothing: the common case, and no system call.
                continue;
            }
            run.captured = capture.read(from, to, 1 << 20);
            run.printed_bytes = end - from;
            run.printed_lines = if run.printed_bytes == run.captured.len() as u64 {
                bytecount_lines(&run.captured)
            } else {
                capture.count_lines(from, end)
            };
        }
        BatchRun { runs: self.runs, protections: self.protections }
    }
}

fn wait_briefly(child: &mut spawn::Child) -> Result<Option<ExitStatus>> {
    match child.wait_timeout(Duration::from_secs(2))? {
        Some(status) => Ok(Some(status)),
        None => {
            child.kill();
            Ok(child.wait().ok())
        }
    }
}

/// The capture file after the run, opened once for every case's span of it.
struct Capture {
    file: Option<std::fs::File>,
    len: u64,
}

impl Capture {
    fn open(path: &Path) -> Capture {
        let file = std::fs::File::open(path).ok();
        let len = file.as_ref().and_then(|f| f.metadata().ok()).map_or(0, |m| m.len());
        Capture { file, len }
    }

    /// Where a span that starts at `from` ends (the file's end when `to` is None).
    fn end(&self, from: u64, to: Option<u64>) -> u64 {
        to.unwrap_or(self.len).max(from)
    }

    /// Up to `len` bytes at `at`.
    fn read_at(&self, at: u64, len: u64) -> Vec<u8> {
        use std::os::unix::fs::FileExt;
        let Some(file) = &self.file else { return Vec::new() };
        let mut buf = vec![0; len.min(self.len.saturating_sub(at)) as usize];
        let mut filled = 0;
        while filled < buf.len() {
            match file.read_at(&mut buf[filled..], at + filled as u64) {
                Ok(0) | Err(_) => break,
                Ok(n) => filled += n,
            }
        }
        buf.truncate(filled);
        buf
    }

    /// Bytes `from..to` (to the end when `to` is None). Beyond `cap`, the head
    /// and the tail are kept around a marker: a panic message is printed last,
    /// so the tail always holds it.
    fn read(&self, from: u64, to: Option<u64>, cap: u64) -> Vec<u8> {
        let end = self.end(from, to);
        let len = end - from;
        if len <= cap {
            return self.read_at(from, len);
        }
        let mut out = self.read_at(from, cap / 2);
        out.extend_from_slice(format!("\n... [{} bytes of output omitted] ...\n", len - cap).as_bytes());
        out.extend(self.read_at(end - cap / 2, cap / 2));
        out
    }

    /// Lines in bytes `from..to`, read in blocks.
    fn count_lines(&self, from: u64, to: u64) -> u64 {
        let (mut at, mut lines, mut last) = (from, 0u64, b'\n');
        while at < to {
            let block = self.read_at(at, (to - at).min(1 << 16));
            let Some(&tail) = block.last() else { break };
            lines += block.iter().filter(|&&b| b == b'\n').count() as u64;
            last = tail;
            at += block.len() as u64;
        }
        lines + u64::from(last != b'\n')
    }
}

/// Lines in printed text (a last line without a newline counts).
fn bytecount_lines(text: &[u8]) -> u64 {
    let newlines = text.iter().filter(|&&b| b == b'\n').count() as u64;
    newlines + u64::from(text.last().is_some_and(|&b| b != b'\n'))
}

/// What ended the process mid-case, in the user's terms.
fn death_outcome(status: Option<ExitStatus>, captured: &[u8]) -> Outcome {
    let text = String::from_utf8_lossy(captured);
    let reason = if text.contains("has overflowed its stack") {
        "stack overflow".to_string()
    } else if let Some(line) = text.lines().find(|l| l.contains("memory allocation of")) {
        line.trim().to_string()
    } else {
        match status.and_then(|s| s.signal()) {
            Some(25) => return Outcome::OutputExceeded, // SIGXFSZ: the file-size rlimit
            _ => exit_reason(status),
        }
    };
    Outcome::Died { reason }
}

fn exit_reason(status: Option<ExitStatus>) -> String {
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

/// A pipe holds 64 KiB by default: megabytes of input went through it in a
/// hundred writer/reader hand-offs. Up to 1 MiB (the unprivileged maximum)
/// needs no privilege; a refusal only keeps the default.
fn widen_pipe(pipe: &std::io::PipeWriter, len: usize) {
    use std::os::fd::AsRawFd;
    if len > 64 << 10 {
        let want = len.min(1 << 20) as libc::c_int;
        // SAFETY: fcntl on a descriptor this process owns; no pointers.
        unsafe { libc::fcntl(pipe.as_raw_fd(), libc::F_SETPIPE_SZ, want) };
    }
}
