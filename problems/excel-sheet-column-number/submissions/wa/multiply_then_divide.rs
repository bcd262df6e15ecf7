// Multiplies by 26 after adding each digit and divides by 26 at the end, in
// i32: the last multiplication goes 26 times past the answer and overflows for
// long titles.
impl Solution {
    pub fn title_to_number(column_title: String) -> i32 {
        let mut acc: i32 = 0;
        for b in column_title.bytes() {
            acc = (acc + (b - b'A' + 1) as i32).wrapping_mul(26);
        }
        acc / 26
    }
}
