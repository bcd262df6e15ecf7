//! The mock interview's live view: a countdown, the problems with the verdict
//! of their last attempt, re-judged on every save, hints one key away.
//! Keys: 1-9 pick a problem, s its statement, h its next hint, g give up
//! (twice to confirm), r re-judge, e end the session. At zero it ends itself.

use super::mock as commands;
use crate::build::SourceFile;
use crate::history::{self, Attempt, AttemptKind, Figures, History};
use crate::judging::{self, Context, JudgeOptions, reference};
use crate::mock::{self, Session, report};
use crate::watch::FileWatch;
use anyhow::Result;
use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal;
use std::io::{IsTerminal, Write};
use std::time::Duration;

/// Restores the terminal however the view ends.
struct RawMode;

impl RawMode {
    fn enter() -> Result<RawMode> {
        terminal::enable_raw_mode()?;
        print!("\x1b[?25l");
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
        print!("\x1b[?25h\r\n");
        let _ = std::io::stdout().flush();
    }
}

struct Row {
    verdict: Option<String>,
    detail: String,
    attempts: usize,
}

pub fn run(ctx: &Context, h: &History, session: Session, _color: bool) -> Result<bool> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        println!(
            "(no terminal for the live view: drive the session with `judge mock status`, `judge mock run N`, `judge mock end`)"
        );
        println!("mock session {} started; files:", session.id);
        for (k, p) in session.problems.iter().enumerate() {
            println!("  problem {}: {}", k + 1, super::display_path(&p.file));
        }
        return Ok(true);
    }
    let mut rows: Vec<Row> =
        session.problems.iter().map(|_| Row { verdict: None, detail: "not run yet".into(), attempts: 0 }).collect();
    let mut watch = FileWatch::new(session.problems.iter().map(|p| p.file.clone()).collect());
    let mut selected = 0usize;
    let mut pane: Vec<String> = vec![
        "Edit the files below in your editor: every save is judged.".into(),
        "Keys: 1-9 pick a problem, s statement, h next hint, g give up, r re-judge, e end.".into(),
    ];
    let mut confirm_give_up = false;
    {
        let _raw = RawMode::enter()?;
        loop {
            let now = history::now_ms();
            draw(&session, &rows, selected, &pane, now);
            if now >= session.deadline_ms {
                break;
            }
            if event::poll(Duration::from_millis(250))?
                && let Event::Key(key) = event::read()?
                && key.kind == KeyEventKind::Press
            {
                let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
                match key.code {
                    _ if ctrl_c => break,
                    KeyCode::Char('e') | KeyCode::Char('q') => break,
                    KeyCode::Char(c @ '1'..='9') => {
                        let n = c as usize - '1' as usize;
                        if n < rows.len() {
                            selected = n;
                            confirm_give_up = false;
                        }
                    }
                    KeyCode::Char('s') => {
                        let problem = ctx.problems.load(&session.problems[selected].slug)?;
                        pane = mock::statement(&problem)?.lines().map(String::from).collect();
                        pane.push(format!("Signature: {}", problem.facts.signature));
                    }
                    KeyCode::Char('h') => {
                        pane = match commands::next_hint(ctx, h, &session, selected + 1) {
                            Ok((n, text)) => vec![format!("Hint {n} for problem {}: {text}", selected + 1)],
                            Err(e) => vec![format!("{e:#}")],
                        };
                    }
                    KeyCode::Char('g') if confirm_give_up => {
                        let source = commands::give_up(ctx, h, &session, selected + 1)?;
                        pane = std::iter::once(format!("Problem {}: you gave up. The reference:", selected + 1))
                            .chain(source.lines().map(String::from))
                            .collect();
                        confirm_give_up = false;
                    }
                    KeyCode::Char('g') => {
                        pane =
                            vec![format!("Give up on problem {}? Press g again to see the reference.", selected + 1)];
                        confirm_give_up = true;
                    }
                    KeyCode::Char('r') => {
                        let file = session.problems[selected].file.clone();
                        judge_into(ctx, h, &session, selected, &file, &mut rows, &mut pane);
                    }
                    _ => {}
                }
            }
            for file in watch.wait(Duration::ZERO) {
                if let Some(k) = session.problems.iter().position(|p| p.file == file) {
                    rows[k].detail = "judging ...".into();
                    draw(&session, &rows, selected, &pane, history::now_ms());
                    judge_into(ctx, h, &session, k, &file, &mut rows, &mut pane);
                }
            }
        }
    }
    let r = commands::end(ctx, h, &session)?;
    println!("session over: solved {} of {}", r.solved, r.problems.len());
    commands::print_end(&session, &r, false);
    Ok(true)
}

fn draw(session: &Session, rows: &[Row], selected: usize, pane: &[String], now: i64) {
    let (width, height) = terminal::size().unwrap_or((100, 30));
    let mut lines = vec![
        format!("Mock interview {}   time left {}", session.id, report::clock(session.remaining_ms(now))),
        String::new(),
    ];
    for (k, (p, row)) in session.problems.iter().zip(rows).enumerate() {
        lines.push(format!(
            "{} problem {}  {}  {}  ({} attempt{})",
            if k == selected { ">" } else { " " },
            k + 1,
            super::display_path(&p.file),
            row.verdict.as_deref().map_or(row.detail.clone(), |v| format!("{v}: {}", row.detail)),
            row.attempts,
            if row.attempts == 1 { "" } else { "s" }
        ));
    }
    lines.push(String::new());
    lines.push("keys: 1-9 pick  s statement  h hint  g give up  r re-judge  e end".into());
    lines.push("-".repeat(width.min(100) as usize));
    let room = (height as usize).saturating_sub(lines.len() + 1);
    let usable = (width as usize).saturating_sub(1).max(20);
    lines.extend(pane.iter().flat_map(|l| wrap(l, usable)).take(room));
    let clipped: Vec<String> = lines.iter().map(|l| l.chars().take(usable).collect()).collect();
    print!("\x1b[2J\x1b[H{}", clipped.join("\r\n"));
    let _ = std::io::stdout().flush();
}

/// `line` cut into pieces of at most `width` characters.
fn wrap(line: &str, width: usize) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    if chars.is_empty() {
        return vec![String::new()];
    }
    chars.chunks(width).map(|c| c.iter().collect()).collect()
}

/// Judges problem `k`'s file as `judge run` would, records the attempt in the
/// session, and shows the outcome.
fn judge_into(
    ctx: &Context,
    h: &History,
    session: &Session,
    k: usize,
    file: &std::path::Path,
    rows: &mut [Row],
    pane: &mut Vec<String>,
) {
    let outcome = (|| -> Result<judging::Judgement> {
        let problem = ctx.problems.load(&session.problems[k].slug)?;
        let mut source = SourceFile::read(file)?;
        source.display_path = super::display_path(file);
        let (cases, profile) = reference::answered_tests(ctx, &problem)?;
        let opts = JudgeOptions { time_limit: None, color: false, diagnose: true };
        let mut j = judging::judge(ctx, &problem, &source, &cases, profile.time_limit(&problem), &opts)?;
        judging::compare_with_reference(&mut j, &problem, &profile);
        if history::now_ms() < session.deadline_ms {
            let attempt =
                Attempt::new(problem.slug(), AttemptKind::Mock, Figures::of(&j), &source.text, Some(&session.id));
            h.record_or_warn(&attempt, &source.text);
        }
        Ok(j)
    })();
    match outcome {
        Ok(j) => {
            rows[k].attempts += 1;
            rows[k].verdict = Some(j.verdict.code().to_string());
            rows[k].detail = j.summary();
            *pane = vec![format!("problem {}: {} - {}", k + 1, j.verdict.name(), j.summary())];
            if let Some(e) = &j.compile_error {
                pane.extend(e.lines().take(20).map(String::from));
            }
        }
        Err(e) => {
            rows[k].detail = "error".into();
            *pane = vec![format!("problem {}: {e:#}", k + 1)];
        }
    }
}
