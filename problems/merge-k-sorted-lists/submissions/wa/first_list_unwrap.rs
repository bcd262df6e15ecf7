// Pairwise merging in rounds with lists[0] as the accumulator, taken before checking
// that there is any list at all: k = 0 (`lists = []`) panics with an index out of
// bounds. Everything else is right.
impl Solution {
    pub fn merge_k_lists(lists: Vec<Option<Box<ListNode>>>) -> Option<Box<ListNode>> {
        let mut lists = lists;
        let mut acc = lists[0].take();
        let mut step = 1;
        while step < lists.len() {
            let mut i = 0;
            while i + step < lists.len() {
                let b = lists[i + step].take();
                let a = if i == 0 { acc.take() } else { lists[i].take() };
                let merged = Self::merge(a, b);
                if i == 0 { acc = merged } else { lists[i] = merged }
                i += 2 * step;
            }
            step *= 2;
        }
        acc
    }

    fn merge(mut a: Option<Box<ListNode>>, mut b: Option<Box<ListNode>>) -> Option<Box<ListNode>> {
        let mut head = None;
        let mut tail = &mut head;
        loop {
            match (a.take(), b.take()) {
                (Some(mut x), Some(y)) if x.val <= y.val => {
                    a = x.next.take();
                    b = Some(y);
                    tail = &mut tail.insert(x).next;
                }
                (Some(x), Some(mut y)) => {
                    b = y.next.take();
                    a = Some(x);
                    tail = &mut tail.insert(y).next;
                }
                (rest_a, rest_b) => {
                    *tail = rest_a.or(rest_b);
                    return head;
                }
            }
        }
    }
}
