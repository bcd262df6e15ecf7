//! Presenting judgements: human text (colored on a TTY) and JSON. Reporters
//! only format; they never run anything.

pub mod bench;
pub mod diff;
pub mod grade;
pub mod human;
pub mod json;
pub mod plot;
pub mod roster;

use std::time::Duration;

/// `0.31 ms`, `12.4 ms`, `1.20 s`.
pub fn duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms < 1.0 {
        format!("{ms:.3} ms")
    } else if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1e3)
    }
}

/// `512 B`, `1.2 KiB`, `3.4 MiB`, `1.1 GiB`.
pub fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// Whether to color output written to stdout: a TTY, and NO_COLOR unset.
pub fn color_wanted(disabled: bool) -> bool {
    use std::io::IsTerminal;
    !disabled && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Text shortened to `max` characters with a marker saying how much was cut.
pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_string(),
        Some((cut, _)) => format!("{} ... ({} more characters)", &text[..cut], text[cut..].chars().count()),
    }
}
