use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // Like other command-line tools: `judge list | head` ends quietly instead
    // of panicking on the closed pipe.
    // SAFETY: restoring the default disposition of a signal at start-up.
    unsafe { nix::libc::signal(nix::libc::SIGPIPE, nix::libc::SIG_DFL) };
    judge::cleanup::install_interrupt_handler();
    let cli = judge::cli::Cli::parse();
    let json = cli.wants_json();
    let outcome = judge::cli::execute(cli);
    judge::build::wait_for_cache_upkeep();
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            if json {
                println!("{}", serde_json::json!({ "error": format!("{e:#}") }));
            }
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
