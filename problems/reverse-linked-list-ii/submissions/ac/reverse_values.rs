// Copies the values into a Vec, reverses the slice left-1..right and builds a
// new list from the result.
impl Solution {
    pub fn reverse_between(head: Option<Box<ListNode>>, left: i32, right: i32) -> Option<Box<ListNode>> {
        let mut vals = Vec::new();
        let mut cur = head.as_ref();
        while let Some(node) = cur {
            vals.push(node.val);
            cur = node.next.as_ref();
        }
        vals[left as usize - 1..right as usize].reverse();
        let mut out = None;
        for &v in vals.iter().rev() {
            out = Some(Box::new(ListNode { val: v, next: out }));
        }
        out
    }
}
