/// Each string is written as its length in bytes, a '#', then its bytes.
/// The decoder reads digits up to the first '#', so a '#' or digits inside a
/// string are never mistaken for structure.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        let mut out = String::new();
        for s in &strs {
            out.push_str(&s.len().to_string());
            out.push('#');
            out.push_str(s);
        }
        out
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let hash = i + s[i..].find('#').unwrap();
            let len: usize = s[i..hash].parse().unwrap();
            out.push(s[hash + 1..hash + 1 + len].to_string());
            i = hash + 1 + len;
        }
        out
    }
}
