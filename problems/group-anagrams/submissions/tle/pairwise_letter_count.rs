// Compares each word with the first word of every group found so far, counting letters
// for every comparison: O(n^2 * k) when few words are anagrams.
impl Solution {
    fn is_anagram(a: &str, b: &str) -> bool {
        if a.len() != b.len() {
            return false;
        }
        let mut count = [0i32; 26];
        for (x, y) in a.bytes().zip(b.bytes()) {
            count[(x - b'a') as usize] += 1;
            count[(y - b'a') as usize] -= 1;
        }
        count.iter().all(|&c| c == 0)
    }

    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let mut groups: Vec<Vec<String>> = Vec::new();
        for s in strs {
            match groups.iter_mut().find(|g| Self::is_anagram(&g[0], &s)) {
                Some(g) => g.push(s),
                None => groups.push(vec![s]),
            }
        }
        groups
    }
}
