use crate::tools::prelude::*;
use std::collections::HashSet;

const MIN_N: usize = 2;
const MAX_N: usize = 100;
const MAX_PRICE: i64 = 10_000;

/// Flights (from, to, price) on cities 0..n, at most one per pair of cities
/// (in either direction), so at most n (n - 1) / 2 of them.
struct Flights {
    list: Vec<(usize, usize, i64)>,
    pairs: HashSet<(usize, usize)>,
}

impl Flights {
    fn new() -> Self {
        Flights { list: Vec::new(), pairs: HashSet::new() }
    }

    fn add(&mut self, from: usize, to: usize, price: i64) {
        if from != to && self.pairs.insert((from.min(to), from.max(to))) {
            self.list.push((from, to, price));
        }
    }

    /// Random flights allowed by `ok`, until `want` in total or `20 n^2` draws.
    fn fill(&mut self, n: usize, want: usize, prices: (i64, i64), ok: impl Fn(usize, usize) -> bool, g: &mut Gen) {
        let want = want.min(n * (n - 1) / 2);
        for _ in 0..20 * n * n {
            if self.list.len() >= want {
                break;
            }
            let (a, b) = (g.usize(0, n - 1), g.usize(0, n - 1));
            if ok(a, b) {
                let p = g.int(prices.0, prices.1);
                self.add(a, b, p);
            }
        }
    }
}

/// `n` cities (2 <= n <= 100) and directed flights [from, to, price] with
/// 1 <= price <= 10^4, at most one flight per pair of cities; src != dst, k < n;
/// labels shuffled. City 0 is src and city n - 1 is dst before relabelling. Modes:
/// - "random": a random number of random flights, random k;
/// - "dense": a flight for every pair of cities (n (n - 1) / 2), random
///   directions and prices, random k;
/// - "unreachable": no flight lands in dst (answer -1);
/// - "too-few-stops": dst is reached only by a chain of n - 1 flights and k is
///   smaller than n - 2 (answer -1);
/// - "direct": an expensive direct flight and cheap routes with stops, k = 0;
/// - "worst": every pair i < j has a flight i -> j costing (j - i)^2, so more
///   stops are always cheaper; k near n, so every round of Bellman-Ford changes
///   something and a search over routes meets astronomically many of them.
pub fn generate(n: usize, mode: &str, g: &mut Gen) -> Vec<Value> {
    let n = n.clamp(MIN_N, MAX_N);
    let (src, dst) = (0, n - 1);
    let mut flights = Flights::new();
    let all = n * (n - 1) / 2;
    let mut k = g.usize(0, n - 1);
    match mode {
        "dense" => flights.fill(n, all, (1, MAX_PRICE), |_, _| true, g),
        "unreachable" => {
            let want = g.usize(all / 4, all);
            flights.fill(n, want, (1, MAX_PRICE), |_, b| b != dst, g);
        }
        "too-few-stops" => {
            for i in 1..n {
                flights.add(i - 1, i, g.int(1, MAX_PRICE));
            }
            // Only backward flights besides the chain: none shortens it.
            flights.fill(n, all, (1, MAX_PRICE), |a, b| b < a, g);
            k = g.usize(0, n.saturating_sub(3));
        }
        "direct" => {
            flights.add(src, dst, MAX_PRICE);
            for i in 1..n {
                flights.add(i - 1, i, 1);
            }
            flights.fill(n, all, (1, MAX_PRICE), |_, _| true, g);
            k = 0;
        }
        "worst" => {
            for i in 0..n {
                for j in i + 1..n {
                    let d = i64::try_from(j - i).unwrap_or(1);
                    flights.add(i, j, (d * d).min(MAX_PRICE));
                }
            }
            k = g.usize(n.saturating_sub(5), n - 1).max(n / 2);
        }
        _ => {
            let want = g.usize(0, all);
            flights.fill(n, want, (1, MAX_PRICE), |_, _| true, g);
        }
    }
    let mut label: Vec<usize> = (0..n).collect();
    g.shuffle(&mut label);
    let mut list: Vec<[i64; 3]> = flights
        .list
        .iter()
        .map(|&(a, b, p)| [i64::try_from(label[a]).unwrap_or(0), i64::try_from(label[b]).unwrap_or(0), p])
        .collect();
    g.shuffle(&mut list);
    vec![json!(n), json!(list), json!(label[src]), json!(label[dst]), json!(k)]
}

pub fn validate(input: &[Value]) -> Result<(), String> {
    if input.len() != 5 {
        return Err(format!("expected 5 arguments (n, flights, src, dst, k), got {}", input.len()));
    }
    let n = int_in(&input[0], MIN_N as i64, MAX_N as i64, "n")?;
    let flights = array(&input[1], "flights")?;
    let most = usize::try_from(n * (n - 1) / 2).unwrap_or(0);
    len_in(flights.len(), 0, most, "flights (at most n * (n - 1) / 2)")?;
    let mut seen = HashSet::with_capacity(flights.len());
    for (i, f) in flights.iter().enumerate() {
        let what = format!("flights[{i}]");
        let items = array(f, &what)?;
        len_in(items.len(), 3, 3, &what)?;
        let from = int_in(&items[0], 0, n - 1, &format!("{what}[0] (from_i)"))?;
        let to = int_in(&items[1], 0, n - 1, &format!("{what}[1] (to_i)"))?;
        int_in(&items[2], 1, MAX_PRICE, &format!("{what}[2] (price_i)"))?;
        if from == to {
            return Err(format!("{what}: a flight from city {from} to itself (from_i != to_i)"));
        }
        if !seen.insert((from, to)) {
            return Err(format!("{what}: a second flight from {from} to {to} (no multiple flights)"));
        }
    }
    let src = int_in(&input[2], 0, n - 1, "src")?;
    let dst = int_in(&input[3], 0, n - 1, "dst")?;
    if src == dst {
        return Err(format!("src = dst = {src} (src != dst)"));
    }
    int_in(&input[4], 0, n - 1, "k (0 <= k < n)")?;
    Ok(())
}
