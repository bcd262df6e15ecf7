// Gives the first letter the smallest weight (reads the title as least
// significant digit first): "AB" gives 53 instead of 28.
impl Solution {
    pub fn title_to_number(column_title: String) -> i32 {
        let mut total = 0i64;
        let mut weight = 1i64;
        for b in column_title.bytes() {
            total += (b - b'A' + 1) as i64 * weight;
            weight *= 26;
        }
        total as i32
    }
}
