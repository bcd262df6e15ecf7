// Adds digit pairs only while both lists have nodes, then appends the rest of
// the longer list unchanged: a carry into that rest is dropped
// ([9, 9] + [1] -> [0, 9] instead of [0, 0, 1]).
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        let (mut a, mut b) = (l1, l2);
        let mut carry = 0;
        while a.is_some() && b.is_some() {
            let na = a.unwrap();
            let nb = b.unwrap();
            let sum = na.val + nb.val + carry;
            carry = sum / 10;
            tail.next = Some(Box::new(ListNode::new(sum % 10)));
            tail = tail.next.as_mut().unwrap();
            a = na.next;
            b = nb.next;
        }
        let rest = if a.is_some() { a } else { b };
        if rest.is_some() {
            tail.next = rest;
        } else if carry > 0 {
            tail.next = Some(Box::new(ListNode::new(carry)));
        }
        dummy.next
    }
}
