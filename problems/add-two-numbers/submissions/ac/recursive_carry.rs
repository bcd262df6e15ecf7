// Recursive: adds the two head digits and the carry, then recurses on both
// tails with the new carry (at most 101 frames deep).
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn go(a: Option<Box<ListNode>>, b: Option<Box<ListNode>>, carry: i32) -> Option<Box<ListNode>> {
            if a.is_none() && b.is_none() && carry == 0 {
                return None;
            }
            let (va, na) = a.map_or((0, None), |n| (n.val, n.next));
            let (vb, nb) = b.map_or((0, None), |n| (n.val, n.next));
            let sum = va + vb + carry;
            let mut node = ListNode::new(sum % 10);
            node.next = go(na, nb, sum / 10);
            Some(Box::new(node))
        }
        go(l1, l2, 0)
    }
}
