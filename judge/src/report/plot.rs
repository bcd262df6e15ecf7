//! `judge bench --plot`: cost against n on log-log axes, measured points and
//! fitted curves for both solutions, as a self-contained SVG.

use crate::bench::{Bench, Metric, Scaling};
use crate::problem::Problem;
use anyhow::{Result, anyhow, bail};
use plotters::prelude::*;
use std::path::Path;

pub fn scaling_svg(path: &Path, problem: &Problem, s: &Scaling, other: &str) -> Result<()> {
    if s.points.is_empty() {
        bail!("nothing to plot");
    }
    let xs = s.points.iter().map(|p| p.x);
    let ys = s.points.iter().flat_map(|p| [p.user, p.other]).filter(|v| *v > 0.0);
    let (x_lo, x_hi) = xs.fold((f64::MAX, f64::MIN), |(lo, hi), x| (lo.min(x), hi.max(x)));
    let (y_lo, y_hi) = ys.fold((f64::MAX, f64::MIN), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let y_label = match s.metric {
        Metric::Instructions => "instructions per call",
        Metric::CpuTime => "CPU ns per call",
    };
    let draw = || -> Result<(), Box<dyn std::error::Error>> {
        let root = SVGBackend::new(path, (800, 520)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(format!("{}: cost against n (log-log)", problem.slug()), ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(80)
            .build_cartesian_2d((x_lo * 0.8..x_hi * 1.25).log_scale(), (y_lo * 0.5..y_hi * 2.0).log_scale())?;
        chart.configure_mesh().x_desc("n").y_desc(y_label).draw()?;
        let series = [("yours", &s.user, RED, true), (other, &s.other, BLUE, false)];
        for (name, fit, color, is_user) in series {
            let points: Vec<(f64, f64)> = s
                .points
                .iter()
                .map(|p| (p.x, if is_user { p.user } else { p.other }))
                .filter(|(_, y)| *y > 0.0)
                .collect();
            chart
                .draw_series(points.iter().map(|&(x, y)| Circle::new((x, y), 4, color.filled())))?
                .label(match fit {
                    Some(f) => format!("{name}: {}", f.class.name()),
                    None => name.to_string(),
                })
                .legend(move |(x, y)| Circle::new((x + 10, y), 4, color.filled()));
            if let Some(f) = fit {
                let steps = 60;
                let curve = (0..=steps).map(|i| {
                    let x = x_lo * (x_hi / x_lo).powf(i as f64 / steps as f64);
                    (x, f.predict(x))
                });
                chart.draw_series(LineSeries::new(curve, color.stroke_width(2)))?;
            }
        }
        chart.configure_series_labels().background_style(WHITE.mix(0.9)).border_style(BLACK).draw()?;
        root.present()?;
        Ok(())
    };
    draw().map_err(|e| anyhow!("cannot draw {}: {e}", path.display()))
}

/// The extra heap of one call against n for both solutions (log-log), with
/// the named space classes: the second plot of `judge bench --plot`.
pub fn space_svg(path: &Path, problem: &Problem, b: &Bench, other: &str) -> Result<()> {
    let x = |p: &crate::bench::Point| b.scaling.unit.of(p);
    // Zero bytes cannot sit on a log axis: drawn at one byte.
    type Series<'a> = (&'a str, Vec<(f64, f64)>, &'a Option<crate::bench::stats::Fit>, RGBColor);
    let series: Vec<Series> = vec![
        ("yours", b.cpu_points.iter().map(|p| (x(p), (p.user_heap as f64).max(1.0))).collect(), &b.space.user, RED),
        (other, b.cpu_points.iter().map(|p| (x(p), (p.other_heap as f64).max(1.0))).collect(), &b.space.other, BLUE),
    ];
    let all: Vec<(f64, f64)> = series.iter().flat_map(|s| s.1.iter().copied()).collect();
    if all.is_empty() {
        bail!("nothing to plot");
    }
    let (x_lo, x_hi) = all.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.0), hi.max(p.0)));
    let (y_lo, y_hi) = all.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| (lo.min(p.1), hi.max(p.1)));
    let draw = || -> Result<(), Box<dyn std::error::Error>> {
        let root = SVGBackend::new(path, (800, 520)).into_drawing_area();
        root.fill(&WHITE)?;
        let mut chart = ChartBuilder::on(&root)
            .caption(format!("{}: extra space against n (log-log)", problem.slug()), ("sans-serif", 22))
            .margin(16)
            .x_label_area_size(44)
            .y_label_area_size(80)
            .build_cartesian_2d((x_lo * 0.8..x_hi * 1.25).log_scale(), (y_lo * 0.5..y_hi * 2.0).log_scale())?;
        chart.configure_mesh().x_desc("n").y_desc("extra heap bytes per call").draw()?;
        for (name, points, fit, color) in &series {
            let label = match fit {
                Some(f) => format!("{name}: {} space", f.class.name()),
                None => name.to_string(),
            };
            let color = *color;
            chart
                .draw_series(points.iter().map(|&(x, y)| Circle::new((x, y), 4, color.filled())))?
                .label(label)
                .legend(move |(x, y)| Circle::new((x + 10, y), 4, color.filled()));
            chart.draw_series(LineSeries::new(points.iter().copied(), color.stroke_width(1)))?;
        }
        chart.configure_series_labels().background_style(WHITE.mix(0.9)).border_style(BLACK).draw()?;
        root.present()?;
        Ok(())
    };
    draw().map_err(|e| anyhow!("cannot draw {}: {e}", path.display()))
}
