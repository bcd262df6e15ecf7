//! judge_support: the small runtime linked into every solution binary.
//!
//! Built once per judge version and toolchain with a single `rustc` call (it has
//! no dependencies), then linked into each solution by `--extern`. It holds what
//! must not be recompiled on every edit: the decoder of the judge's pre-decoded
//! input stream, the JSON writer for answers, the counting allocator that gives
//! exact heap peaks and enforces the heap limit, the CPU-time watchdog, and the
//! run protocol. LeetCode's own types (`ListNode`, `TreeNode`) are deliberately
//! NOT here: users implement traits on them, which the orphan rule only allows in
//! the crate compiled with the user's code.
//!
//! Protocol. stdin: the input file written by the judge (see `judge/src/harness/wire.rs`).
//! stdout at start: the private result channel; the harness moves it to another
//! descriptor and points fd 1 at the capture file the judge gave as stderr, so the
//! solution's prints (stdout and stderr alike) land in that file, in order.
//! Records on the channel, one per line (payload bytes follow `R` records):
//!   `P <1|0>`                                        the seccomp filter is (not) installed;
//!                                                    the first case starts
//!   `R <case> <kind> <cpu ns> <wall ns> <peak bytes> <resident bytes> <call bytes> <capture offset> <payload len>`
//!                                                    (call bytes: the heap peak of the call itself
//!                                                    above the heap at its start: its extra space)
//!                                                    case finished (the next one starts:
//!                                                    cases run in the stream's order, and
//!                                                    a case's output begins where the
//!                                                    previous one's ended); kind: ok | panic | reject
//!   `T <case> <cpu ns> <wall ns> <peak bytes>`       time limit hit (the watchdog ends the process)
//!   `M <case> <reserved bytes> <resident bytes>`     memory limit hit (the allocator or the
//!                                                    watchdog ends the process)
//!
//! Memory. The allocator counts the bytes the solution holds exactly (the
//! "heap reserved" figure: a `Vec::with_capacity` counts in full). The limit,
//! as on LeetCode, is on memory really used: the process's peak resident set
//! (`getrusage`) above what it was before the first case. Reservations are
//! capped too, at `RESERVE_FACTOR` times the limit, so a 64 GiB `with_capacity`
//! is refused at once instead of being left for the kernel to overcommit.
//!   `P <seccomp 0|1>`                                the sandbox as installed, before any case
//!   `E`                                              all cases done

#![allow(clippy::missing_safety_doc)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, AtomicUsize, Ordering::Relaxed};

// ------------------------------------------------------------------ libc

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

unsafe extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    fn dup(fd: i32) -> i32;
    fn dup2(from: i32, to: i32) -> i32;
    fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
    fn syscall(number: i64, ...) -> i64;
    fn _exit(code: i32) -> !;
    fn prctl(option: i32, ...) -> i32;
    fn signal(signum: i32, handler: usize) -> usize;
    fn getrusage(who: i32, usage: *mut Rusage) -> i32;
    fn mallopt(param: i32, value: i32) -> i32;
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, offset: i64) -> *mut u8;
    fn atexit(callback: extern "C" fn()) -> i32;
    fn pread(fd: i32, buf: *mut u8, count: usize, offset: i64) -> isize;
    fn close(fd: i32) -> i32;
}

/// `struct rusage`: two timevals, then 14 longs (`ru_maxrss`, in KiB, first).
#[repr(C)]
struct Rusage {
    times: [i64; 4],
    maxrss: i64,
    rest: [i64; 13],
}

/// The process's peak resident set so far, in bytes (one system call, no allocation).
fn peak_resident_bytes() -> u64 {
    let mut usage = Rusage { times: [0; 4], maxrss: 0, rest: [0; 13] };
    if unsafe { getrusage(0, &mut usage) } != 0 {
        return 0;
    }
    usage.maxrss.max(0) as u64 * 1024
}

#[cfg(target_arch = "x86_64")]
const SYS_WRITE: i64 = 1;
#[cfg(target_arch = "aarch64")]
const SYS_WRITE: i64 = 64;
#[cfg(target_arch = "x86_64")]
const SYS_WRITEV: i64 = 20;
#[cfg(target_arch = "aarch64")]
const SYS_WRITEV: i64 = 66;

/// write(2) itself, bypassing the interposed `write` below.
fn raw_write(fd: i32, buf: *const u8, len: usize) -> isize {
    unsafe { syscall(SYS_WRITE, fd as i64, buf, len) as isize }
}

// ------------------------------------------------------------------ stdout buffer
//
// Rust's stdout is line-buffered and its stderr unbuffered: a `println!` per
// loop iteration is a system call per line, a `dbg!` several, which on a
// 10^4-element input costs more than the algorithm. LeetCode users debug with
// prints, so the harness takes the C library's `write` symbol for the binary
// and gathers the writes to fd 1 and fd 2 (both point at the capture file, so
// one buffer keeps their order) in a static buffer (no heap: the solution's
// heap figures stay exact), flushed when full and at the end of every case.
// The CPU time of those flushes is not the solution's: it is subtracted from
// the call's time (`CALL_FLUSH_NS`), so printing costs only the formatting.
// An abort (a stack overflow's report ends in one) and an `exit` flush first.
// Everything else goes straight to the kernel.

const OUT_CAPACITY: usize = 1 << 16;
static mut OUT_BYTES: [u8; OUT_CAPACITY] = [0; OUT_CAPACITY];
static OUT_LEN: AtomicUsize = AtomicUsize::new(0);
static OUT_LOCK: AtomicBool = AtomicBool::new(false);
static BUFFER_STDOUT: AtomicBool = AtomicBool::new(false);

/// Runs `f` holding the spin lock `lock` (each guards only a few stores).
fn with_spin_lock<T>(lock: &AtomicBool, f: impl FnOnce() -> T) -> T {
    while lock.compare_exchange_weak(false, true, std::sync::atomic::Ordering::Acquire, Relaxed).is_err() {
        std::hint::spin_loop();
    }
    let result = f();
    lock.store(false, std::sync::atomic::Ordering::Release);
    result
}

fn with_out_lock<T>(f: impl FnOnce() -> T) -> T {
    with_spin_lock(&OUT_LOCK, f)
}

/// CPU time spent flushing the buffer during the current call.
static CALL_FLUSH_NS: AtomicU64 = AtomicU64::new(0);

fn flush_out_locked() {
    let len = OUT_LEN.swap(0, Relaxed);
    if len == 0 {
        return;
    }
    let timed = IN_CALL.load(Relaxed);
    let started = if timed { cpu_ns() } else { 0 };
    let mut done = 0;
    while done < len {
        let n = raw_write(1, unsafe { (&raw const OUT_BYTES as *const u8).add(done) }, len - done);
        if n <= 0 {
            break;
        }
        done += n as usize;
    }
    if timed {
        CALL_FLUSH_NS.fetch_add(cpu_ns().saturating_sub(started), Relaxed);
    }
}

/// Writes out what the solution printed so far.
fn flush_stdout_buffer() {
    with_out_lock(flush_out_locked);
}

/// The `write` every part of this binary (Rust's std included) calls.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn write(fd: i32, buf: *const u8, len: usize) -> isize {
    if !(fd == 1 || fd == 2) || !BUFFER_STDOUT.load(Relaxed) {
        return raw_write(fd, buf, len);
    }
    with_out_lock(|| {
        if OUT_LEN.load(Relaxed) + len > OUT_CAPACITY {
            flush_out_locked();
        }
        if len > OUT_CAPACITY {
            return raw_write(1, buf, len);
        }
        let at = OUT_LEN.load(Relaxed);
        unsafe { std::ptr::copy_nonoverlapping(buf, (&raw mut OUT_BYTES as *mut u8).add(at), len) };
        OUT_LEN.store(at + len, Relaxed);
        len as isize
    })
}

/// SIGABRT: flush what was printed (the lock may be held by the interrupted
/// thread: then give up rather than deadlock), then let the abort go on.
extern "C" fn flush_on_abort(_signal: i32) {
    if OUT_LOCK.compare_exchange(false, true, std::sync::atomic::Ordering::Acquire, Relaxed).is_ok() {
        flush_out_locked();
        OUT_LOCK.store(false, std::sync::atomic::Ordering::Release);
    }
}

/// `std::process::exit` in a solution: what it printed is kept (the harness's
/// own ends use `_exit`, which skips this).
extern "C" fn flush_at_exit() {
    flush_on_abort(0);
}

const SIGABRT: i32 = 6;

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const SEEK_CUR: i32 = 1;

fn clock_ns(clock: i32) -> u64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { clock_gettime(clock, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// CPU time of the whole process (all threads), in nanoseconds.
pub fn cpu_ns() -> u64 {
    clock_ns(CLOCK_PROCESS_CPUTIME_ID)
}

/// Monotonic wall-clock time in nanoseconds.
pub fn wall_ns() -> u64 {
    clock_ns(CLOCK_MONOTONIC)
}

// ------------------------------------------------------------------ channel

static CHANNEL_FD: AtomicI32 = AtomicI32::new(-1);
static CHANNEL_LOCK: Mutex<()> = Mutex::new(());

/// Writes bytes to the result channel in full; never allocates.
fn channel_write_raw(bytes: &[u8]) {
    let fd = CHANNEL_FD.load(Relaxed);
    let mut rest = bytes;
    while !rest.is_empty() {
        let n = raw_write(fd, rest.as_ptr(), rest.len());
        if n <= 0 {
            return;
        }
        rest = &rest[n as usize..];
    }
}

/// `first` then `second` on the channel, in one system call where the pipe
/// takes both (a case's result line and its answer).
fn channel_write_pair(first: &[u8], second: &[u8]) {
    #[repr(C)]
    struct IoVec {
        base: *const u8,
        len: usize,
    }
    let iov = [IoVec { base: first.as_ptr(), len: first.len() }, IoVec { base: second.as_ptr(), len: second.len() }];
    let fd = CHANNEL_FD.load(Relaxed);
    let n = unsafe { syscall(SYS_WRITEV, fd as i64, iov.as_ptr(), 2i64) };
    if n < 0 {
        return;
    }
    let n = n as usize;
    if n < first.len() {
        channel_write_raw(&first[n..]);
        channel_write_raw(second);
    } else {
        channel_write_raw(&second[n - first.len()..]);
    }
}

fn channel_send(bytes: &[u8]) {
    let _guard = CHANNEL_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    channel_write_raw(bytes);
}

/// A line formatted on the stack (for the allocator and watchdog, which must not allocate).
struct StackLine {
    buf: [u8; 128],
    len: usize,
}

impl StackLine {
    fn new(tag: u8) -> Self {
        let mut line = StackLine { buf: [0; 128], len: 0 };
        line.buf[0] = tag;
        line.len = 1;
        line
    }
    fn num(mut self, mut v: u64) -> Self {
        let mut digits = [0u8; 20];
        let mut n = 0;
        loop {
            digits[n] = b'0' + (v % 10) as u8;
            n += 1;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.buf[self.len] = b' ';
        self.len += 1;
        while n > 0 {
            n -= 1;
            self.buf[self.len] = digits[n];
            self.len += 1;
        }
        self
    }
    fn send_and_exit(mut self, code: i32) -> ! {
        // Keep what the solution printed: it is shown with the verdict.
        flush_stdout_buffer();
        self.buf[self.len] = b'\n';
        self.len += 1;
        // A single write of < PIPE_BUF bytes is atomic: no lock (the lock holder may be us).
        channel_write_raw(&self.buf[..self.len]);
        unsafe { _exit(code) }
    }
}

// ------------------------------------------------------------------ allocator

static HEAP_CURRENT: AtomicUsize = AtomicUsize::new(0);
static HEAP_PEAK: AtomicUsize = AtomicUsize::new(0);
static HEAP_LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);
static CURRENT_CASE: AtomicU64 = AtomicU64::new(0);
/// Reservations beyond this many times the limit are refused outright.
const RESERVE_FACTOR: usize = 8;
/// The peak resident set before the first case (binary, libraries, the input).
static RESIDENT_BASE: AtomicU64 = AtomicU64::new(0);
/// Reserved bytes at which the allocator next looks at the resident set: it
/// cannot have grown by more than the reservations since the last look.
static NEXT_RESIDENT_CHECK: AtomicUsize = AtomicUsize::new(0);

/// The solution's resident memory: peak resident set above the base.
fn resident_used() -> u64 {
    peak_resident_bytes().saturating_sub(RESIDENT_BASE.load(Relaxed))
}

/// Ends the run with an `M` record when resident memory is over the limit.
fn check_resident(reserved: usize) {
    let limit = HEAP_LIMIT.load(Relaxed);
    let resident = resident_used();
    if resident > limit as u64 {
        StackLine::new(b'M').num(CURRENT_CASE.load(Relaxed)).num(reserved as u64).num(resident).send_and_exit(3);
    }
    NEXT_RESIDENT_CHECK.store(reserved + (limit - resident as usize).max(1 << 20), Relaxed);
}

/// Counts live heap bytes exactly; refuses (with an `M` record) beyond the limit.
pub struct CountingAllocator;

/// Under callgrind (`judge bench`), the allocator's work inside a measured
/// call is left out of the instruction count: it depends on the heap's state
/// (grow in place or move and copy), not on the algorithm.
static EXCLUDE_ALLOCATOR: AtomicBool = AtomicBool::new(false);

/// Flips callgrind's collection state (a valgrind client request; natively
/// the special sequence does nothing: the rotations add up to 128 bits).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn callgrind_toggle_collect() {
    const CALLGRIND_TOGGLE_COLLECT: u64 = (((b'C' as u64) << 24) | ((b'T' as u64) << 16)) + 2;
    let request: [u64; 6] = [CALLGRIND_TOGGLE_COLLECT, 0, 0, 0, 0, 0];
    unsafe {
        std::arch::asm!(
            "rol rdi, 3", "rol rdi, 13", "rol rdi, 61", "rol rdi, 51", "xchg rbx, rbx",
            in("rax") request.as_ptr(),
            inout("rdx") 0u64 => _,
            out("rdi") _,
            options(nostack),
        );
    }
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn callgrind_toggle_collect() {}

/// Runs an allocator operation, uncounted by callgrind when asked to.
#[inline(always)]
fn uncounted<T>(op: impl FnOnce() -> T) -> T {
    let toggle = EXCLUDE_ALLOCATOR.load(Relaxed) && IN_CALL.load(Relaxed);
    if toggle {
        callgrind_toggle_collect();
    }
    let out = op();
    if toggle {
        callgrind_toggle_collect();
    }
    out
}

impl CountingAllocator {
    #[inline]
    fn grow(size: usize) {
        let now = HEAP_CURRENT.fetch_add(size, Relaxed).wrapping_add(size);
        let limit = HEAP_LIMIT.load(Relaxed);
        if now > limit {
            if now > limit.saturating_mul(RESERVE_FACTOR) || now < size {
                StackLine::new(b'M').num(CURRENT_CASE.load(Relaxed)).num(now as u64).num(0).send_and_exit(3);
            }
            if now >= NEXT_RESIDENT_CHECK.load(Relaxed) {
                check_resident(now);
            }
        }
        // The peak is stored, not `fetch_max`ed: a locked read-modify-write on
        // every allocation of a growing heap (all of a tree's construction) was
        // a tenth of the harness's time. Two threads racing to a new peak can
        // leave the lower of the two: the reported peak is then short by one
        // allocation of a multi-threaded solution; the limit is enforced on
        // `HEAP_CURRENT`, which stays exact.
        if now > HEAP_PEAK.load(Relaxed) {
            HEAP_PEAK.store(now, Relaxed);
        }
    }
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // The harness decoding an input: counted when decoding ends (see `Local`).
        if let Some(p) = arena_alloc(layout, true) {
            return p;
        }
        Self::grow(layout.size());
        let p = uncounted(|| unsafe { System.alloc(layout) });
        if p.is_null() {
            HEAP_CURRENT.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if let Some(p) = arena_alloc(layout, true) {
            // A reused chunk holds old bytes.
            unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
            return p;
        }
        Self::grow(layout.size());
        let p = uncounted(|| unsafe { System.alloc_zeroed(layout) });
        if p.is_null() {
            HEAP_CURRENT.fetch_sub(layout.size(), Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        uncounted(|| {
            let arena = in_arena(ptr);
            if !arena {
                unsafe { System.dealloc(ptr, layout) };
            }
            let batched = LOCAL.with(|l| l.worker.get() && worker_free(l, arena.then_some(ptr), layout.size()));
            if !batched {
                if arena {
                    arena_free(ptr);
                }
                HEAP_CURRENT.fetch_sub(layout.size(), Relaxed);
            }
        })
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::grow(new_size - layout.size());
        }
        let p = uncounted(|| {
            if !in_arena(ptr) {
                return unsafe { System.realloc(ptr, layout, new_size) };
            }
            // Arena blocks never grow in place: moved to a new block (arena or not).
            let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            let moved = arena_alloc(new_layout, false).unwrap_or_else(|| unsafe { System.alloc(new_layout) });
            if !moved.is_null() {
                unsafe { std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size)) };
                arena_free(ptr);
            }
            moved
        });
        if p.is_null() {
            if new_size > layout.size() {
                HEAP_CURRENT.fetch_sub(new_size - layout.size(), Relaxed);
            }
        } else if new_size < layout.size() {
            HEAP_CURRENT.fetch_sub(layout.size() - new_size, Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

// ------------------------------------------------------------------ input arena

// The harness decodes a case's input (a tree of 10^5 nodes, 10^6 small
// vectors) in many small allocations the solution later frees. Through the C
// allocator that was most of an unchanged run's time. While the harness's
// thread decodes, small blocks come from an arena instead: 1 MiB chunks in
// address space reserved once, bumped through, with no per-block header. A
// chunk goes back to the pool when every block in it is freed, by whichever
// thread frees them; nothing is ever freed early, so a solution that keeps an
// input past its call (in a static) keeps its chunk. The solution's own
// allocations, inside the timed call, still go to the C allocator, as on
// LeetCode. Heap accounting is by block size either way.

const ARENA_RESERVE: usize = 8 << 30;
const CHUNK_BYTES: usize = 1 << 20;
/// Blocks above this go to the C allocator (a chunk holds many).
const ARENA_MAX_BLOCK: usize = 64 << 10;
/// A chunk's live count while it is the current one: the blocks handed out
/// from it are subtracted when it is closed, so frees before that never reach 0.
const OPEN_BIAS: usize = usize::MAX / 2;
const CHUNK_HEADER: usize = 64;

static ARENA_BASE: AtomicUsize = AtomicUsize::new(0);
static ARENA_FRESH: AtomicUsize = AtomicUsize::new(0);
/// Free chunks (a stack linked through their headers), behind a spin lock.
static ARENA_FREE: AtomicUsize = AtomicUsize::new(0);
static ARENA_FREE_LOCK: AtomicBool = AtomicBool::new(false);

#[repr(C)]
struct ChunkHeader {
    live: AtomicUsize,
    next_free: usize,
}

/// A thread's allocator state, in one thread-local (one lookup per call).
///
/// A locked read-modify-write of the global count on every allocation and
/// every free (and another of the chunk's live count) was most of decoding and
/// dropping a 10^5-node tree. On the solution's main thread (`worker`), which
/// lives as long as the process, two of them are batched:
/// - what the harness allocates while it decodes is counted in one step when
///   decoding ends (no user code runs while it decodes);
/// - frees are uncounted in steps of at most `FREE_BATCH` bytes, and arena
///   blocks returned to their chunk in one step per run of frees from one
///   chunk. The count is then at most `FREE_BATCH` above the truth, never
///   below: no allocation goes uncounted, so no limit is ever loosened.
/// Every other thread counts each allocation and free as it happens.
struct Local {
    /// The harness's thread while it decodes a case's input.
    decoding: std::cell::Cell<bool>,
    worker: std::cell::Cell<bool>,
    /// (current chunk, next free byte, blocks handed out) of this thread's arena chunk.
    bump: std::cell::Cell<(usize, usize, usize)>,
    /// Bytes handed out while decoding, not yet counted.
    decoded: std::cell::Cell<usize>,
    /// Bytes freed, not yet uncounted.
    freed: std::cell::Cell<usize>,
    /// (chunk, blocks) freed from one arena chunk, not yet returned to it.
    chunk_frees: std::cell::Cell<(usize, usize)>,
}

const FREE_BATCH: usize = 4 << 10;

thread_local! {
    static LOCAL: Local = const {
        Local {
            decoding: std::cell::Cell::new(false),
            worker: std::cell::Cell::new(false),
            bump: std::cell::Cell::new((0, 0, 0)),
            decoded: std::cell::Cell::new(0),
            freed: std::cell::Cell::new(0),
            chunk_frees: std::cell::Cell::new((0, 0)),
        }
    };
}

/// Makes the calling thread the batching one (see `Local`).
fn become_worker() {
    LOCAL.with(|l| l.worker.set(true));
}

/// A free on the worker thread, batched (see `Local`); `arena_block` when the
/// block is the arena's. Always true: the free is taken care of.
#[inline]
fn worker_free(l: &Local, arena_block: Option<*mut u8>, size: usize) -> bool {
    if let Some(ptr) = arena_block {
        let chunk = chunk_of(ptr);
        let (pending, count) = l.chunk_frees.get();
        if pending == chunk {
            l.chunk_frees.set((chunk, count + 1));
        } else {
            l.chunk_frees.set((chunk, 1));
            if pending != 0 {
                return_blocks(pending, count);
            }
        }
    }
    let freed = l.freed.get() + size;
    if freed >= FREE_BATCH {
        HEAP_CURRENT.fetch_sub(freed, Relaxed);
        l.freed.set(0);
    } else {
        l.freed.set(freed);
    }
    true
}

/// Settles this thread's batched counts (the worker's, at every case start).
fn settle_batches() {
    LOCAL.with(|l| {
        let freed = l.freed.replace(0);
        if freed > 0 {
            HEAP_CURRENT.fetch_sub(freed, Relaxed);
        }
        let (chunk, count) = l.chunk_frees.replace((0, 0));
        if chunk != 0 {
            return_blocks(chunk, count);
        }
    });
}

/// Reserves the arena's address space (no memory until touched); without it
/// every block comes from the C allocator.
fn reserve_arena() {
    const PROT_READ_WRITE: i32 = 0x1 | 0x2;
    const MAP_PRIVATE_ANONYMOUS_NORESERVE: i32 = 0x02 | 0x20 | 0x4000;
    let p = unsafe { mmap(std::ptr::null_mut(), ARENA_RESERVE, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS_NORESERVE, -1, 0) };
    if p as isize != -1 && !p.is_null() {
        // Chunks are aligned to their size, so a block finds its chunk by masking.
        let base = (p as usize).next_multiple_of(CHUNK_BYTES);
        ARENA_FRESH.store(base, Relaxed);
        ARENA_BASE.store(base, Relaxed);
    }
}

fn set_decoding(on: bool) {
    let decoded = LOCAL.with(|l| {
        l.decoding.set(on);
        l.decoded.replace(0)
    });
    if decoded > 0 {
        CountingAllocator::grow(decoded);
    }
}

fn in_arena(ptr: *mut u8) -> bool {
    let base = ARENA_BASE.load(Relaxed);
    base != 0 && (ptr as usize).wrapping_sub(base) < ARENA_RESERVE - CHUNK_BYTES
}

fn with_free_list<T>(f: impl FnOnce() -> T) -> T {
    with_spin_lock(&ARENA_FREE_LOCK, f)
}

fn release_chunk(chunk: usize) {
    with_free_list(|| unsafe {
        (*(chunk as *mut ChunkHeader)).next_free = ARENA_FREE.load(Relaxed);
        ARENA_FREE.store(chunk, Relaxed);
    });
}

/// A chunk to bump through: a freed one, else fresh address space; 0 when out.
fn take_chunk() -> usize {
    let reused = with_free_list(|| {
        let top = ARENA_FREE.load(Relaxed);
        if top != 0 {
            ARENA_FREE.store(unsafe { (*(top as *const ChunkHeader)).next_free }, Relaxed);
        }
        top
    });
    let chunk = if reused != 0 {
        reused
    } else {
        let fresh = ARENA_FRESH.fetch_add(CHUNK_BYTES, Relaxed);
        if fresh + CHUNK_BYTES > ARENA_BASE.load(Relaxed) + ARENA_RESERVE - CHUNK_BYTES {
            return 0;
        }
        fresh
    };
    unsafe { (*(chunk as *const ChunkHeader)).live.store(OPEN_BIAS, Relaxed) };
    chunk
}

/// Closes the current chunk: its count drops to the blocks still live.
fn close_chunk(chunk: usize, handed_out: usize) {
    let header = unsafe { &*(chunk as *const ChunkHeader) };
    if header.live.fetch_sub(OPEN_BIAS - handed_out, std::sync::atomic::Ordering::AcqRel) == OPEN_BIAS - handed_out {
        release_chunk(chunk);
    }
}

/// A block from the arena, or None (not decoding, too large, or no space).
/// `deferred`: its bytes are counted when decoding ends (else the caller counts them).
#[inline]
fn arena_alloc(layout: Layout, deferred: bool) -> Option<*mut u8> {
    if layout.size() > ARENA_MAX_BLOCK || layout.align() > CHUNK_HEADER {
        return None;
    }
    LOCAL.with(|l| {
        if !l.decoding.get() {
            return None;
        }
        let (chunk, next, count) = l.bump.get();
        let at = next.next_multiple_of(layout.align());
        let block = if chunk != 0 && at + layout.size() <= chunk + CHUNK_BYTES {
            l.bump.set((chunk, at + layout.size().max(1), count + 1));
            at
        } else {
            arena_alloc_in_new_chunk(l, layout)?
        };
        if deferred {
            l.decoded.set(l.decoded.get() + layout.size());
        }
        Some(block as *mut u8)
    })
}

/// `arena_alloc` when the current chunk is full (or there is none yet).
#[cold]
#[inline(never)]
fn arena_alloc_in_new_chunk(l: &Local, layout: Layout) -> Option<usize> {
    let (old, _, count) = l.bump.get();
    if old != 0 {
        close_chunk(old, count);
    }
    let chunk = take_chunk();
    if chunk == 0 {
        l.bump.set((0, 0, 0));
        return None;
    }
    let at = (chunk + CHUNK_HEADER).next_multiple_of(layout.align());
    l.bump.set((chunk, at + layout.size().max(1), 1));
    Some(at)
}

fn chunk_of(ptr: *mut u8) -> usize {
    let base = ARENA_BASE.load(Relaxed);
    base + ((ptr as usize - base) & !(CHUNK_BYTES - 1))
}

#[inline]
fn arena_free(ptr: *mut u8) {
    return_blocks(chunk_of(ptr), 1);
}

/// `count` blocks of `chunk` are free: the last one frees the chunk.
fn return_blocks(chunk: usize, count: usize) {
    let header = unsafe { &*(chunk as *const ChunkHeader) };
    if header.live.fetch_sub(count, std::sync::atomic::Ordering::AcqRel) == count {
        release_chunk(chunk);
    }
}

// ------------------------------------------------------------------ timing

static IN_CALL: AtomicBool = AtomicBool::new(false);
static CALL_START_CPU: AtomicU64 = AtomicU64::new(0);
static CALL_START_WALL: AtomicU64 = AtomicU64::new(0);
static CALL_START_HEAP: AtomicUsize = AtomicUsize::new(0);
/// Capture-file offset when the case started, and the judge's output limit.
static CALL_START_OUTPUT: AtomicU64 = AtomicU64::new(0);
static OUTPUT_LIMIT: AtomicU64 = AtomicU64::new(u64::MAX);
/// Capture-file offset when the last case ended (where the next one's output begins).
static CASE_END_OUTPUT: AtomicU64 = AtomicU64::new(0);
static CALL_CPU: AtomicU64 = AtomicU64::new(0);
/// The call's own heap peak above the heap at its start (inputs excluded).
static CALL_EXTRA_HEAP: AtomicUsize = AtomicUsize::new(0);
static CALL_WALL: AtomicU64 = AtomicU64::new(0);

/// Runs the user's call, timing it (CPU of all threads, and wall) under the watchdog.
#[inline]
pub fn measure<T>(call: impl FnOnce() -> T) -> T {
    // Counts what the decoding allocated: the harness's work, not the call's.
    set_decoding(false);
    measured(call)
}

/// `measure` from the call's start to its end: under `judge bench`, callgrind
/// counts the instructions of this function (judge/src/bench/callgrind.rs).
#[inline(never)]
pub fn measured<T>(call: impl FnOnce() -> T) -> T {
    let start_heap = HEAP_CURRENT.load(Relaxed);
    CALL_START_HEAP.store(start_heap, Relaxed);
    // The case's peak so far (its decoded inputs) is kept aside: the call's
    // own peak, above where it started, is its extra space.
    let case_peak = HEAP_PEAK.swap(start_heap, Relaxed);
    CALL_FLUSH_NS.store(0, Relaxed);
    CALL_START_WALL.store(wall_ns(), Relaxed);
    CALL_START_CPU.store(cpu_ns(), Relaxed);
    IN_CALL.store(true, Relaxed);
    let result = call();
    IN_CALL.store(false, Relaxed);
    CALL_CPU.store(call_cpu_ns(), Relaxed);
    let call_peak = HEAP_PEAK.fetch_max(case_peak, Relaxed);
    CALL_EXTRA_HEAP.store(call_peak.saturating_sub(start_heap), Relaxed);
    CALL_WALL.store(wall_ns().saturating_sub(CALL_START_WALL.load(Relaxed)), Relaxed);
    result
}

/// CPU time of the current call so far, less the harness's flushes of what it printed.
fn call_cpu_ns() -> u64 {
    cpu_ns().saturating_sub(CALL_START_CPU.load(Relaxed)).saturating_sub(CALL_FLUSH_NS.load(Relaxed))
}

fn watchdog(cpu_kill_ns: u64, wall_kill_ns: u64) -> ! {
    // (case, cpu limit, wall limit) while a case runs on in grace.
    let mut grace: Option<(u64, u64, u64)> = None;
    loop {
        // Its own CPU time counts against the call: poll rarely when the
        // budget is large, often only when the end is near.
        let mut nap_ns: u64 = 5_000_000;
        let case = CURRENT_CASE.load(Relaxed);
        if grace.is_some_and(|g| g.0 != case) {
            grace = None;
        }
        let (cpu_limit, wall_limit) = grace.map_or((cpu_kill_ns, wall_kill_ns), |g| (g.1, g.2));
        // Reserved beyond the limit: pages can be touched without allocating.
        let reserved = HEAP_CURRENT.load(Relaxed);
        if reserved > HEAP_LIMIT.load(Relaxed) {
            check_resident(reserved);
            nap_ns = nap_ns.min(2_000_000);
        }
        if IN_CALL.load(Relaxed) {
            let cpu = call_cpu_ns();
            let wall = wall_ns().saturating_sub(CALL_START_WALL.load(Relaxed));
            if IN_CALL.load(Relaxed) && (cpu > cpu_limit || wall > wall_limit) {
                if grace.is_none() && running_away(cpu) {
                    // Out of time while the heap or the stack races towards its
                    // limit: let it reach the limit (MLE, stack overflow), which
                    // says more than TLE. It is still TLE if it ends or stays within.
                    grace = Some((case, (cpu_kill_ns * 4).max(GRACE_CPU_NS), (wall_kill_ns * 2).max(GRACE_WALL_NS)));
                    continue;
                }
                StackLine::new(b'T').num(case).num(cpu).num(wall).num(HEAP_PEAK.load(Relaxed) as u64).send_and_exit(4);
            }
            let left = cpu_limit.saturating_sub(cpu).min(wall_limit.saturating_sub(wall));
            nap_ns = (left / 4).clamp(500_000, 20_000_000);
        }
        std::thread::sleep(std::time::Duration::from_nanos(nap_ns));
    }
}

/// Grace given to a run-away case (see `watchdog`); the judge's backstops allow for it.
const GRACE_CPU_NS: u64 = 1_000_000_000;
const GRACE_WALL_NS: u64 = 2_000_000_000;

/// Whether, `cpu_used` into the call, the live heap or the printed output
/// grows fast enough to reach its limit within the grace, or the solution
/// thread's stack is well on its way to overflowing.
fn running_away(cpu_used: u64) -> bool {
    // Grew by `grown` to `now` in `cpu_used`: at that rate, does it reach `limit` within the grace?
    let racing = |now: u64, grown: u64, limit: u64| {
        grown > (1 << 20) && (limit.saturating_sub(now) as u128) * (cpu_used as u128) < (grown as u128) * (GRACE_CPU_NS as u128)
    };
    let heap = HEAP_CURRENT.load(Relaxed) as u64;
    let printed = unsafe { lseek(1, 0, SEEK_CUR) }.max(0) as u64;
    racing(heap, heap.saturating_sub(CALL_START_HEAP.load(Relaxed) as u64), HEAP_LIMIT.load(Relaxed) as u64)
        || racing(printed, printed.saturating_sub(CALL_START_OUTPUT.load(Relaxed)), OUTPUT_LIMIT.load(Relaxed))
        || stack_resident() > STACK_BYTES / 16
}

/// Bytes of the solution thread's stack in memory (from /proc/self/smaps): how
/// deep its recursion has been.
fn stack_resident() -> usize {
    let top = STACK_TOP.load(Relaxed);
    let Ok(smaps) = std::fs::read_to_string("/proc/self/smaps") else { return 0 };
    let mut inside = false;
    for line in smaps.lines() {
        if let Some((range, _)) = line.split_once(' ')
            && let Some((lo, hi)) = range.split_once('-')
            && let (Ok(lo), Ok(hi)) = (usize::from_str_radix(lo, 16), usize::from_str_radix(hi, 16))
        {
            inside = lo <= top && top < hi;
        } else if inside && let Some(kb) = line.strip_prefix("Rss:") {
            return kb.trim().trim_end_matches("kB").trim().parse::<usize>().unwrap_or(0) * 1024;
        }
    }
    0
}

/// An address near the top of the solution thread's stack.
static STACK_TOP: AtomicUsize = AtomicUsize::new(0);

// ------------------------------------------------------------------ input

/// The judge's pre-decoded input: little-endian fixed-width numbers, `u32`
/// lengths before strings and sequences.
pub struct In {
    buf: &'static [u8],
    pos: usize,
}

impl In {
    #[inline]
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let bytes: [u8; N] = self.buf[self.pos..self.pos + N].try_into().unwrap();
        self.pos += N;
        bytes
    }
    #[inline]
    pub fn len(&mut self) -> usize {
        u32::from_le_bytes(self.take()) as usize
    }
    #[inline]
    pub fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    #[inline]
    pub fn i32(&mut self) -> i32 {
        i32::from_le_bytes(self.take())
    }
    #[inline]
    pub fn i64(&mut self) -> i64 {
        i64::from_le_bytes(self.take())
    }
    #[inline]
    pub fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
    #[inline]
    pub fn f64(&mut self) -> f64 {
        f64::from_bits(self.u64())
    }
    #[inline]
    pub fn bool(&mut self) -> bool {
        self.take::<1>()[0] != 0
    }
    #[inline]
    pub fn char(&mut self) -> char {
        char::from_u32(self.u32()).unwrap_or('\u{fffd}')
    }
    pub fn string(&mut self) -> String {
        let n = self.len();
        let bytes = &self.buf[self.pos..self.pos + n];
        // The judge encodes valid UTF-8: checked (fast for ASCII) and copied
        // once; the lossy path, a chunk iterator, only for a damaged stream.
        let s = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        self.pos += n;
        s
    }
    #[inline]
    pub fn opt_i32(&mut self) -> Option<i32> {
        if self.bool() { Some(self.i32()) } else { None }
    }
    /// The next `n` bytes.
    fn bytes(&mut self, n: usize) -> &'static [u8] {
        let bytes = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        bytes
    }
    // Sequences of fixed-width numbers in one bounds check and one allocation.
    pub fn vec_i32(&mut self) -> Vec<i32> {
        let n = self.len();
        self.bytes(4 * n).chunks_exact(4).map(|b| i32::from_le_bytes(b.try_into().unwrap())).collect()
    }
    pub fn vec_i64(&mut self) -> Vec<i64> {
        let n = self.len();
        self.bytes(8 * n).chunks_exact(8).map(|b| i64::from_le_bytes(b.try_into().unwrap())).collect()
    }
    pub fn vec_bool(&mut self) -> Vec<bool> {
        let n = self.len();
        (0..n).map(|_| self.bool()).collect()
    }
    pub fn vec_char(&mut self) -> Vec<char> {
        let n = self.len();
        (0..n).map(|_| self.char()).collect()
    }
    pub fn vec_string(&mut self) -> Vec<String> {
        let n = self.len();
        (0..n).map(|_| self.string()).collect()
    }
    pub fn vec_opt_i32(&mut self) -> Vec<Option<i32>> {
        let n = self.len();
        (0..n).map(|_| self.opt_i32()).collect()
    }
    pub fn vec_vec_i32(&mut self) -> Vec<Vec<i32>> {
        let n = self.len();
        (0..n).map(|_| self.vec_i32()).collect()
    }
    pub fn vec_vec_char(&mut self) -> Vec<Vec<char>> {
        let n = self.len();
        (0..n).map(|_| self.vec_char()).collect()
    }
    pub fn vec_vec_string(&mut self) -> Vec<Vec<String>> {
        let n = self.len();
        (0..n).map(|_| self.vec_string()).collect()
    }
}

// ------------------------------------------------------------------ output

/// The answer's bytes, in memory the counting allocator never sees: the
/// serialized answer is the harness's, not the solution's, and one buffer
/// serves every case (a fresh one per case paid its page faults each time).
struct AnswerBytes {
    ptr: *mut u8,
    len: usize,
    cap: usize,
}

impl AnswerBytes {
    const fn new() -> AnswerBytes {
        AnswerBytes { ptr: std::ptr::null_mut(), len: 0, cap: 0 }
    }
    #[cold]
    fn reserve(&mut self, more: usize) {
        let cap = (self.len + more).max(self.cap * 2).max(4096);
        let layout = |cap| Layout::from_size_align(cap, 1).expect("answer buffer size");
        let ptr = unsafe {
            if self.cap == 0 { System.alloc(layout(cap)) } else { System.realloc(self.ptr, layout(self.cap), cap) }
        };
        if ptr.is_null() {
            std::alloc::handle_alloc_error(layout(cap));
        }
        (self.ptr, self.cap) = (ptr, cap);
    }
    /// At least `more` bytes of room after `len`.
    #[inline]
    fn make_room(&mut self, more: usize) {
        if self.cap - self.len < more {
            self.reserve(more);
        }
    }
    #[inline]
    fn push(&mut self, b: u8) {
        if self.len == self.cap {
            self.reserve(1);
        }
        unsafe { *self.ptr.add(self.len) = b };
        self.len += 1;
    }
    #[inline]
    fn extend(&mut self, bytes: &[u8]) {
        self.make_room(bytes.len());
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.ptr.add(self.len), bytes.len()) };
        self.len += bytes.len();
    }
    fn as_slice(&self) -> &[u8] {
        if self.cap == 0 { &[] } else { unsafe { std::slice::from_raw_parts(self.ptr, self.len) } }
    }
}

impl std::fmt::Write for AnswerBytes {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.extend(s.as_bytes());
        Ok(())
    }
}

/// A comma, a sign and at most 19 digits.
const MAX_INT_TEXT: usize = 21;

/// A JSON writer for answers.
pub struct Out {
    buf: AnswerBytes,
    need_comma: bool,
}

impl Out {
    fn new() -> Out {
        Out { buf: AnswerBytes::new(), need_comma: false }
    }
    /// Empty for the next case, keeping the buffer.
    fn clear(&mut self) {
        self.buf.len = 0;
        self.need_comma = false;
    }
    fn sep(&mut self) {
        if self.need_comma {
            self.buf.push(b',');
        }
        self.need_comma = true;
    }
    pub fn open(&mut self) {
        self.sep();
        self.buf.push(b'[');
        self.need_comma = false;
    }
    pub fn close(&mut self) {
        self.buf.push(b']');
        self.need_comma = true;
    }
    pub fn null(&mut self) {
        self.sep();
        self.buf.extend(b"null");
    }
    pub fn unit(&mut self, _: ()) {
        self.null();
    }
    pub fn i32(&mut self, v: i32) {
        self.i64(v as i64);
    }
    /// As `{v}` prints it, without the formatting machinery (an answer of
    /// 10^5 numbers spent a third of the run's time in `core::fmt`).
    #[inline]
    pub fn i64(&mut self, v: i64) {
        self.buf.make_room(MAX_INT_TEXT);
        // SAFETY: room for one number was made just above.
        unsafe { self.write_int(v) };
    }
    /// Writes `v` (after a comma when one is due) at the end of the buffer,
    /// in place, two digits at a time: a `memcpy` call per number was most of
    /// the time of a 3-million-number answer.
    /// SAFETY: the buffer must have `MAX_INT_TEXT` bytes of room.
    #[inline]
    unsafe fn write_int(&mut self, v: i64) {
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let mut at = self.buf.len;
        let out = self.buf.ptr;
        unsafe {
            if self.need_comma {
                *out.add(at) = b',';
                at += 1;
            }
            if v < 0 {
                *out.add(at) = b'-';
                at += 1;
            }
            let mut n = v.unsigned_abs();
            let end = at + n.checked_ilog10().unwrap_or(0) as usize + 1;
            let mut i = end;
            while n >= 100 {
                let pair = (n % 100) as usize * 2;
                n /= 100;
                i -= 2;
                std::ptr::copy_nonoverlapping(PAIRS.as_ptr().add(pair), out.add(i), 2);
            }
            if n >= 10 {
                std::ptr::copy_nonoverlapping(PAIRS.as_ptr().add(n as usize * 2), out.add(i - 2), 2);
            } else {
                *out.add(i - 1) = b'0' + n as u8;
            }
            self.buf.len = end;
        }
        self.need_comma = true;
    }
    /// A list of numbers with room made once for all of them.
    fn ints(&mut self, v: impl ExactSizeIterator<Item = i64>) {
        self.open();
        self.buf.make_room(v.len().saturating_mul(MAX_INT_TEXT).saturating_add(1));
        for x in v {
            // SAFETY: room for every number was made above.
            unsafe { self.write_int(x) };
        }
        self.close();
    }
    pub fn f64(&mut self, v: f64) {
        self.sep();
        use std::fmt::Write as _;
        if v.is_finite() {
            // `{:?}` always keeps a `.0` or an exponent, so floats stay floats in JSON.
            let _ = write!(self.buf, "{v:?}");
        } else {
            let _ = write!(self.buf, "\"{v}\"");
        }
    }
    pub fn bool(&mut self, v: bool) {
        self.sep();
        self.buf.extend(if v { b"true" } else { b"false" });
    }
    pub fn char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.str(c.encode_utf8(&mut tmp));
    }
    pub fn str(&mut self, s: &str) {
        self.sep();
        self.buf.push(b'"');
        // Runs that need no escape are copied whole (bytes of a multi-byte
        // character are all >= 0x80: never escaped).
        let bytes = s.as_bytes();
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                self.buf.extend(&bytes[run..i]);
                run = i + 1;
                match b {
                    b'"' => self.buf.extend(b"\\\""),
                    b'\\' => self.buf.extend(b"\\\\"),
                    b'\n' => self.buf.extend(b"\\n"),
                    _ => {
                        use std::fmt::Write as _;
                        let _ = write!(self.buf, "\\u{:04x}", b);
                    }
                }
            }
        }
        self.buf.extend(&bytes[run..]);
        self.buf.push(b'"');
    }
    pub fn opt_i32(&mut self, v: Option<i32>) {
        match v {
            Some(x) => self.i32(x),
            None => self.null(),
        }
    }
    pub fn vec_i32(&mut self, v: &[i32]) {
        self.ints(v.iter().map(|&x| x as i64));
    }
    pub fn vec_i64(&mut self, v: &[i64]) {
        self.ints(v.iter().copied());
    }
    pub fn vec_bool(&mut self, v: &[bool]) {
        self.open();
        for &x in v {
            self.bool(x);
        }
        self.close();
    }
    pub fn vec_f64(&mut self, v: &[f64]) {
        self.open();
        for &x in v {
            self.f64(x);
        }
        self.close();
    }
    pub fn vec_char(&mut self, v: &[char]) {
        self.open();
        for &x in v {
            self.char(x);
        }
        self.close();
    }
    pub fn vec_string(&mut self, v: &[String]) {
        self.open();
        for x in v {
            self.str(x);
        }
        self.close();
    }
    pub fn vec_opt_i32(&mut self, v: &[Option<i32>]) {
        self.open();
        for &x in v {
            self.opt_i32(x);
        }
        self.close();
    }
    pub fn vec_vec_i32(&mut self, v: &[Vec<i32>]) {
        self.open();
        for x in v {
            self.vec_i32(x);
        }
        self.close();
    }
    pub fn vec_vec_char(&mut self, v: &[Vec<char>]) {
        self.open();
        for x in v {
            self.vec_char(x);
        }
        self.close();
    }
    pub fn vec_vec_string(&mut self, v: &[Vec<String>]) {
        self.open();
        for x in v {
            self.vec_string(x);
        }
        self.close();
    }
}

// ------------------------------------------------------------------ driver

/// Panic payload the glue uses to reject an answer the checker cannot see as
/// JSON (a graph clone sharing nodes, a list with a cycle): verdict WA.
pub struct Reject(pub String);

/// Rejects the current case's answer with a message (WA).
pub fn reject(message: String) -> ! {
    std::panic::panic_any(Reject(message))
}

static PANIC_MESSAGE: Mutex<String> = Mutex::new(String::new());

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        if info.payload().downcast_ref::<Reject>().is_some() {
            return;
        }
        let text = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "Box<dyn Any>".to_string()
        };
        let location = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_else(|| "<unknown>".to_string());
        let thread = std::thread::current();
        let name = thread.name().unwrap_or("<unnamed>");
        let message = format!("thread '{name}' panicked at {location}:\n{text}");
        // What the solution printed before the panic comes before the message.
        let _ = std::io::stdout().flush();
        flush_stdout_buffer();
        eprintln!("{message}");
        *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()) = message;
    }));
}

fn capture_offset() -> u64 {
    let _ = std::io::stdout().flush();
    flush_stdout_buffer();
    let off = unsafe { lseek(1, 0, SEEK_CUR) };
    off.max(0) as u64
}

const STACK_BYTES: usize = 256 << 20;

/// Runs every case in the input through `run_case` (the generated glue) and
/// reports each on the result channel. Never returns.
pub fn drive(run_case: fn(&mut In, &mut Out)) -> ! {
    if std::env::args().nth(1).as_deref() == Some("--judge-callgrind") {
        EXCLUDE_ALLOCATOR.store(true, Relaxed);
    }
    let mut stdin = std::io::stdin().lock();
    let mut start = [0u8; 12];
    let _ = std::io::Read::read_exact(&mut stdin, &mut start);
    let total = u64::from_le_bytes(start[4..12].try_into().unwrap()) as usize;
    // One allocation of the stream's size (the header says it).
    let mut raw = Vec::with_capacity(total.max(12));
    raw.extend_from_slice(&start);
    let _ = std::io::Read::read_to_end(&mut stdin, &mut raw);
    drop(stdin);
    // The stream is the harness's, not the solution's: it never counts
    // against the heap (it can be large: `judge bench` repeats inputs), and
    // is kept to the end of the process.
    HEAP_CURRENT.fetch_sub(raw.capacity(), Relaxed);
    let mut input = In { buf: Vec::leak(raw), pos: 0 };
    assert_eq!(&input.take::<4>(), b"JDG2", "bad input header");
    let _total = input.u64();
    let cases = input.len();
    let cpu_kill_ns = input.u64();
    let wall_kill_ns = input.u64();
    HEAP_LIMIT.store(input.u64() as usize, Relaxed);
    OUTPUT_LIMIT.store(input.u64(), Relaxed);
    let filters: Vec<Vec<u8>> = (0..input.u32())
        .map(|_| {
            let n = input.len();
            let bytes = input.buf[input.pos..input.pos + n].to_vec();
            input.pos += n;
            bytes
        })
        .collect();

    // Large inputs are files the judge passed (see `map_inputs`): mapped now,
    // while the input is still the harness's and before the resident base.
    let mapped = map_inputs(&input, cases);

    // The channel is our stdout as handed over by the judge; from here on the
    // solution's stdout goes to the capture file (our stderr).
    unsafe {
        CHANNEL_FD.store(dup(1), Relaxed);
        dup2(2, 1);
    }
    install_panic_hook();
    unsafe {
        signal(SIGABRT, flush_on_abort as extern "C" fn(i32) as usize);
        atexit(flush_at_exit);
    }
    reserve_arena();
    RESIDENT_BASE.store(peak_resident_bytes(), Relaxed);
    // The C allocator's defaults give memory back to the kernel whenever the
    // top 128 KiB is free and grow the heap in small steps: a recursion that
    // reserves a buffer per level then pays a system call and fresh page faults
    // per level, on every descent. Keep freed memory and grow in 16 MiB steps
    // (the limit is on peak resident memory, which this does not change).
    const M_TRIM_THRESHOLD: i32 = -1;
    const M_TOP_PAD: i32 = -2;
    unsafe {
        mallopt(M_TRIM_THRESHOLD, 1 << 30);
        mallopt(M_TOP_PAD, 16 << 20);
    }
    BUFFER_STDOUT.store(true, Relaxed);
    // Before any user code and before any other thread: every thread inherits it.
    let sandboxed = !filters.is_empty() && install_seccomp(&filters);
    channel_send(if sandboxed { b"P 1\n" } else { b"P 0\n" });

    let worker = std::thread::Builder::new()
        .name("main".to_string())
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let marker = 0u8;
            STACK_TOP.store(&marker as *const u8 as usize, Relaxed);
            become_worker();
            let mut out = Out::new();
            let mut mapped = mapped.iter();
            for _ in 0..cases {
                run_one(&mut input, &mut mapped, &mut out, run_case);
            }
            let _ = std::io::stdout().flush();
            channel_send(b"E\n");
            unsafe { _exit(0) }
        });
    if worker.is_err() {
        eprintln!("judge harness: cannot start the solution thread");
        unsafe { _exit(5) }
    }
    watchdog(cpu_kill_ns, wall_kill_ns)
}

/// The solutions of a benchmark binary: case index `i` runs side `i % sides`.
static SIDES: std::sync::OnceLock<&'static [fn(&mut In, &mut Out)]> = std::sync::OnceLock::new();

fn run_side(input: &mut In, out: &mut Out) {
    let sides = SIDES.get().expect("sides set before the run");
    sides[CURRENT_CASE.load(Relaxed) as usize % sides.len()](input, out)
}

/// `drive` for a binary holding several solutions (`judge bench`): the judge
/// numbers cases so that each one names its side, and interleaves them.
pub fn drive_sides(sides: &'static [fn(&mut In, &mut Out)]) -> ! {
    assert!(!sides.is_empty(), "no solutions to run");
    let _ = SIDES.set(sides);
    drive(run_side)
}

/// Installs the judge's seccomp programs (classic BPF, 8 bytes an instruction).
fn install_seccomp(filters: &[Vec<u8>]) -> bool {
    #[repr(C)]
    struct SockFprog {
        len: u16,
        filter: *const u8,
    }
    const PR_SET_NO_NEW_PRIVS: i32 = 38;
    const PR_SET_SECCOMP: i32 = 22;
    const SECCOMP_MODE_FILTER: usize = 2;
    if unsafe { prctl(PR_SET_NO_NEW_PRIVS, 1usize, 0usize, 0usize, 0usize) } != 0 {
        return false;
    }
    filters.iter().all(|program| {
        let prog = SockFprog { len: (program.len() / 8) as u16, filter: program.as_ptr() };
        unsafe { prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog as *const SockFprog, 0usize, 0usize) == 0 }
    })
}

/// The length field of a case whose input is a file (`wire::MAPPED` in the judge).
const MAPPED: u32 = u32::MAX;

/// Maps every mapped case's file (a descriptor and a length follow the
/// marker: `wire::mapped_case_prefix`), in the stream's order, and closes its
/// descriptor. The pages are populated now: the input is in the resident base,
/// as one read into memory would have put it. A file that cannot be mapped is
/// read instead.
fn map_inputs(input: &In, cases: usize) -> &'static [&'static [u8]] {
    const PROT_READ: i32 = 0x1;
    const MAP_PRIVATE_POPULATE: i32 = 0x02 | 0x8000;
    let mut walk = In { buf: input.buf, pos: input.pos };
    let mut mapped: Vec<&'static [u8]> = Vec::new();
    for _ in 0..cases {
        let _index = walk.u32();
        let len = walk.u32();
        if len != MAPPED {
            walk.pos += len as usize;
            continue;
        }
        let fd = walk.u32() as i32;
        let len = walk.u64() as usize;
        let p = unsafe { mmap(std::ptr::null_mut(), len, PROT_READ, MAP_PRIVATE_POPULATE, fd, 0) };
        let bytes: &'static [u8] = if p as isize != -1 && !p.is_null() {
            unsafe { std::slice::from_raw_parts(p, len) }
        } else {
            let mut bytes = vec![0u8; len];
            let mut done = 0;
            while done < len {
                let n = unsafe { pread(fd, bytes.as_mut_ptr().add(done), len - done, done as i64) };
                if n <= 0 {
                    break;
                }
                done += n as usize;
            }
            HEAP_CURRENT.fetch_sub(bytes.capacity(), Relaxed);
            Vec::leak(bytes)
        };
        unsafe { close(fd) };
        mapped.push(bytes);
    }
    // Like the stream, the harness's own: never counted against the heap.
    HEAP_CURRENT.fetch_sub(mapped.capacity() * std::mem::size_of::<&[u8]>(), Relaxed);
    Vec::leak(mapped)
}

fn run_one(
    input: &mut In,
    mapped: &mut std::slice::Iter<&'static [u8]>,
    out: &mut Out,
    run_case: fn(&mut In, &mut Out),
) {
    let index = input.u32() as u64;
    let len = input.u32();
    // The case's input: from the stream, or its mapped file.
    let (end, mut file_input) = if len == MAPPED {
        // Its descriptor and length, used by `map_inputs` already.
        let (_fd, _len) = (input.u32(), input.u64());
        (input.pos, mapped.next().map(|bytes| In { buf: bytes, pos: 0 }))
    } else {
        (input.pos + len as usize, None)
    };
    CURRENT_CASE.store(index, Relaxed);
    // No record of its own: the judge knows the case started from the
    // previous one's (a record per case less: a system call in the solution
    // and a wake-up in the judge).
    CALL_START_OUTPUT.store(CASE_END_OUTPUT.load(Relaxed), Relaxed);

    settle_batches();
    HEAP_PEAK.store(HEAP_CURRENT.load(Relaxed), Relaxed);
    CALL_CPU.store(0, Relaxed);
    CALL_WALL.store(0, Relaxed);
    CALL_EXTRA_HEAP.store(0, Relaxed);
    PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()).clear();
    out.clear();
    set_decoding(true);
    let case_input = file_input.as_mut().unwrap_or(input);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_case(case_input, out)));
    set_decoding(false);
    if IN_CALL.swap(false, Relaxed) {
        // The call panicked: its time runs until now.
        CALL_CPU.store(call_cpu_ns(), Relaxed);
        CALL_WALL.store(wall_ns().saturating_sub(CALL_START_WALL.load(Relaxed)), Relaxed);
    }
    input.pos = end;
    let message;
    let (kind, payload): (_, &[u8]) = match outcome {
        Ok(()) => ("ok", out.buf.as_slice()),
        Err(payload) => {
            message = match payload.downcast::<Reject>() {
                Ok(reject) => ("reject", reject.0),
                Err(_) => ("panic", std::mem::take(&mut *PANIC_MESSAGE.lock().unwrap_or_else(|e| e.into_inner()))),
            };
            (message.0, message.1.as_bytes())
        }
    };
    let end_offset = capture_offset();
    CASE_END_OUTPUT.store(end_offset, Relaxed);
    // Touched without allocating, past the last look: over the limit all the same.
    let resident = resident_used();
    if resident > HEAP_LIMIT.load(Relaxed) as u64 {
        StackLine::new(b'M').num(index).num(HEAP_PEAK.load(Relaxed) as u64).num(resident).send_and_exit(3);
    }
    let header = format!(
        "R {index} {kind} {} {} {} {resident} {} {end_offset} {}\n",
        CALL_CPU.load(Relaxed),
        CALL_WALL.load(Relaxed),
        HEAP_PEAK.load(Relaxed),
        CALL_EXTRA_HEAP.load(Relaxed),
        payload.len()
    );
    let _guard = CHANNEL_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    channel_write_pair(header.as_bytes(), payload);
}
