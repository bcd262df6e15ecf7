use std::collections::{BinaryHeap, HashMap, HashSet};

/// Each user's tweets in posting order as (time, id); a feed merges the
/// newest ends of the lists of the user and their followees with a heap and
/// stops after 10.
struct Twitter {
    time: u32,
    tweets: HashMap<i32, Vec<(u32, i32)>>,
    follows: HashMap<i32, HashSet<i32>>,
}

impl Twitter {
    fn new() -> Self {
        Twitter { time: 0, tweets: HashMap::new(), follows: HashMap::new() }
    }

    fn post_tweet(&mut self, user_id: i32, tweet_id: i32) {
        self.time += 1;
        self.tweets.entry(user_id).or_default().push((self.time, tweet_id));
    }

    fn get_news_feed(&self, user_id: i32) -> Vec<i32> {
        let mut heap = BinaryHeap::new();
        let followees = self.follows.get(&user_id);
        let people = std::iter::once(&user_id).chain(followees.into_iter().flatten());
        for u in people {
            if let Some(&(t, id)) = self.tweets.get(u).and_then(|list| list.last()) {
                heap.push((t, id, *u, self.tweets[u].len() - 1));
            }
        }
        let mut feed = Vec::new();
        while feed.len() < 10 {
            let Some((_, id, u, i)) = heap.pop() else { break };
            feed.push(id);
            if i > 0 {
                let (t, id) = self.tweets[&u][i - 1];
                heap.push((t, id, u, i - 1));
            }
        }
        feed
    }

    fn follow(&mut self, follower_id: i32, followee_id: i32) {
        self.follows.entry(follower_id).or_default().insert(followee_id);
    }

    fn unfollow(&mut self, follower_id: i32, followee_id: i32) {
        if let Some(set) = self.follows.get_mut(&follower_id) {
            set.remove(&followee_id);
        }
    }
}
