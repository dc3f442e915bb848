/// Post totals per group key, kept in an array: the slot of the last key is remembered, so a
/// run of posts of one creator, platform or format costs one comparison per post instead of a
/// hash and a dictionary lookup (KPICalculator's pass over a million posts).
struct GroupSlots<Key: Hashable> {
    private var index: [Key: Int] = [:]
    private var keys: [Key] = []
    private var totals: [PostTotals] = []
    private var last: (key: Key, slot: Int)?

    mutating func add(_ key: Key, _ post: Post, followers: Int, extras: PostTotals.Extras) {
        totals[slot(key)].add(post, followers: followers, extras: extras)
    }

    mutating func add(_ key: Key, _ post: Post, followers: Int) {
        totals[slot(key)].add(post, followers: followers)
    }

    private mutating func slot(_ key: Key) -> Int {
        let slot: Int
        if let last, last.key == key {
            slot = last.slot
        } else if let known = index[key] {
            slot = known
        } else {
            slot = totals.count
            index[key] = slot
            keys.append(key)
            totals.append(PostTotals())
        }
        last = (key, slot)
        return slot
    }

    var dictionary: [Key: PostTotals] {
        Dictionary(uniqueKeysWithValues: zip(keys, totals))
    }
}
