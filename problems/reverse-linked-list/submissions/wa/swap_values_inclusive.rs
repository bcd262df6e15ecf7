// Copies the values out and swaps v[i] with v[n-1-i] for i in 0..=n/2: the
// extra step swaps the two middle values back on even lengths
// ([1, 2, 3, 4] -> [4, 2, 3, 1]) and indexes out of range on the empty list.
impl Solution {
    pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut vals = Vec::new();
        let mut cur = &head;
        while let Some(node) = cur {
            vals.push(node.val);
            cur = &node.next;
        }
        let n = vals.len();
        for i in 0..=n / 2 {
            vals.swap(i, n - 1 - i);
        }
        let mut out = None;
        for &v in vals.iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = out;
            out = Some(node);
        }
        out
    }
}
