// Finds the VALUE of the n-th node from the end, then deletes the first node holding
// that value: wrong as soon as that value also appears earlier in the list.
impl Solution {
    pub fn remove_nth_from_end(head: Option<Box<ListNode>>, n: i32) -> Option<Box<ListNode>> {
        let mut vals = Vec::new();
        let mut p = &head;
        while let Some(node) = p {
            vals.push(node.val);
            p = &node.next;
        }
        let target = vals[vals.len() - n as usize];
        let pos = vals.iter().position(|&v| v == target).unwrap();
        vals.remove(pos);
        let mut out = None;
        for &v in vals.iter().rev() {
            out = Some(Box::new(ListNode { val: v, next: out }));
        }
        out
    }
}
