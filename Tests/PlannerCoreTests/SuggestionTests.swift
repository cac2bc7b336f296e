import Testing

@testable import PlannerCore

@Suite struct SuggestionTests {
  @Test func countsEditsWithAdjacentSwaps() {
    #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(Suggestion.editDistance(Array("teh"), Array("the")) == 1)
    // Optimal string alignment edits no substring twice, so 'ca' → 'abc' costs 3, not 2.
    #expect(Suggestion.editDistance(Array("ca"), Array("abc")) == 3)
    #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    #expect(Suggestion.editDistance(Array("same"), Array("same")) == 0)
  }

  @Test func findsTheNearestCandidate() {
    let keys = ["cacheHitRate", "tdpWatts", "models"]
    #expect(Suggestion.closest(to: "cacheHitRat", among: keys) == "cacheHitRate")
    #expect(Suggestion.closest(to: "CACHEHITRATE", among: keys) == "cacheHitRate")
    #expect(Suggestion.closest(to: "tdpWats", among: keys) == "tdpWatts")
    #expect(Suggestion.closest(to: "modls", among: keys) == "models")
    #expect(Suggestion.closest(to: "modle", among: keys) == nil)  // a swap and an insertion: 2 > 1
    #expect(Suggestion.closest(to: "xyz", among: keys) == nil)
    #expect(Suggestion.closest(to: "anything", among: []) == nil)
  }

  @Test func limitsTheDistanceByTheWordsLength() {
    // 9 characters allow 3 edits; 5 allow 1; 2 still allow 1.
    #expect(Suggestion.closest(to: "abcdefghi", among: ["abcxyzghi"]) == "abcxyzghi")
    #expect(Suggestion.closest(to: "abcdefghi", among: ["abcxyzwhi"]) == nil)
    #expect(Suggestion.closest(to: "power", among: ["tower"]) == "tower")
    #expect(Suggestion.closest(to: "power", among: ["toner"]) == nil)
    #expect(Suggestion.closest(to: "ab", among: ["xb"]) == "xb")
  }

  @Test func acceptsContainmentOfFourOrMoreCharacters() {
    #expect(Suggestion.closest(to: "rate", among: ["cacheHitRate"]) == "cacheHitRate")
    #expect(Suggestion.closest(to: "gpuCountPerNode", among: ["gpuCount"]) == "gpuCount")
    #expect(Suggestion.closest(to: "hit", among: ["cacheHitRate"]) == nil)
  }

  @Test func prefersTheNearestThenTheFirst() {
    // 'modelName' contains 'model' (distance 4); 'models' is one edit away.
    #expect(Suggestion.closest(to: "model", among: ["modelName", "models"]) == "models")
    #expect(Suggestion.closest(to: "cat", among: ["bat", "hat"]) == "bat")
    #expect(Suggestion.closest(to: "cat", among: ["hat", "bat"]) == "hat")
  }

  @Test func phrasesTheHint() {
    #expect(Suggestion.didYouMean("ture", among: ["true", "false"]) == "did you mean 'true'?")
    #expect(Suggestion.didYouMean("zzz", among: ["true", "false"]) == nil)
  }
}
