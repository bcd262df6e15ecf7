//! Parsing the result channel (format documented in `judge/support/lib.rs`).

use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc::Sender;

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

/// Reads records until EOF or garbage; each goes to `tx`.
pub fn read_records(channel: impl Read, tx: Sender<Record>) {
    let mut reader = BufReader::with_capacity(1 << 16, channel);
    let mut line = String::new();
    loop {
        line.clear();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let Some(record) = parse(line.trim_end(), &mut reader) else {
            return;
        };
        if tx.send(record).is_err() {
            return;
        }
    }
}

fn parse(line: &str, reader: &mut impl Read) -> Option<Record> {
    let mut f = line.split(' ');
    let tag = f.next()?;
    let mut num = || f.next().and_then(|x| x.parse::<u64>().ok());
    Some(match tag {
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
            let mut payload = vec![0; len as usize];
            reader.read_exact(&mut payload).ok()?;
            Record::Result { case, kind, cpu_ns, wall_ns, peak, resident, call_heap, offset, payload }
        }
        _ => return None,
    })
}
