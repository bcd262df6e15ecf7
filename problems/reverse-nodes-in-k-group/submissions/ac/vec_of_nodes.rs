// Detaches every node into a Vec, reverses each full chunk of k in the Vec,
// then relinks the nodes from the back.
impl Solution {
    pub fn reverse_k_group(head: Option<Box<ListNode>>, k: i32) -> Option<Box<ListNode>> {
        let k = k as usize;
        let mut nodes: Vec<Box<ListNode>> = Vec::new();
        let mut cur = head;
        while let Some(mut node) = cur {
            cur = node.next.take();
            nodes.push(node);
        }
        let full = nodes.len() / k * k;
        for chunk in nodes[..full].chunks_mut(k) {
            chunk.reverse();
        }
        let mut out: Option<Box<ListNode>> = None;
        while let Some(mut node) = nodes.pop() {
            node.next = out;
            out = Some(node);
        }
        out
    }
}
