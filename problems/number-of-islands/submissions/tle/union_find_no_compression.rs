// Union-find with neither path compression nor union by size: each land cell is
// joined to its right and lower neighbours with parent[find(a)] = find(b). On a
// big island the parent chains grow thousands of links long and every find
// walks them: about 8 * 10^7 steps on an all-land 300 x 300 grid.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut parent: Vec<usize> = (0..m * n).collect();
        fn find(parent: &Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        let mut count = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                count += 1;
                let me = i * n + j;
                if j + 1 < n && grid[i][j + 1] == '1' {
                    let (a, b) = (find(&parent, me), find(&parent, me + 1));
                    if a != b {
                        parent[a] = b;
                        count -= 1;
                    }
                }
                if i + 1 < m && grid[i + 1][j] == '1' {
                    let (a, b) = (find(&parent, me), find(&parent, me + n));
                    if a != b {
                        parent[a] = b;
                        count -= 1;
                    }
                }
            }
        }
        count
    }
}
