//! Draws the progress page: HTML with inline CSS, charts as inline SVG.
//! Every element the page is judged by carries an id (`heatmap`, `by-topic`,
//! `by-difficulty`, `plans`, `weakest-patterns`, `reviews`, `mocks`), and every
//! drawn value is also in a `<title>` or text, so the page reads without colour.

use super::{DAY_MS, DayActivity, GENERATOR, Page, REVIEW_DAYS};
use crate::plan::{PlanProgress, PlanState};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Weeks shown in the calendar: a year, like a contributions calendar.
const WEEKS: i64 = 53;
const CELL: i64 = 11;
const STEP: i64 = 14;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn date(day: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp(day * 86_400, 0).map_or(NaiveDate::MIN, |t| t.date_naive())
}

fn date_of_ms(ms: i64) -> String {
    date(ms.div_euclid(DAY_MS)).format("%Y-%m-%d").to_string()
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {one}s") }
}

pub fn html(page: &Page) -> String {
    let s = &page.stats;
    let mut body = String::new();
    let _ = write!(
        body,
        "<header><h1>Progress</h1><p class=\"muted\">{} UTC · from the judge's history</p></header>\n\
         <section class=\"tiles\" id=\"summary\">\
         <div class=\"tile\"><b>{}</b><span>solved of {}</span></div>\
         <div class=\"tile\"><b>{}</b><span>attempts</span></div>\
         <div class=\"tile\"><b>{}</b><span>day streak</span></div>\
         <div class=\"tile\"><b>{}</b><span>due for review</span></div></section>\n",
        chrono::DateTime::from_timestamp_millis(page.now_ms)
            .map_or(String::new(), |t| t.format("%Y-%m-%d %H:%M").to_string()),
        s.solved,
        s.problems,
        s.attempts,
        s.streak_days,
        s.due
    );
    let _ = write!(body, "<section class=\"card\"><h2>Activity</h2>\n{}</section>\n", heatmap(page));
    let topics: Vec<(String, usize, usize)> = s.by_topic.iter().map(|(k, p)| (k.clone(), p.solved, p.total)).collect();
    let mut levels: Vec<(String, usize, usize)> =
        s.by_difficulty.iter().map(|(k, p)| (k.clone(), p.solved, p.total)).collect();
    let rank = |d: &str| ["easy", "medium", "hard"].iter().position(|x| *x == d).unwrap_or(3);
    levels.sort_by_key(|(d, _, _)| rank(d));
    let _ = write!(
        body,
        "<div class=\"row\"><section class=\"card\"><h2>Solved per topic</h2>\n{}</section>\n\
         <section class=\"card\"><h2>Solved per difficulty</h2>\n{}</section></div>\n",
        bars("by-topic", &topics),
        bars("by-difficulty", &levels)
    );
    let _ = write!(body, "<section class=\"card\" id=\"plans\"><h2>Study plans</h2>\n{}</section>\n", plans(page));
    let _ = write!(
        body,
        "<div class=\"row\"><section class=\"card\"><h2>Weakest patterns</h2>\n{}</section>\n\
         <section class=\"card\"><h2>Reviews in the next {REVIEW_DAYS} days</h2>\n{}</section></div>\n",
        weakest(page),
        reviews(page)
    );
    let _ = write!(body, "<section class=\"card\"><h2>Mock interviews</h2>\n{}</section>\n", mocks(page));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"generator\" content=\"{GENERATOR}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>judge: progress</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

const STYLE: &str = "\
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; background: #f6f8fa; color: #1f2328; \
margin: 0; padding: 1.5rem; }
main, header, section, .row { max-width: 62rem; margin-left: auto; margin-right: auto; }
header h1 { margin: 0 0 0.2rem; }
h2 { font-size: 1.05rem; margin: 0 0 0.8rem; }
h3 { font-size: 0.95rem; margin: 0.9rem 0 0.3rem; }
.muted { color: #656d76; font-size: 0.85rem; margin: 0 0 1rem; }
.card { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 1rem 1.2rem; margin-bottom: 1rem; \
box-sizing: border-box; }
.row { display: flex; gap: 1rem; flex-wrap: wrap; }
.row > .card { flex: 1 1 22rem; margin-left: 0; margin-right: 0; }
.tiles { display: flex; gap: 1rem; margin-bottom: 1rem; }
.tile { flex: 1; background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 0.7rem 1rem; }
.tile b { display: block; font-size: 1.6rem; }
.tile span { color: #656d76; font-size: 0.85rem; }
svg text { font-family: system-ui, sans-serif; fill: #1f2328; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { color: #656d76; font-weight: 600; }
.meter { display: inline-block; width: 9rem; height: 0.6rem; background: #eaeef2; border-radius: 3px; \
vertical-align: middle; overflow: hidden; }
.meter i { display: block; height: 100%; background: #2da44e; }
details.plan { border-top: 1px solid #eaeef2; padding: 0.5rem 0; }
details.plan > summary { cursor: pointer; font-weight: 600; }
details.plan > summary .meter { margin: 0 0.5rem; }
.active-tag { background: #ddf4ff; color: #0969da; border-radius: 1rem; padding: 0 0.5rem; font-size: 0.75rem; }
.here { color: #0969da; font-size: 0.8rem; font-weight: normal; }
ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.chip { font-size: 0.75rem; padding: 0.1rem 0.45rem; border-radius: 4px; border: 1px solid transparent; }
.s-solved { background: #dafbe1; border-color: #4ac26b; }
.s-due { background: #ddf4ff; border-color: #54aeff; }
.s-attempted { background: #fff8c5; border-color: #d4a72c; }
.s-new { background: #f6f8fa; border-color: #d0d7de; }
.s-unavailable { background: #fff; border: 1px dashed #afb8c1; color: #8c959f; }
.legend { font-size: 0.8rem; color: #656d76; margin: 0 0 0.6rem; }
.legend .chip { margin-right: 0.3rem; }
.ac { color: #1a7f37; font-weight: 600; }
.fail { color: #cf222e; font-weight: 600; }
.empty { color: #656d76; font-style: italic; }
.nw { white-space: nowrap; }
td .meter { width: 6rem; }
";

/// Green for days with an accepted solve (darker with more), amber for days
/// with attempts only, grey for none.
fn day_colour(d: DayActivity) -> &'static str {
    match (d.accepted, d.attempts) {
        (0, 0) => "#ebedf0",
        (0, 1..=2) => "#f8e3a3",
        (0, _) => "#e9b949",
        (1, _) => "#9be9a8",
        (2, _) => "#40c463",
        (3..=4, _) => "#30a14e",
        _ => "#216e39",
    }
}

/// A contributions calendar: a column per week (Monday on top), the last year.
fn heatmap(page: &Page) -> String {
    let today = page.now_ms.div_euclid(DAY_MS);
    let monday = |day: i64| day - date(day).weekday().num_days_from_monday() as i64;
    let first = monday(today) - (WEEKS - 1) * 7;
    let (left, top) = (30, 18);
    let width = left + WEEKS * STEP + 4;
    let height = top + 7 * STEP + 28;
    let mut svg = format!(
        "<svg id=\"heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"attempts and accepted solves per day\">\n"
    );
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
        let _ = writeln!(svg, "<text x=\"0\" y=\"{}\" font-size=\"10\">{name}</text>", top + row * STEP + 9);
    }
    let mut last_month = None;
    let (mut active_days, mut ac_days) = (0, 0);
    for week in 0..WEEKS {
        let start = first + week * 7;
        let month = date(start).month();
        if last_month != Some(month) && week < WEEKS - 2 {
            let _ = writeln!(
                svg,
                "<text x=\"{}\" y=\"11\" font-size=\"10\">{}</text>",
                left + week * STEP,
                date(start).format("%b")
            );
        }
        last_month = Some(month);
        for row in 0..7 {
            let day = start + row;
            if day > today {
                break;
            }
            let d = page.days.get(&day).copied().unwrap_or_default();
            active_days += (d.attempts > 0) as usize;
            ac_days += (d.accepted > 0) as usize;
            let _ = writeln!(
                svg,
                "<rect class=\"day\" data-date=\"{0}\" data-attempts=\"{1}\" data-accepted=\"{2}\" x=\"{3}\" y=\"{4}\" \
                 width=\"{CELL}\" height=\"{CELL}\" rx=\"2\" fill=\"{5}\"><title>{0}: {6}, {7} accepted</title></rect>",
                date(day).format("%Y-%m-%d"),
                d.attempts,
                d.accepted,
                left + week * STEP,
                top + row * STEP,
                day_colour(d),
                plural(d.attempts, "attempt"),
                d.accepted
            );
        }
    }
    let y = top + 7 * STEP + 12;
    let _ = write!(svg, "<text x=\"{left}\" y=\"{}\" font-size=\"10\">attempts only</text>", y + 9);
    for (k, (attempts, accepted)) in [(1, 0), (3, 0)].into_iter().enumerate() {
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{y}\" width=\"{CELL}\" height=\"{CELL}\" rx=\"2\" fill=\"{}\"/>",
            left + 72 + k as i64 * STEP,
            day_colour(DayActivity { attempts, accepted })
        );
    }
    let _ = write!(svg, "<text x=\"{}\" y=\"{}\" font-size=\"10\">accepted solves: 1</text>", left + 120, y + 9);
    for (k, accepted) in [1, 2, 3, 5].into_iter().enumerate() {
        let _ = write!(
            svg,
            "<rect x=\"{}\" y=\"{y}\" width=\"{CELL}\" height=\"{CELL}\" rx=\"2\" fill=\"{}\"/>",
            left + 218 + k as i64 * STEP,
            day_colour(DayActivity { attempts: accepted, accepted })
        );
    }
    let _ = writeln!(svg, "<text x=\"{}\" y=\"{}\" font-size=\"10\">5+</text>", left + 218 + 4 * STEP + 2, y + 9);
    svg.push_str("</svg>\n");
    let _ = writeln!(
        svg,
        "<p class=\"muted\">{} with attempts, {} with an accepted solve in the last year; streak {}.</p>",
        plural(active_days, "day"),
        ac_days,
        plural(page.stats.streak_days, "day")
    );
    svg
}

/// Horizontal bars: solved out of total, one row each.
fn bars(id: &str, rows: &[(String, usize, usize)]) -> String {
    if rows.is_empty() {
        return format!("<p class=\"empty\" id=\"{id}\">no problems yet</p>\n");
    }
    let (label_w, bar_w, row_h) = (150, 190, 22);
    let width = label_w + bar_w + 60;
    let height = rows.len() as i64 * row_h + 4;
    let mut svg = format!(
        "<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\">\n"
    );
    for (k, (label, solved, total)) in rows.iter().enumerate() {
        let y = k as i64 * row_h + 3;
        let filled = (*solved as i64 * bar_w).checked_div(*total as i64).unwrap_or(0);
        let _ = writeln!(
            svg,
            "<g class=\"bar\" data-label=\"{0}\" data-solved=\"{1}\" data-total=\"{2}\"><title>{0}: {1} of {2} solved</title>\
             <text x=\"0\" y=\"{3}\" font-size=\"12\">{0}</text>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{bar_w}\" height=\"14\" rx=\"3\" fill=\"#eaeef2\"/>\
             <rect x=\"{label_w}\" y=\"{y}\" width=\"{4}\" height=\"14\" rx=\"3\" fill=\"#2da44e\"/>\
             <text x=\"{5}\" y=\"{3}\" font-size=\"12\">{1}/{2}</text></g>",
            escape(label),
            solved,
            total,
            y + 11,
            filled,
            label_w + bar_w + 8
        );
    }
    svg.push_str("</svg>\n");
    svg
}

fn meter(done: usize, total: usize) -> String {
    let pct = (done * 100).checked_div(total).unwrap_or(0);
    format!("<span class=\"meter\" title=\"{done} of {total}\"><i style=\"width: {pct}%\"></i></span>")
}

fn plans(page: &Page) -> String {
    if page.plans.is_empty() {
        return "<p class=\"empty\">the catalog has no study plans</p>\n".into();
    }
    let mut out = String::from(
        "<p class=\"legend\"><span class=\"chip s-solved\">solved</span><span class=\"chip s-due\">due for review</span>\
         <span class=\"chip s-attempted\">attempted</span><span class=\"chip s-new\">new</span>\
         <span class=\"chip s-unavailable\">not available yet</span></p>\n",
    );
    // The active plan is open; without one, the first plan is.
    let open_id = page.plans.iter().find(|p| p.active).unwrap_or(&page.plans[0]).id.clone();
    for p in &page.plans {
        out.push_str(&plan(p, p.id == open_id));
    }
    out
}

fn plan(p: &PlanProgress, open: bool) -> String {
    let mut out = format!(
        "<details class=\"plan\" id=\"plan-{}\" data-solved=\"{}\" data-total=\"{}\"{}>\n<summary>{}{} {} {}/{} solved{}</summary>\n",
        escape(&p.id),
        p.solved,
        p.total,
        if open { " open" } else { "" },
        escape(&p.title),
        if p.active { " <span class=\"active-tag\">active</span>" } else { "" },
        meter(p.solved, p.total),
        p.solved,
        p.total,
        if p.available < p.total { format!(" · {} not available yet", p.total - p.available) } else { String::new() }
    );
    for g in &p.groups {
        let here = if p.current_group.as_deref() == Some(g.title.as_str()) {
            " <span class=\"here\">← you are here</span>"
        } else {
            ""
        };
        let _ = write!(
            out,
            "<h3>{} {} {}/{}{here}</h3>\n<ul class=\"chips\">",
            escape(&g.title),
            meter(g.solved, g.total),
            g.solved,
            g.total
        );
        for problem in &g.problems {
            let state = match problem.state {
                PlanState::Unavailable => "not available yet",
                s => s.name(),
            };
            let _ = write!(
                out,
                "<li class=\"chip s-{}\" data-slug=\"{}\" title=\"{}: {state}\">{}</li>",
                problem.state.name(),
                escape(&problem.slug),
                escape(&problem.title),
                escape(&problem.slug)
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</details>\n");
    out
}

fn weakest(page: &Page) -> String {
    let patterns = &page.stats.weakest_patterns;
    if patterns.is_empty() {
        return "<p class=\"empty\" id=\"weakest-patterns\">no attempts yet</p>\n".into();
    }
    let mut out = String::from(
        "<table id=\"weakest-patterns\"><tr><th>pattern</th><th>solved / attempted</th><th>failed attempts</th></tr>\n",
    );
    for p in patterns {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"nw\">{} {}/{}</td><td>{}</td></tr>",
            escape(&p.pattern),
            meter(p.solved, p.attempted),
            p.solved,
            p.attempted,
            p.failures
        );
    }
    out.push_str("</table>\n");
    out
}

/// A column per day (today holds the overdue ones too), then the list.
fn reviews(page: &Page) -> String {
    let today = page.now_ms.div_euclid(DAY_MS);
    let mut per_day = [0usize; REVIEW_DAYS as usize];
    for r in &page.reviews {
        let k = (r.due_ms.div_euclid(DAY_MS) - today).clamp(0, REVIEW_DAYS - 1);
        per_day[k as usize] += 1;
    }
    let most = per_day.iter().copied().max().unwrap_or(0).max(1);
    let (col, chart_h) = (24, 60);
    let width = REVIEW_DAYS * col;
    let height = chart_h + 30;
    let mut out = format!(
        "<svg id=\"reviews\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"reviews due per day\">\n"
    );
    for (k, &n) in per_day.iter().enumerate() {
        let h = (n as i64 * chart_h) / most as i64;
        let x = k as i64 * col + 3;
        let day = date(today + k as i64);
        let _ = writeln!(
            out,
            "<g class=\"review-day\" data-date=\"{0}\" data-due=\"{n}\"><title>{0}: {1} due</title>\
             <rect x=\"{x}\" y=\"{2}\" width=\"{3}\" height=\"{h}\" rx=\"2\" fill=\"#54aeff\"/>\
             <rect x=\"{x}\" y=\"{chart_h}\" width=\"{3}\" height=\"1\" fill=\"#afb8c1\"/>\
             <text x=\"{4}\" y=\"{5}\" font-size=\"9\" text-anchor=\"middle\">{6}</text>\
             <text x=\"{4}\" y=\"{7}\" font-size=\"9\" text-anchor=\"middle\">{8}</text></g>",
            day.format("%Y-%m-%d"),
            plural(n, "review"),
            chart_h - h,
            col - 6,
            x + (col - 6) / 2,
            chart_h + 12,
            if k == 0 { "today".to_string() } else { day.format("%d").to_string() },
            chart_h + 24,
            if n > 0 { n.to_string() } else { String::new() },
        );
    }
    out.push_str("</svg>\n");
    if page.reviews.is_empty() {
        out.push_str("<p class=\"empty\">nothing due in the next two weeks</p>\n");
        return out;
    }
    out.push_str("<table id=\"review-list\"><tr><th>due</th><th>problem</th></tr>\n");
    for r in &page.reviews {
        let when = if r.due_ms <= page.now_ms { "now".to_string() } else { date_of_ms(r.due_ms) };
        let _ = writeln!(
            out,
            "<tr><td class=\"nw\">{when}</td><td>{} <span class=\"muted\">{}</span></td></tr>",
            escape(&r.title),
            escape(&r.slug)
        );
    }
    out.push_str("</table>\n");
    out
}

fn mocks(page: &Page) -> String {
    if page.sessions.is_empty() {
        return "<p class=\"empty\" id=\"mocks\">no mock interviews yet (<code>judge mock</code>)</p>\n".into();
    }
    let mut out = String::from(
        "<table id=\"mocks\"><tr><th>started</th><th>session</th><th>solved</th><th>time</th><th>problems</th></tr>\n",
    );
    for s in &page.sessions {
        let time = match s.ended_ms {
            Some(end) => format!("{} of {} min", ((end - s.started_ms).max(0) + 59_999) / 60_000, s.minutes),
            None => format!("{} min, running", s.minutes),
        };
        let problems = if s.ended_ms.is_none() {
            "<span class=\"muted\">hidden until the session ends</span>".to_string()
        } else {
            s.results
                .iter()
                .map(|(_, title, verdict)| {
                    let v = verdict.as_deref().unwrap_or("never run");
                    format!(
                        "{} <span class=\"{}\">{}</span>",
                        escape(title),
                        if v == "AC" { "ac" } else { "fail" },
                        escape(v)
                    )
                })
                .collect::<Vec<_>>()
                .join("<br>")
        };
        let _ = writeln!(
            out,
            "<tr class=\"mock\"><td class=\"nw\">{}</td><td>{}</td><td>{}/{}</td><td>{time}</td><td>{problems}</td></tr>",
            date_of_ms(s.started_ms),
            escape(&s.id),
            s.solved,
            s.problems
        );
    }
    out.push_str("</table>\n");
    out
}
