/// Finds the name a user probably meant, for hints such as `did you mean 'cacheHitRate'?`.
public enum Suggestion {
  /// The candidate nearest to `word` (case-insensitive Damerau–Levenshtein, optimal string
  /// alignment), or nil when none is close: distance ≤ max(1, min(3, word.count / 3)) — also
  /// accept a candidate that equals word case-insensitively, or where one contains the other and
  /// the shorter has ≥ 4 characters. Ties broken by the order of `candidates`.
  public static func closest(to word: String, among candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    let limit = max(1, min(3, target.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let other = Array(candidate.lowercased())
      let distance = editDistance(target, other)
      let (shorter, longer) = target.count <= other.count ? (target, other) : (other, target)
      let contains = shorter.count >= 4 && String(longer).contains(String(shorter))
      guard distance <= limit || contains else { continue }
      if best.map({ distance < $0.distance }) ?? true {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// "did you mean 'x'?" or nil.
  public static func didYouMean(_ word: String, among candidates: [String]) -> String? {
    closest(to: word, among: candidates).map { "did you mean '\($0)'?" }
  }

  /// The optimal string alignment distance: insertions, deletions, substitutions and swaps of
  /// two neighbours, each costing 1, no substring edited twice.
  static func editDistance(_ source: [Character], _ target: [Character]) -> Int {
    if source.isEmpty || target.isEmpty { return max(source.count, target.count) }
    let width = target.count + 1
    var table = [Int](repeating: 0, count: (source.count + 1) * width)
    for i in 0...source.count { table[i * width] = i }
    for j in 0...target.count { table[j] = j }
    for i in 1...source.count {
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        var distance = min(
          table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1,
          table[(i - 1) * width + j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          distance = min(distance, table[(i - 2) * width + j - 2] + 1)
        }
        table[i * width + j] = distance
      }
    }
    return table[source.count * width + target.count]
  }
}
