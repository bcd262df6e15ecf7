//! `judge editor`: (re)write the editor crate for rust-analyzer (see `crate::editor`).

use crate::problem::ProblemSet;
use crate::workspace::Workspace;
use anyhow::Result;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
}

pub fn execute(args: Args) -> Result<bool> {
    let ws = Workspace::locate()?;
    let set = ProblemSet::open(&ws.problems)?;
    let manifest = crate::editor::refresh(&ws.solutions, &set, &[])?;
    if args.json {
        println!("{}", serde_json::json!({"manifest": manifest.display().to_string()}));
    } else {
        println!(
            "wrote {}: open {} in your editor (or add it to rust-analyzer.linkedProjects)",
            super::display_path(&manifest),
            super::display_path(&ws.solutions)
        );
    }
    Ok(true)
}
