impl Solution {
    pub fn is_valid(s: String) -> bool {
        let bytes = s.as_bytes();
        if bytes.len() % 2 == 1 {
            return false;
        }
        // Stack of the closing brackets we are waiting for.
        let mut expect: Vec<u8> = Vec::with_capacity(bytes.len() / 2);
        for &c in bytes {
            match c {
                b'(' => expect.push(b')'),
                b'[' => expect.push(b']'),
                b'{' => expect.push(b'}'),
                _ => {
                    if expect.pop() != Some(c) {
                        return false;
                    }
                }
            }
        }
        expect.is_empty()
    }
}
