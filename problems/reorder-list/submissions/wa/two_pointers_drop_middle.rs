// Copies the values, then takes vals[i] and vals[j] while i < j, moving the two
// indices inward: on odd lengths the middle value (i == j) is never taken, so
// [1, 2, 3] becomes [1, 3].
impl Solution {
    pub fn reorder_list(head: &mut Option<Box<ListNode>>) {
        let mut vals = Vec::new();
        let mut p = head.as_ref();
        while let Some(node) = p {
            vals.push(node.val);
            p = node.next.as_ref();
        }
        let (mut i, mut j) = (0, vals.len() - 1);
        let mut order = Vec::with_capacity(vals.len());
        while i < j {
            order.push(vals[i]);
            order.push(vals[j]);
            i += 1;
            j -= 1;
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
