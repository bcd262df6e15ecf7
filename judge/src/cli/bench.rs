//! `judge bench` (in progress).
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    pub json: bool,
}
pub fn execute(_args: Args, _color: bool) -> anyhow::Result<bool> {
    anyhow::bail!("not yet")
}
