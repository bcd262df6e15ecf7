// Floyd-Warshall over all pairs, O(n^3) = 10^6 steps at n = 100; then the
// largest distance from k.
impl Solution {
    pub fn network_delay_time(times: Vec<Vec<i32>>, n: i32, k: i32) -> i32 {
        let n = n as usize;
        const INF: i64 = 1 << 40;
        let mut d = vec![vec![INF; n]; n];
        for i in 0..n {
            d[i][i] = 0;
        }
        for t in &times {
            d[t[0] as usize - 1][t[1] as usize - 1] = t[2] as i64;
        }
        for m in 0..n {
            for i in 0..n {
                for j in 0..n {
                    if d[i][m] + d[m][j] < d[i][j] {
                        d[i][j] = d[i][m] + d[m][j];
                    }
                }
            }
        }
        let best = *d[k as usize - 1].iter().max().unwrap();
        if best >= INF { -1 } else { best as i32 }
    }
}
