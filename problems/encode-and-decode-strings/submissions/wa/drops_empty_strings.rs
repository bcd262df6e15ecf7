// Length-prefixed like the usual solution, but skips strings of length 0
// when decoding ("0#" is read and ignored), so [""] comes back as [].
struct Codec {}

impl Codec {
    fn new() -> Self {
        Codec {}
    }

    fn encode(&self, strs: Vec<String>) -> String {
        strs.iter().map(|s| format!("{}#{}", s.len(), s)).collect()
    }

    fn decode(&self, s: String) -> Vec<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < s.len() {
            let hash = i + s[i..].find('#').unwrap();
            let len: usize = s[i..hash].parse().unwrap();
            if len > 0 {
                out.push(s[hash + 1..hash + 1 + len].to_string());
            }
            i = hash + 1 + len;
        }
        out
    }
}
