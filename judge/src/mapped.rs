//! Cached files read by mapping them: a reference profile holds megabytes of
//! answers, and reading them into fresh memory cost a page fault per 4 KiB
//! and a copy. The cache only ever replaces files (write, then rename), so a
//! mapping never sees its file change.

use nix::libc;
use std::os::fd::AsRawFd;
use std::path::Path;

/// Below this a plain read is cheaper than a mapping (also for the cached
/// inputs the solution maps: `harness::wire::Encoded`).
pub const MAP_AT: u64 = 64 << 10;

/// A file's UTF-8 text: mapped when large, read when small.
pub enum FileText {
    Read(String),
    Mapped(Mapping),
}

/// A read-only private mapping of a whole file, checked to be UTF-8.
pub struct Mapping {
    ptr: *const u8,
    len: usize,
}

// SAFETY: the mapping is read-only and owned by this value alone.
unsafe impl Send for Mapping {}
// SAFETY: as above: nothing writes through it.
unsafe impl Sync for Mapping {}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly what `FileText::open` mapped, once.
        unsafe { libc::munmap(self.ptr as *mut libc::c_void, self.len) };
    }
}

impl FileText {
    /// The file's text; None when it cannot be read or is not UTF-8.
    pub fn open(path: &Path) -> Option<FileText> {
        let file = std::fs::File::open(path).ok()?;
        let len = file.metadata().ok()?.len();
        if len < MAP_AT {
            let mut text = String::with_capacity(len as usize);
            std::io::Read::read_to_string(&mut &file, &mut text).ok()?;
            return Some(FileText::Read(text));
        }
        let len = usize::try_from(len).ok()?;
        // SAFETY: a new read-only private mapping of an open file; no pointer is passed in.
        let ptr =
            unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0) };
        if ptr == libc::MAP_FAILED {
            return None;
        }
        let mapping = Mapping { ptr: ptr as *const u8, len };
        std::str::from_utf8(mapping.bytes()).ok()?;
        Some(FileText::Mapped(mapping))
    }
}

impl Mapping {
    fn bytes(&self) -> &[u8] {
        // SAFETY: `len` bytes mapped readable at `ptr`, alive as long as `self`.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl AsRef<str> for FileText {
    fn as_ref(&self) -> &str {
        match self {
            FileText::Read(text) => text,
            // SAFETY: checked to be UTF-8 when mapped; the bytes never change.
            FileText::Mapped(mapping) => unsafe { std::str::from_utf8_unchecked(mapping.bytes()) },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_large_files_read_back_whole_and_non_utf8_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        for len in [0, 10, MAP_AT as usize - 1, MAP_AT as usize, 3 << 20] {
            let text: String = (0..len).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
            let path = dir.path().join(format!("{len}"));
            std::fs::write(&path, &text).unwrap();
            let read = FileText::open(&path).unwrap();
            assert_eq!(read.as_ref(), text, "{len} bytes");
            assert_eq!(matches!(read, FileText::Mapped(_)), len as u64 >= MAP_AT);
        }
        let bad = dir.path().join("bad");
        let mut bytes = vec![b'x'; 1 << 20];
        bytes[777_777] = 0xff;
        std::fs::write(&bad, &bytes).unwrap();
        assert!(FileText::open(&bad).is_none());
        assert!(FileText::open(&dir.path().join("missing")).is_none());
    }
}
