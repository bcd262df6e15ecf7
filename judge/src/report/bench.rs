//! `judge bench` results as text and as `--json`.

use super::human::Style;
use crate::bench::stats::Fit;
use crate::bench::{Bench, Metric, Point, SizeUnit};
use crate::problem::Problem;
use serde_json::{Value, json};

/// `1.2 K`, `3.40 M`: instruction counts.
fn count(v: f64) -> String {
    match v {
        v if v >= 1e9 => format!("{:.2} G", v / 1e9),
        v if v >= 1e6 => format!("{:.2} M", v / 1e6),
        v if v >= 1e3 => format!("{:.1} K", v / 1e3),
        v => format!("{v:.0}"),
    }
}

fn cost(metric: Metric, v: f64) -> String {
    match metric {
        Metric::Instructions => count(v),
        Metric::CpuTime => super::duration(std::time::Duration::from_nanos(v as u64)),
    }
}

fn unit_name(unit: SizeUnit) -> &'static str {
    match unit {
        SizeUnit::InputValues => "values in the input",
        SizeUnit::GeneratorN => "the generator's size parameter",
    }
}

fn fit_line(fit: &Option<Fit>) -> String {
    match fit {
        Some(f) => format!(
            "{:<11} (log-log slope {:.2}, R^2 {:.3}, fit error {:.0}%)",
            f.class.name(),
            f.slope,
            f.r_squared,
            f.rms_error * 100.0
        ),
        None => "not named".into(),
    }
}

pub fn human(problem: &Problem, b: &Bench, other: &str, style: &Style) -> String {
    let mut out = String::new();
    let r = &b.ratio;
    out.push_str(&style.bold(&format!("{}: your solution against the {other}\n", problem.slug())));
    let verdict = if r.no_difference() {
        style.good("no measurable difference")
    } else if r.ratio > 1.0 {
        style.bad(&format!("yours is {:.2}x slower", r.ratio))
    } else {
        style.good(&format!("yours is {:.2}x faster", 1.0 / r.ratio))
    };
    out.push_str(&format!(
        "  speed:   {verdict}: your CPU time is {:.3}x the {other}'s (95% CI {:.3} to {:.3})\n",
        r.ratio, r.low, r.high
    ));
    out.push_str(&style.dim(&format!(
        "           median of {} interleaved rounds, same binary and process, {} inputs at n = {}\n",
        r.rounds, b.ratio_inputs, b.ratio_n
    )));
    let s = &b.scaling;
    let metric = match s.metric {
        Metric::Instructions => "instructions (valgrind callgrind)",
        Metric::CpuTime => "CPU time (median of repetitions)",
    };
    out.push_str(&format!("  scaling: {metric}, \"{}\" inputs, n = {}\n", s.mode, unit_name(s.unit)));
    out.push_str(&style.dim(&format!("  {:>12} {:>14} {:>14}\n", "n", "yours", other)));
    for Point { x, user, other: o, .. } in &s.points {
        out.push_str(&format!("  {:>12} {:>14} {:>14}\n", *x as u64, cost(s.metric, *user), cost(s.metric, *o)));
    }
    out.push_str(&format!("  yours:     {}\n", fit_line(&s.user)));
    out.push_str(&format!("  {:<10} {}\n", format!("{other}:"), fit_line(&s.other)));
    out.push_str("  space:   extra heap of one call (its peak above the inputs), exact\n");
    out.push_str(&style.dim(&format!("  {:>12} {:>14} {:>14}\n", "n", "yours", other)));
    for p in &b.cpu_points {
        let x = s.unit.of(p) as u64;
        out.push_str(&format!("  {:>12} {:>14} {:>14}\n", x, super::bytes(p.user_heap), super::bytes(p.other_heap)));
    }
    out.push_str(&format!("  yours:     {}\n", space_line(&b.space.user)));
    out.push_str(&format!("  {:<10} {}\n", format!("{other}:"), space_line(&b.space.other)));
    for note in &s.notes {
        out.push_str(&style.dim(&format!("  note: {note}\n")));
    }
    out
}

fn space_line(fit: &Option<Fit>) -> String {
    match fit {
        Some(f) => format!("{} extra space", f.class.name()),
        None => "not named".into(),
    }
}

fn fit_json(fit: &Option<Fit>) -> Value {
    match fit {
        Some(f) => json!({
            "class": f.class.name(),
            "slope": round(f.slope, 3),
            "r_squared": round(f.r_squared, 4),
            "rms_error": round(f.rms_error, 4),
            "lower_term": f.lower,
            "leading_term": f.leading,
        }),
        None => Value::Null,
    }
}

fn round(v: f64, digits: i32) -> f64 {
    let p = 10f64.powi(digits);
    (v * p).round() / p
}

fn points_json(points: &[Point]) -> Vec<Value> {
    points
        .iter()
        .map(|p| {
            json!({"n": p.n, "input_values": p.input_values, "x": p.x, "user": p.user, "reference": p.other,
                   "user_heap_bytes": p.user_heap, "reference_heap_bytes": p.other_heap})
        })
        .collect()
}

pub fn json(problem: &Problem, b: &Bench, user: &str, other: &str) -> Value {
    let s = &b.scaling;
    json!({
        "problem": problem.slug(),
        "benchmarked": true,
        "user": user,
        "against": other,
        "ratio": round(b.ratio.ratio, 4),
        "ci": [round(b.ratio.low, 4), round(b.ratio.high, 4)],
        "no_difference": b.ratio.no_difference(),
        "rounds": b.ratio.rounds,
        "per_round_ratios": b.per_round.iter().map(|r| round(*r, 4)).collect::<Vec<_>>(),
        "ratio_n": b.ratio_n,
        "ratio_inputs": b.ratio_inputs,
        "complexity": {
            "user": s.user.as_ref().map(|f| f.class.name()),
            "reference": s.other.as_ref().map(|f| f.class.name()),
            "user_fit": fit_json(&s.user),
            "reference_fit": fit_json(&s.other),
            "metric": s.metric.name(),
            "size_unit": match s.unit { SizeUnit::InputValues => "input_values", SizeUnit::GeneratorN => "generator_n" },
            "mode": s.mode,
            "notes": s.notes,
        },
        "space": {
            "user": b.space.user.as_ref().map(|f| f.class.name()),
            "reference": b.space.other.as_ref().map(|f| f.class.name()),
            "user_fit": fit_json(&b.space.user),
            "reference_fit": fit_json(&b.space.other),
            "metric": "extra_heap_bytes",
        },
        "measurements": points_json(&s.points),
        "cpu_measurements": points_json(&b.cpu_points),
    })
}
