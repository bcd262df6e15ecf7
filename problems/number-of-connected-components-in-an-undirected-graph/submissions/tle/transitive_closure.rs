// Correct but O(n^3): builds the full reachability matrix with Warshall's
// triple loop, then counts the nodes that are the smallest of their component.
// 8 * 10^9 steps at n = 2000.
impl Solution {
    pub fn count_components(n: i32, edges: Vec<Vec<i32>>) -> i32 {
        let n = n as usize;
        let mut reach = vec![vec![false; n]; n];
        for i in 0..n {
            reach[i][i] = true;
        }
        for e in &edges {
            let (a, b) = (e[0] as usize, e[1] as usize);
            reach[a][b] = true;
            reach[b][a] = true;
        }
        for k in 0..n {
            for i in 0..n {
                for j in 0..n {
                    if reach[i][k] && reach[k][j] {
                        reach[i][j] = true;
                    }
                }
            }
        }
        let mut count = 0;
        for i in 0..n {
            if (0..i).all(|j| !reach[i][j]) {
                count += 1;
            }
        }
        count
    }
}
