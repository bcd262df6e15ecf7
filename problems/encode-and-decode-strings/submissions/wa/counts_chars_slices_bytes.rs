// Writes the length in characters (chars().count()) but decodes by slicing
// that many bytes: fine for ASCII, wrong (or a panic) for characters 128-255,
// which take two bytes each in a Rust String.
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.iter().map(|s| format!("{}#{}", s.chars().count(), s)).collect()
    }

    fn decode(&self, s: String) -> Vec<String> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let hash = i + b[i..].iter().position(|&c| c == b'#').unwrap();
            let len: usize = std::str::from_utf8(&b[i..hash]).unwrap().parse().unwrap();
            let end = (hash + 1 + len).min(b.len());
            out.push(String::from_utf8_lossy(&b[hash + 1..end]).into_owned());
            i = end;
        }
        out
    }
}
