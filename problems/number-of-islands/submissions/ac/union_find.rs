// Union-find with path halving and union by size: start with one set per land
// cell and subtract one for every successful union with a right/down neighbour.
// Pasted with LeetCode's template (which for this problem has no comment block).
struct Dsu {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl Dsu {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return false;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
        true
    }
}

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut dsu = Dsu { parent: (0..m * n).collect(), size: vec![1; m * n] };
        let mut count = 0i32;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                count += 1;
                if i + 1 < m && grid[i + 1][j] == '1' && dsu.union(i * n + j, (i + 1) * n + j) {
                    count -= 1;
                }
                if j + 1 < n && grid[i][j + 1] == '1' && dsu.union(i * n + j, i * n + j + 1) {
                    count -= 1;
                }
            }
        }
        count
    }
}
