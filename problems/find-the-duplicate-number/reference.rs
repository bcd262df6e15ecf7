impl Solution {
    pub fn find_duplicate(nums: Vec<i32>) -> i32 {
        // Floyd's cycle detection on i -> nums[i], starting from index 0.
        let next = |i: usize| nums[i] as usize;
        let (mut slow, mut fast) = (next(0), next(next(0)));
        while slow != fast {
            slow = next(slow);
            fast = next(next(fast));
        }
        let mut finder = 0;
        while finder != slow {
            finder = next(finder);
            slow = next(slow);
        }
        finder as i32
    }
}
