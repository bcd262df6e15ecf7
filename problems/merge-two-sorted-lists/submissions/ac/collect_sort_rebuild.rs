// Copies every value into a vector, sorts it and builds a fresh list from the back.
impl Solution {
    pub fn merge_two_lists(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut vals = vec![];
        for list in [&l1, &l2] {
            let mut p = list;
            while let Some(node) = p {
                vals.push(node.val);
                p = &node.next;
            }
        }
        vals.sort();
        let mut head = None;
        for v in vals.into_iter().rev() {
            let mut node = Box::new(ListNode::new(v));
            node.next = head;
            head = Some(node);
        }
        head
    }
}
