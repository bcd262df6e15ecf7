//! Starts a confined child without copying the judge's address space.
//!
//! `std::process::Command` with a `pre_exec` hook forks: the kernel copies
//! the judge's page tables into the child, and exec tears them down again. In
//! `judge grade --all` (a judge holding every problem's cases) that was a
//! tenth of all CPU time, judge and solutions together. Here the child is a
//! `clone(CLONE_VM | CLONE_VFORK)`, as `posix_spawn` does: it borrows the
//! judge's memory, the calling thread waits until it has exec'd (or failed),
//! and between the two it only makes system calls: no allocation, no locks.

use crate::sandbox::{self, ResourceLimits};
use nix::libc;
use std::ffi::{CString, OsStr, OsString};
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::ExitStatus;
use std::time::{Duration, Instant};

/// What to start: the program, its arguments, where, with which descriptors
/// as stdin, stdout and stderr, and the confinement to apply before exec.
pub struct Spec<'a> {
    pub program: &'a Path,
    pub args: Vec<OsString>,
    pub dir: &'a Path,
    pub stdin: OwnedFd,
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
    /// Passed at descriptors 3, 4, ... in order.
    pub extra: Vec<OwnedFd>,
    pub limits: ResourceLimits,
    /// A Landlock ruleset to restrict the child with.
    pub landlock: Option<RawFd>,
}

/// A started child (its own process group leader), reaped at most once.
pub struct Child {
    pid: libc::pid_t,
    status: Option<ExitStatus>,
}

/// Everything the child reads, prepared before the clone (it may not allocate).
struct Prepared {
    program: CString,
    argv: Vec<*const libc::c_char>,
    dir: CString,
    /// The child's descriptors 0, 1, 2, ... are dups of these.
    fds: Vec<RawFd>,
    limits: ResourceLimits,
    landlock: Option<RawFd>,
    /// The judge thread's signal mask, restored in the child before exec.
    mask: libc::sigset_t,
    /// Set by the child to the errno of the step that failed (0: exec'd).
    error: i32,
}

fn cstring(s: &OsStr) -> io::Result<CString> {
    CString::new(s.as_bytes()).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "a NUL byte in an argument"))
}

/// Starts `spec` with an empty environment.
pub fn spawn(spec: Spec) -> io::Result<Child> {
    let program = cstring(spec.program.as_os_str())?;
    let mut args = vec![program.clone()];
    for a in &spec.args {
        args.push(cstring(a)?);
    }
    let mut argv: Vec<*const libc::c_char> = args.iter().map(|a| a.as_ptr()).collect();
    argv.push(std::ptr::null());
    let mut prepared = Prepared {
        program,
        argv,
        dir: cstring(spec.dir.as_os_str())?,
        fds: [spec.stdin.as_raw_fd(), spec.stdout.as_raw_fd(), spec.stderr.as_raw_fd()]
            .into_iter()
            .chain(spec.extra.iter().map(|fd| fd.as_raw_fd()))
            .collect(),
        limits: spec.limits,
        landlock: spec.landlock,
        // SAFETY: a zeroed sigset_t is a valid (empty) set; it is filled below.
        mask: unsafe { std::mem::zeroed() },
        error: 0,
    };
    // The child runs on its own stack, in the judge's memory.
    let mut stack = vec![0u8; 256 << 10];
    let top = (stack.as_mut_ptr() as usize + stack.len()) & !15;
    // Signals stay blocked from before the clone until the child has reset
    // their handlers: a handler of the judge's (Ctrl-C) must never run in it.
    // SAFETY: plain signal-mask and clone system calls; `prepared` and the
    // stack outlive the child's use of them (CLONE_VFORK: this thread waits
    // until the child has exec'd or exited).
    let pid = unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut prepared.mask);
        let pid = libc::clone(
            child_main,
            top as *mut libc::c_void,
            libc::CLONE_VM | libc::CLONE_VFORK | libc::SIGCHLD,
            &mut prepared as *mut Prepared as *mut libc::c_void,
        );
        let clone_error = io::Error::last_os_error();
        libc::pthread_sigmask(libc::SIG_SETMASK, &prepared.mask, std::ptr::null_mut());
        if pid < 0 {
            return Err(clone_error);
        }
        pid
    };
    drop(stack);
    // Our copies of the child's descriptors close here (the child has its own).
    drop((spec.stdin, spec.stdout, spec.stderr, spec.extra));
    let error = unsafe { std::ptr::read_volatile(&prepared.error) };
    let mut child = Child { pid, status: None };
    if error != 0 {
        let _ = child.wait();
        return Err(io::Error::from_raw_os_error(error));
    }
    Ok(child)
}

/// The child, between clone and exec: system calls only.
extern "C" fn child_main(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` is the parent's `Prepared`, alive and not touched by the
    // parent until this child has exec'd or exited (CLONE_VFORK).
    let p = unsafe { &mut *(arg as *mut Prepared) };
    let fail = |p: &mut Prepared| -> libc::c_int {
        let errno = io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL);
        // SAFETY: a write to memory the parent reads after we are gone.
        unsafe {
            std::ptr::write_volatile(&mut p.error, errno.max(1));
            libc::_exit(127)
        }
    };
    unsafe {
        // Default dispositions (the judge ignores SIGPIPE; exec keeps ignored
        // signals ignored), then the mask the judge's thread had.
        for sig in 1..libc::SIGRTMIN() {
            if sig != libc::SIGKILL && sig != libc::SIGSTOP {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
        // A source among the targets but not at its own place would be
        // overwritten by an earlier dup2: move it out of the way first.
        let targets = p.fds.len() as RawFd;
        // So would the Landlock ruleset's descriptor.
        if let Some(ruleset) = &mut p.landlock
            && *ruleset < targets
        {
            *ruleset = libc::fcntl(*ruleset, libc::F_DUPFD_CLOEXEC, targets);
            if *ruleset < 0 {
                return fail(p);
            }
        }
        for (target, fd) in p.fds.iter_mut().enumerate() {
            if *fd < targets && *fd != target as RawFd {
                *fd = libc::fcntl(*fd, libc::F_DUPFD_CLOEXEC, targets);
                if *fd < 0 {
                    return fail(p);
                }
            }
        }
        for (target, &fd) in p.fds.iter().enumerate() {
            // dup2 onto itself would keep close-on-exec set.
            let ok = if fd == target as RawFd {
                libc::fcntl(fd, libc::F_SETFD, 0) == 0
            } else {
                libc::dup2(fd, target as RawFd) >= 0
            };
            if !ok {
                return fail(p);
            }
        }
        if libc::chdir(p.dir.as_ptr()) != 0 || libc::setpgid(0, 0) != 0 {
            return fail(p);
        }
        if sandbox::confine_self(p.limits, p.landlock).is_err() {
            return fail(p);
        }
        libc::pthread_sigmask(libc::SIG_SETMASK, &p.mask, std::ptr::null_mut());
        let env: [*const libc::c_char; 1] = [std::ptr::null()];
        libc::execve(p.program.as_ptr(), p.argv.as_ptr(), env.as_ptr());
        fail(p)
    }
}

impl Child {
    pub fn id(&self) -> u32 {
        self.pid as u32
    }

    /// Reaps the child if it has exited, waiting at most `timeout`.
    pub fn wait_timeout(&mut self, timeout: Duration) -> io::Result<Option<ExitStatus>> {
        if self.status.is_some() {
            return Ok(self.status);
        }
        let deadline = Instant::now() + timeout;
        // A pidfd wakes us the moment the child exits; without one (older
        // kernels), poll the exit status every millisecond.
        // SAFETY: pidfd_open takes a pid and flags; the fd is ours to close.
        let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, self.pid, 0) } as RawFd;
        let result = loop {
            if let Some(status) = self.try_wait()? {
                break Some(status);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break None;
            }
            if pidfd >= 0 {
                let mut pfd = libc::pollfd { fd: pidfd, events: libc::POLLIN, revents: 0 };
                let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
                // SAFETY: one valid pollfd.
                unsafe { libc::poll(&mut pfd, 1, ms) };
            } else {
                std::thread::sleep(left.min(Duration::from_millis(1)));
            }
        };
        if pidfd >= 0 {
            // SAFETY: closing the pidfd opened above.
            unsafe { libc::close(pidfd) };
        }
        Ok(result)
    }

    fn try_wait(&mut self) -> io::Result<Option<ExitStatus>> {
        self.reap(libc::WNOHANG)
    }

    /// Waits for the child to exit.
    pub fn wait(&mut self) -> io::Result<ExitStatus> {
        self.reap(0).map(|s| s.expect("a blocking wait returns a status"))
    }

    fn reap(&mut self, flags: libc::c_int) -> io::Result<Option<ExitStatus>> {
        if let Some(status) = self.status {
            return Ok(Some(status));
        }
        let mut raw = 0;
        loop {
            // SAFETY: waitpid on our own child.
            let r = unsafe { libc::waitpid(self.pid, &mut raw, flags) };
            if r == self.pid {
                self.status = Some(ExitStatus::from_raw(raw));
                return Ok(self.status);
            }
            if r == 0 {
                return Ok(None);
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }

    /// SIGKILL, unless it has already been reaped (its pid may be reused).
    pub fn kill(&mut self) {
        if self.status.is_none() {
            // SAFETY: a signal to our own unreaped child.
            unsafe { libc::kill(self.pid, libc::SIGKILL) };
        }
    }
}
