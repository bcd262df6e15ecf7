// Recursion returns each node's position counted from the end; the node whose
// successor is number n skips it. The head is handled by the caller.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        fn walk(node: &mut Option<Box<ListNode>>, n: i32) -> i32 {
            match node {
                None => 0,
                Some(cur) => {
                    let pos = walk(&mut cur.next, n) + 1;
                    if pos == n {
                        *node = node.take().unwrap().next;
                    }
                    pos
                }
            }
        }
        let mut head = head;
        walk(&mut head, n);
        head
    }
}
