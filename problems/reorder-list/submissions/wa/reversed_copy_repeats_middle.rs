// Builds a reversed copy of the list and interleaves the original with it,
// taking (n + 1) / 2 nodes from each: on odd lengths the middle node comes once
// from each list, so [1, 2, 3] becomes [1, 3, 2, 2].
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut vals = Vec::new();
        let mut p = head.as_ref();
        while let Some(node) = p {
            vals.push(node.val);
            p = node.next.as_ref();
        }
        let n = vals.len();
        let reversed: Vec<i32> = vals.iter().rev().copied().collect();
        let mut order = Vec::with_capacity(n + 1);
        for i in 0..(n + 1) / 2 {
            order.push(vals[i]);
            order.push(reversed[i]);
        }
        let mut out: Option<Box<ListNode>> = None;
        for &v in order.iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = out;
            out = Some(node);
        }
        *head = out;
    }
}
