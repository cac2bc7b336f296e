/// Minimises a loss over a grid of candidate values for each parameter, one parameter at a
/// time, sweeping until no parameter moves (or `sweeps` run out). Deterministic: a value is
/// taken only when it lowers the loss, candidates are tried in grid order.
public enum CoordinateDescent {
  /// The parameters, starting at `start`, that `loss` ends lowest at; parameter i takes only
  /// values of `grids[i]` (an empty grid keeps its parameter fixed).
  public static func minimize(
    start: [Double], grids: [[Double]], sweeps: Int = 6, loss: ([Double]) -> Double
  ) -> [Double] {
    var best = start
    var bestLoss = loss(start)
    for _ in 0..<sweeps {
      var moved = false
      for i in best.indices where !grids[i].isEmpty {
        for value in grids[i] where value != best[i] {
          var trial = best
          trial[i] = value
          let l = loss(trial)
          if l < bestLoss * (1 - 1e-12) {
            (best, bestLoss, moved) = (trial, l, true)
          }
        }
      }
      if !moved { break }
    }
    return best
  }

  /// `from`, `from + step`, … up to `to` (inclusive, to floating-point noise).
  public static func grid(_ from: Double, _ to: Double, step: Double) -> [Double] {
    let count = Int(((to - from) / step + 1e-9).rounded(.down))
    return (0...count).map { from + Double($0) * step }
  }
}
