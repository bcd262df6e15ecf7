// No search at all: counts land cells whose upper and left neighbours are both
// water, as if every island had exactly one top-left corner. Right for
// rectangles, wrong for a U, an L bending up, or a staircase.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[i].len() {
                if grid[i][j] == '1'
                    && (i == 0 || grid[i - 1][j] == '0')
                    && (j == 0 || grid[i][j - 1] == '0')
                {
                    count += 1;
                }
            }
        }
        count
    }
}
