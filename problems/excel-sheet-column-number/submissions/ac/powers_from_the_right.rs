// Sums digit * 26^position from the right, in i64.
impl Solution {
    pub fn title_to_number(column_title: String) -> i32 {
        let mut total: i64 = 0;
        let mut weight: i64 = 1;
        for c in column_title.chars().rev() {
            total += (c as i64 - 'A' as i64 + 1) * weight;
            weight *= 26;
        }
        total as i32
    }
}
