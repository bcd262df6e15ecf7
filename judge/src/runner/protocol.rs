//! Parsing the result channel (format documented in `judge/support/lib.rs`).

use nix::libc;
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

/// An answer larger than this is not read (the solution is lying or flooding).
const MAX_PAYLOAD: u64 = 1 << 30;

#[derive(Debug)]
pub enum Record {
    Sandbox {
        seccomp: bool,
    },
    Result {
        case: u64,
        kind: String,
        cpu_ns: u64,
        wall_ns: u64,
        peak: u64,
        resident: u64,
        call_heap: u64,
        offset: u64,
        payload: Vec<u8>,
    },
    TimeLimit {
        case: u64,
        cpu_ns: u64,
        wall_ns: u64,
        peak: u64,
    },
    /// `resident` is 0 when a reservation passed the cap (nothing was measured).
    HeapLimit {
        case: u64,
        reserved: u64,
        resident: u64,
    },
    End,
}

/// A line longer than this is garbage (no record line comes close).
const MAX_LINE: usize = 4096;

/// What `Channel::next` found.
#[derive(Debug)]
pub enum Next {
    Record(Record),
    /// Nothing within the timeout.
    Quiet,
    /// End of file, or garbage: nothing more will be read.
    Closed,
}

/// The result channel, read by the thread that supervises the run (no reader
/// thread and no hand-off between threads: a record wakes the supervisor
/// directly, and records already in the pipe are taken in one read).
pub struct Channel {
    pipe: std::io::PipeReader,
    buf: Vec<u8>,
    /// Where the unparsed bytes in `buf` start.
    start: usize,
    /// An `R` record whose payload is still arriving, and the bytes it needs.
    pending: Option<(Record, usize)>,
    closed: bool,
}

impl Channel {
    pub fn new(pipe: std::io::PipeReader) -> Channel {
        let fd = pipe.as_raw_fd();
        // SAFETY: fcntl on a descriptor this process owns; no pointers.
        unsafe { libc::fcntl(fd, libc::F_SETFL, libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK) };
        Channel { pipe, buf: Vec::with_capacity(1 << 16), start: 0, pending: None, closed: false }
    }

    /// The next record, waiting at most `timeout` for it.
    pub fn next(&mut self, timeout: Duration) -> Next {
        let deadline = Instant::now() + timeout;
        loop {
            match self.parse_buffered() {
                Parsed::Record(record) => return Next::Record(record),
                Parsed::Garbage => {
                    self.closed = true;
                    return Next::Closed;
                }
                Parsed::Incomplete if self.closed => return Next::Closed,
                Parsed::Incomplete => {}
            }
            match self.fill() {
                Ok(0) => self.closed = true,
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return Next::Quiet;
                    }
                    self.wait_readable(left);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => self.closed = true,
            }
        }
    }

    /// Until the pipe has something to read (or closes), `timeout` passes, or a signal.
    fn wait_readable(&self, timeout: Duration) {
        let mut pfd = libc::pollfd { fd: self.pipe.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // Rounded up: a wait rounded down to 0 ms would spin.
        let ms = timeout.as_micros().div_ceil(1000).clamp(1, i32::MAX as u128) as i32;
        // SAFETY: one valid pollfd.
        unsafe { libc::poll(&mut pfd, 1, ms) };
    }

    /// One read: into the pending payload when there is one (large answers
    /// are not copied twice), else after the buffered bytes.
    fn fill(&mut self) -> std::io::Result<usize> {
        let (target, want) = match &mut self.pending {
            Some((Record::Result { payload, .. }, need)) => {
                payload.reserve_exact(*need);
                (payload, *need)
            }
            _ => {
                if self.start == self.buf.len() {
                    self.buf.clear();
                    self.start = 0;
                } else if self.start > (1 << 16) {
                    self.buf.drain(..self.start);
                    self.start = 0;
                }
                self.buf.reserve(1 << 16);
                let want = self.buf.capacity() - self.buf.len();
                (&mut self.buf, want)
            }
        };
        let spare = target.spare_capacity_mut();
        // SAFETY: reads at most `want` bytes (within the spare capacity, reserved
        // above), then counts only what the kernel wrote.
        let n = unsafe { libc::read(self.pipe.as_raw_fd(), spare.as_mut_ptr().cast(), want) };
        if n < 0 {
            return Err(std::io::Error::last_os_error());
        }
        let n = n as usize;
        // SAFETY: the kernel initialised `n` bytes of the spare capacity.
        unsafe { target.set_len(target.len() + n) };
        if let Some((_, need)) = &mut self.pending {
            *need -= n;
        }
        Ok(n)
    }

    fn parse_buffered(&mut self) -> Parsed {
        if let Some((_, need)) = &self.pending {
            if *need > 0 {
                return Parsed::Incomplete;
            }
            let (record, _) = self.pending.take().expect("a pending record");
            return Parsed::Record(record);
        }
        let rest = &self.buf[self.start..];
        let Some(newline) = memchr::memchr(b'\n', rest) else {
            return if rest.len() > MAX_LINE { Parsed::Garbage } else { Parsed::Incomplete };
        };
        let Ok(line) = std::str::from_utf8(&rest[..newline]) else { return Parsed::Garbage };
        let Some((record, payload_len)) = parse(line.trim_end()) else { return Parsed::Garbage };
        let after = self.start + newline + 1;
        match record {
            Record::Result { .. } if payload_len > 0 => {
                let mut record = record;
                let Record::Result { payload, .. } = &mut record else { unreachable!() };
                let buffered = (self.buf.len() - after).min(payload_len);
                payload.reserve_exact(payload_len);
                payload.extend_from_slice(&self.buf[after..after + buffered]);
                self.start = after + buffered;
                if buffered == payload_len {
                    return Parsed::Record(record);
                }
                self.pending = Some((record, payload_len - buffered));
                Parsed::Incomplete
            }
            record => {
                self.start = after;
                Parsed::Record(record)
            }
        }
    }
}

enum Parsed {
    Record(Record),
    Incomplete,
    Garbage,
}

/// A record line, and for a result the length of the payload that follows it.
fn parse(line: &str) -> Option<(Record, usize)> {
    let mut f = line.split(' ');
    let tag = f.next()?;
    let mut num = || f.next().and_then(|x| x.parse::<u64>().ok());
    let record = match tag {
        "T" => Record::TimeLimit { case: num()?, cpu_ns: num()?, wall_ns: num()?, peak: num()? },
        "M" => Record::HeapLimit { case: num()?, reserved: num()?, resident: num()? },
        "E" => Record::End,
        "P" => Record::Sandbox { seccomp: num()? == 1 },
        "R" => {
            let mut f = line.split(' ').skip(1);
            let case = f.next()?.parse().ok()?;
            let kind = f.next()?.to_string();
            let mut nums = f.map(|x| x.parse::<u64>().ok());
            let mut next = || nums.next().flatten();
            let (cpu_ns, wall_ns, peak, resident, call_heap, offset, len) =
                (next()?, next()?, next()?, next()?, next()?, next()?, next()?);
            if len > MAX_PAYLOAD {
                return None;
            }
            let record =
                Record::Result { case, kind, cpu_ns, wall_ns, peak, resident, call_heap, offset, payload: Vec::new() };
            return Some((record, len as usize));
        }
        _ => return None,
    };
    Some((record, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// The records a writer's bytes make, written in the given pieces (with a
    /// pause between them, so reads see partial records).
    fn records_of(pieces: Vec<Vec<u8>>) -> (Vec<Record>, bool) {
        let (reader, mut writer) = std::io::pipe().unwrap();
        let feeder = std::thread::spawn(move || {
            for piece in pieces {
                writer.write_all(&piece).unwrap();
                std::thread::sleep(Duration::from_millis(5));
            }
        });
        let mut channel = Channel::new(reader);
        let mut records = Vec::new();
        let closed = loop {
            match channel.next(Duration::from_secs(5)) {
                Next::Record(r) => records.push(r),
                Next::Quiet => break false,
                Next::Closed => break true,
            }
        };
        feeder.join().unwrap();
        (records, closed)
    }

    fn payload_of(record: &Record) -> &[u8] {
        match record {
            Record::Result { payload, .. } => payload,
            other => panic!("not a result: {other:?}"),
        }
    }

    #[test]
    fn records_split_anywhere_arrive_whole() {
        let stream = b"P 1\nR 7 ok 1 2 3 4 5 6 3\n[1]R 8 panic 1 2 3 4 5 6 0\nE\n".to_vec();
        for cut in 1..stream.len() {
            let (records, closed) = records_of(vec![stream[..cut].to_vec(), stream[cut..].to_vec()]);
            assert!(closed);
            assert_eq!(records.len(), 4, "cut at {cut}: {records:?}");
            assert!(matches!(records[0], Record::Sandbox { seccomp: true }));
            assert_eq!(payload_of(&records[1]), b"[1]");
            assert!(matches!(&records[2], Record::Result { case: 8, kind, offset: 6, .. } if kind == "panic"));
            assert!(matches!(records[3], Record::End));
        }
    }

    #[test]
    fn a_large_payload_arrives_in_full() {
        let answer: Vec<u8> = (0..3_000_000u32).map(|i| b'0' + (i % 10) as u8).collect();
        let mut head = format!("R 1 ok 0 0 0 0 0 0 {}\n", answer.len()).into_bytes();
        head.extend_from_slice(&answer[..1000]);
        let pieces = vec![head, answer[1000..2_000_000].to_vec(), answer[2_000_000..].to_vec(), b"E\n".to_vec()];
        let (records, closed) = records_of(pieces);
        assert!(closed);
        assert_eq!(records.len(), 2);
        assert_eq!(payload_of(&records[0]), &answer[..]);
    }

    #[test]
    fn garbage_and_cut_records_close_the_channel() {
        // An unknown tag after a good record.
        let (records, closed) = records_of(vec![b"P 0\nhello world\nE\n".to_vec()]);
        assert!(closed && records.len() == 1);
        // A line that never ends is not buffered without bound.
        let (records, closed) = records_of(vec![vec![b'x'; 10_000]]);
        assert!(closed && records.is_empty());
        // A payload cut short by the end of the stream.
        let (records, closed) = records_of(vec![b"R 1 ok 0 0 0 0 0 0 10\nabc".to_vec()]);
        assert!(closed && records.is_empty());
        // A payload beyond the cap is refused before anything is allocated.
        let (records, closed) = records_of(vec![format!("R 1 ok 0 0 0 0 0 0 {}\n", MAX_PAYLOAD + 1).into_bytes()]);
        assert!(closed && records.is_empty());
    }

    #[test]
    fn a_quiet_channel_times_out() {
        let (reader, _writer) = std::io::pipe().unwrap();
        let mut channel = Channel::new(reader);
        let started = Instant::now();
        let next = channel.next(Duration::from_millis(30));
        assert!(matches!(next, Next::Quiet), "{next:?}");
        assert!(started.elapsed() >= Duration::from_millis(30));
    }
}
