// No hash map: sort the positions by their words' sorted letters, then cut the sorted
// order wherever the key changes.
impl Solution {
    pub fn group_anagrams(strs: Vec<String>) -> Vec<Vec<String>> {
        let keys: Vec<Vec<u8>> = strs
            .iter()
            .map(|s| {
                let mut k = s.as_bytes().to_vec();
                k.sort_unstable();
                k
            })
            .collect();
        let mut order: Vec<usize> = (0..strs.len()).collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        let mut result: Vec<Vec<String>> = Vec::new();
        for (pos, &i) in order.iter().enumerate() {
            if pos == 0 || keys[order[pos - 1]] != keys[i] {
                result.push(Vec::new());
            }
            result.last_mut().unwrap().push(strs[i].clone());
        }
        result
    }
}
