use crate::tools::prelude::*;

const MAX_N: usize = 100_000;
const LO: i64 = i32::MIN as i64;
const HI: i64 = i32::MAX as i64;

/// `n` balloons (1 <= n <= 10^5) as [start, end] with -2^31 <= start < end <= 2^31 - 1,
/// shuffled. Modes:
/// - "random": random starts over the whole range, widths up to 2^26;
/// - "touching": a chain [k, k + 1], [k + 1, k + 2], ...: neighbours share an end
///   point (ceil(n / 2) arrows);
/// - "nested": [-w, w] for random w: one arrow at 0 bursts all;
/// - "extremes": balloons hugging -2^31 and 2^31 - 1, plus [-2^31, 2^31 - 1]
///   (wrapping subtractions and i32::MIN sentinels break here);
/// - "same": one balloon repeated;
/// - "worst": n disjoint balloons spread over the whole range: n arrows, so
///   marking the burst balloons by rescanning them all is quadratic.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(1, MAX_N);
    let mut v: Vec<[i64; 2]> = match mode {
        "touching" => {
            let k = g.int(LO, HI - n as i64);
            (0..n as i64).map(|i| [k + i, k + i + 1]).collect()
        }
        "nested" => (0..n)
            .map(|_| {
                let w = g.int(1, HI);
                [-w, w]
            })
            .collect(),
        "extremes" => (0..n)
            .map(|i| match i % 3 {
                0 => [LO, LO + g.int(1, 1000)],
                1 => [HI - g.int(1, 1000), HI],
                _ => [LO + g.int(0, 10), HI - g.int(0, 10)],
            })
            .collect(),
        "same" => {
            let s = g.int(LO, HI - 1);
            vec![[s, g.int(s + 1, HI)]; n]
        }
        "worst" => {
            let slot = (HI - LO + 1) / n as i64;
            (0..n as i64)
                .map(|i| {
                    let base = LO + i * slot;
                    let s = base + g.int(0, slot / 2 - 1);
                    [s, s + g.int(1, slot / 2 - 1)]
                })
                .collect()
        }
        _ => (0..n)
            .map(|_| {
                let s = g.int(LO, HI - 1);
                [s, (s + g.int(1, 1 << 26)).min(HI)]
            })
            .collect(),
    };
    g.shuffle(&mut v);
    vec![json!(v)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 1 {
        return Err(format!("expected 1 argument (points), got {}", input.len()));
    }
    let items = array(&input[0], "points")?;
    len_in(items.len(), 1, MAX_N, "points")?;
    for (i, item) in items.iter().enumerate() {
        let what = format!("points[{i}]");
        let p = int_array(item, 2, 2, LO, HI, &what)?;
        if p[0] >= p[1] {
            return Err(format!("{what} = [{}, {}]: xstart must be smaller than xend", p[0], p[1]));
        }
    }
    Ok(())
}
