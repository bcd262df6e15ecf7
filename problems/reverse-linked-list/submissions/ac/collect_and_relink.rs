// Detaches every node into a Vec, then relinks them in order, each node
// pointing at the one detached before it.
impl Solution {
    pub fn reverse_list(mut head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        while let Some(mut node) = head {
            head = node.next.take();
            nodes.push(node);
        }
        let mut out: Option<Box<ListNode>> = None;
        for mut node in nodes.into_iter() {
            node.next = out;
            out = Some(node);
        }
        out
    }
}
