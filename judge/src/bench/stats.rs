//! The statistics behind `judge bench`: the median of per-round ratios with a
//! bootstrap confidence interval, and naming a complexity class from
//! measurements at doubling sizes.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub fn median(values: &[f64]) -> f64 {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return f64::NAN;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    if v.len() % 2 == 1 { v[mid] } else { (v[mid - 1] + v[mid]) / 2.0 }
}

/// A ratio estimate: the median of per-round ratios (taken on log ratios, so
/// 2x and 0.5x weigh alike) and its 95 % bootstrap percentile interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatioEstimate {
    pub ratio: f64,
    pub low: f64,
    pub high: f64,
    pub rounds: usize,
}

impl RatioEstimate {
    /// The interval covers 1: the data cannot tell the two apart.
    pub fn no_difference(&self) -> bool {
        self.low <= 1.0 && 1.0 <= self.high
    }
}

/// `groups`: per-round ratios, grouped by the process that ran them. The
/// interval comes from a cluster bootstrap (resampling whole processes, then
/// pooling their rounds), so a bias that lasts a process widens it instead of
/// hiding in it. Deterministic (a fixed resampling seed).
pub fn ratio_estimate(groups: &[Vec<f64>]) -> RatioEstimate {
    let logs: Vec<Vec<f64>> = groups
        .iter()
        .map(|g| g.iter().filter(|r| **r > 0.0 && r.is_finite()).map(|r| r.ln()).collect::<Vec<f64>>())
        .filter(|g| !g.is_empty())
        .collect();
    let pooled: Vec<f64> = logs.concat();
    if pooled.is_empty() {
        return RatioEstimate { ratio: f64::NAN, low: f64::NAN, high: f64::NAN, rounds: 0 };
    }
    let center = median(&pooled);
    let mut rng = ChaCha8Rng::seed_from_u64(0x006a_7564_6765);
    let mut medians: Vec<f64> = (0..2000)
        .map(|_| {
            let mut sample = Vec::with_capacity(pooled.len());
            if logs.len() > 1 {
                for _ in 0..logs.len() {
                    sample.extend_from_slice(&logs[rng.gen_range(0..logs.len())]);
                }
            } else {
                sample.extend((0..pooled.len()).map(|_| pooled[rng.gen_range(0..pooled.len())]));
            }
            median(&sample)
        })
        .collect();
    medians.sort_by(f64::total_cmp);
    let at = |q: f64| medians[((medians.len() - 1) as f64 * q).round() as usize];
    RatioEstimate { ratio: center.exp(), low: at(0.025).exp(), high: at(0.975).exp(), rounds: pooled.len() }
}

/// The classes `judge bench` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Constant,
    Log,
    Linear,
    NLogN,
    Quadratic,
    Cubic,
    Exponential,
}

impl Class {
    pub const ALL: [Class; 7] =
        [Class::Constant, Class::Log, Class::Linear, Class::NLogN, Class::Quadratic, Class::Cubic, Class::Exponential];

    pub fn name(self) -> &'static str {
        match self {
            Class::Constant => "O(1)",
            Class::Log => "O(log n)",
            Class::Linear => "O(n)",
            Class::NLogN => "O(n log n)",
            Class::Quadratic => "O(n^2)",
            Class::Cubic => "O(n^3)",
            Class::Exponential => "O(2^n)",
        }
    }

    /// ln f(n).
    pub fn ln_f(self, n: f64) -> f64 {
        let n = n.max(2.0);
        match self {
            Class::Constant => 0.0,
            Class::Log => n.ln().ln(),
            Class::Linear => n.ln(),
            Class::NLogN => n.ln() + n.ln().ln(),
            Class::Quadratic => 2.0 * n.ln(),
            Class::Cubic => 3.0 * n.ln(),
            Class::Exponential => n * std::f64::consts::LN_2,
        }
    }
}

/// How measurements at several sizes scale.
#[derive(Debug, Clone)]
pub struct Fit {
    pub class: Class,
    /// `cost ~ lower * g(n) + leading * f(n)`: f is the class, g the term
    /// below it (a constant under O(n), n under O(n log n) and O(n^2), ...).
    pub lower: f64,
    pub leading: f64,
    /// The free log-log slope and its R^2 (how straight the line is).
    pub slope: f64,
    pub r_squared: f64,
    /// Root-mean-square relative error of the chosen model (0.05 = 5 %).
    pub rms_error: f64,
}

impl Fit {
    pub fn predict(&self, n: f64) -> f64 {
        let (g, f) = terms(self.class, n);
        self.lower * g + self.leading * f
    }
}

/// (g(n), f(n)) for a class: its own term and the one it is fitted with.
fn terms(class: Class, n: f64) -> (f64, f64) {
    let n = n.max(2.0);
    let f = class.ln_f(n).exp();
    let g = match class {
        Class::Constant => 0.0,
        Class::Log | Class::Linear | Class::Exponential => 1.0,
        Class::NLogN | Class::Quadratic => n,
        Class::Cubic => n * n,
    };
    (g, f)
}

/// The leading term must carry this share of the cost at the largest size
/// for its class to be named (a fitted `n log n` term worth 3 % of an
/// otherwise linear cost is noise, not a class).
const LEADING_SHARE: f64 = 0.25;

/// Names the class of `(n, cost)` points. Each class is fitted with its
/// leading term plus the term below it (`a + b n`, `a n + b n log n`, ...) by
/// non-negative least squares on relative error, so constant set-up costs
/// and per-element work do not hide the growth. Among the models that fit
/// about as well as the best one, the highest class whose leading term
/// carries a real share of the cost wins. Needs at least three points.
pub fn classify(points: &[(f64, f64)]) -> Option<Fit> {
    let pts: Vec<(f64, f64)> = points.iter().copied().filter(|(n, c)| *n > 0.0 && *c > 0.0 && c.is_finite()).collect();
    if pts.len() < 3 {
        return None;
    }
    let (slope, r_squared) = loglog_slope(&pts);
    let n_max = pts.iter().map(|p| p.0).fold(0.0, f64::max);
    let polynomial = [Class::Constant, Class::Log, Class::Linear, Class::NLogN, Class::Quadratic, Class::Cubic];
    let fits: Vec<Fit> = polynomial
        .iter()
        .map(|&class| {
            let (lower, leading, rms_error) = fit_two_terms(&pts, class);
            Fit { class, lower, leading, slope, r_squared, rms_error }
        })
        .collect();
    let best = fits.iter().map(|f| f.rms_error).fold(f64::INFINITY, f64::min);
    let tolerance = (best * 1.5).max(0.03);
    let share = |f: &Fit| {
        let (_, lead) = terms(f.class, n_max);
        let total = f.predict(n_max);
        if total > 0.0 { f.leading * lead / total } else { 0.0 }
    };
    let mut chosen = fits
        .iter()
        .rev()
        .find(|f| f.rms_error <= tolerance && (f.class == Class::Constant || share(f) >= LEADING_SHARE))
        .or_else(|| fits.iter().min_by(|a, b| a.rms_error.total_cmp(&b.rms_error)))
        .cloned()?;
    // 2^n: only where it fits far better than every polynomial.
    let (lower, leading, rms_error) = fit_two_terms(&pts, Class::Exponential);
    if n_max <= 64.0 && rms_error < 0.5 * chosen.rms_error && leading > 0.0 {
        chosen = Fit { class: Class::Exponential, lower, leading, slope, r_squared, rms_error };
    }
    Some(chosen)
}

/// Extra space that never passes this many bytes is O(1) (a few locals'
/// worth of heap: a result pair, a small fixed table).
const CONSTANT_SPACE_BYTES: f64 = 4096.0;

/// Names the space class of `(n, extra heap bytes)` points: O(1) when the
/// extra heap stays within a few KiB (or does not grow), else the time
/// classes' fit, capped at O(n^2) (no data structure here is bigger).
pub fn classify_space(points: &[(f64, f64)]) -> Option<Fit> {
    if points.len() < 3 {
        return None;
    }
    let largest = points.iter().map(|p| p.1).fold(0.0, f64::max);
    let smallest = points.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let constant = |level: f64| Fit {
        class: Class::Constant,
        lower: 0.0,
        leading: level,
        slope: 0.0,
        r_squared: 1.0,
        rms_error: 0.0,
    };
    if largest <= CONSTANT_SPACE_BYTES || largest <= smallest * 1.5 {
        return Some(constant(largest));
    }
    // Each point at least a constant's worth: an empty Vec at n = 1 is 0 bytes.
    let shifted: Vec<(f64, f64)> = points.iter().map(|&(n, b)| (n, b.max(64.0))).collect();
    let mut fit = classify(&shifted)?;
    if matches!(fit.class, Class::Cubic | Class::Exponential) {
        fit.class = Class::Quadratic;
    }
    Some(fit)
}

/// Non-negative least squares of `cost ~ a g(n) + b f(n)`, each point
/// weighted by 1/cost^2 (relative error); returns (a, b, rms relative error).
fn fit_two_terms(pts: &[(f64, f64)], class: Class) -> (f64, f64, f64) {
    let n_max = pts.iter().map(|p| p.0).fold(0.0, f64::max);
    // Scaled to 1 at the largest n: keeps the normal equations well conditioned.
    let (g_top, f_top) = terms(class, n_max);
    let rows: Vec<(f64, f64, f64)> = pts
        .iter()
        .map(|&(n, c)| {
            let (g, f) = terms(class, n);
            (if g_top > 0.0 { g / g_top / c } else { 0.0 }, f / f_top / c, 1.0)
        })
        .collect();
    let dot = |x: &dyn Fn(&(f64, f64, f64)) -> f64, y: &dyn Fn(&(f64, f64, f64)) -> f64| -> f64 {
        rows.iter().map(|r| x(r) * y(r)).sum()
    };
    let (gg, ff, gf) = (dot(&|r| r.0, &|r| r.0), dot(&|r| r.1, &|r| r.1), dot(&|r| r.0, &|r| r.1));
    let (gt, ft) = (dot(&|r| r.0, &|r| r.2), dot(&|r| r.1, &|r| r.2));
    let only_f = (0.0, if ff > 0.0 { (ft / ff).max(0.0) } else { 0.0 });
    let only_g = (if gg > 0.0 { (gt / gg).max(0.0) } else { 0.0 }, 0.0);
    let det = gg * ff - gf * gf;
    let both = (det.abs() > 1e-12 * gg * ff).then(|| ((gt * ff - ft * gf) / det, (ft * gg - gt * gf) / det));
    let error = |(a, b): (f64, f64)| -> f64 {
        let sse: f64 = rows.iter().map(|r| (a * r.0 + b * r.1 - 1.0).powi(2)).sum();
        (sse / rows.len() as f64).sqrt()
    };
    let mut best = only_f;
    for candidate in [Some(only_g), both.filter(|(a, b)| *a >= 0.0 && *b >= 0.0)].into_iter().flatten() {
        if error(candidate) < error(best) {
            best = candidate;
        }
    }
    let lower = if g_top > 0.0 { best.0 / g_top } else { 0.0 };
    (lower, best.1 / f_top, error(best))
}

/// Ordinary least squares of ln cost on ln n: (slope, R^2).
pub fn loglog_slope(points: &[(f64, f64)]) -> (f64, f64) {
    let xs: Vec<f64> = points.iter().map(|(n, _)| n.ln()).collect();
    let ys: Vec<f64> = points.iter().map(|(_, c)| c.ln()).collect();
    let k = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / k, ys.iter().sum::<f64>() / k);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    let syy: f64 = ys.iter().map(|y| (y - my).powi(2)).sum();
    if sxx == 0.0 {
        return (f64::NAN, 0.0);
    }
    let slope = sxy / sxx;
    let r_squared = if syy == 0.0 { 1.0 } else { (sxy * sxy) / (sxx * syy) };
    (slope, r_squared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ladder(f: impl Fn(f64) -> f64) -> Vec<(f64, f64)> {
        (0..7).map(|k| 1000.0 * 2f64.powi(k)).map(|n| (n, f(n))).collect()
    }

    #[test]
    fn exact_shapes_are_named() {
        assert_eq!(classify(&ladder(|_| 50.0)).unwrap().class, Class::Constant);
        assert_eq!(classify(&ladder(|n| 7.0 * n.ln())).unwrap().class, Class::Log);
        assert_eq!(classify(&ladder(|n| 3.0 * n + 40.0)).unwrap().class, Class::Linear);
        assert_eq!(classify(&ladder(|n| 2.0 * n * n.ln())).unwrap().class, Class::NLogN);
        assert_eq!(classify(&ladder(|n| n * n / 2.0)).unwrap().class, Class::Quadratic);
        assert_eq!(classify(&ladder(|n| n * n * n)).unwrap().class, Class::Cubic);
        let small: Vec<(f64, f64)> = (4..12).map(|n| (n as f64, 2f64.powi(n) * 10.0)).collect();
        assert_eq!(classify(&small).unwrap().class, Class::Exponential);
    }

    #[test]
    fn linear_with_noise_is_still_linear() {
        let noise = [1.03, 0.98, 1.01, 0.97, 1.02, 0.99, 1.0];
        let pts: Vec<(f64, f64)> = ladder(|n| 5.0 * n).into_iter().zip(noise).map(|((n, c), e)| (n, c * e)).collect();
        let fit = classify(&pts).unwrap();
        assert_eq!(fit.class, Class::Linear);
        assert!((fit.slope - 1.0).abs() < 0.05, "slope {}", fit.slope);
        assert!(fit.r_squared > 0.99);
    }

    #[test]
    fn lower_order_terms_do_not_hide_the_class() {
        // A big set-up cost under linear work (a fixed-size table, then a scan).
        assert_eq!(classify(&ladder(|n| 80_000.0 + 150.0 * n)).unwrap().class, Class::Linear);
        // Per-element work plus binary searches: still n log n.
        assert_eq!(classify(&ladder(|n| 60.0 * n + 4.0 * n * n.log2())).unwrap().class, Class::NLogN);
        // A linear pass before a quadratic one.
        assert_eq!(classify(&ladder(|n| 500.0 * n + 0.5 * n * n)).unwrap().class, Class::Quadratic);
        // A tiny n log n share is not a class: linear.
        assert_eq!(classify(&ladder(|n| 100.0 * n + 0.05 * n * n.log2())).unwrap().class, Class::Linear);
    }

    #[test]
    fn the_ratio_interval_covers_the_median_and_says_when_it_covers_one() {
        let same = [0.98, 1.01, 1.0, 0.99, 1.02, 1.0, 0.97, 1.03, 1.0, 1.01];
        let est = ratio_estimate(&[same.to_vec()]);
        assert!(est.low <= est.ratio && est.ratio <= est.high);
        assert!(est.no_difference());
        let slower = [2.1, 1.9, 2.0, 2.05, 1.95, 2.0, 2.02, 1.98];
        let est = ratio_estimate(&[slower.to_vec()]);
        assert!((est.ratio - 2.0).abs() < 0.05);
        assert!(!est.no_difference());
    }

    #[test]
    fn a_bias_that_lasts_a_process_widens_the_interval() {
        let tight = |center: f64| (0..10).map(|i| center * (1.0 + (i % 3) as f64 * 0.002)).collect::<Vec<f64>>();
        let est = ratio_estimate(&[tight(0.85), tight(1.15), tight(0.9), tight(1.1), tight(1.0), tight(1.05)]);
        assert!(est.no_difference(), "{est:?}");
        let one = ratio_estimate(&[tight(0.85)]);
        assert!(!one.no_difference(), "{one:?}");
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(&[]).is_nan());
    }
}
