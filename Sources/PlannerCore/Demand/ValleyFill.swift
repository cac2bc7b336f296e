/// Deferrable work scheduled into the day's valleys: a batch surface with `deadlineHours`
/// runs where the rest of the site's load is lowest (water-filling) instead of evenly.
///
/// Load is measured in tokens reaching a model per second: a request of surface s weighs
/// w = (1 − cacheHitRate) × (promptTokens + outputTokens). Work arrives evenly; the day is cut
/// into windows of min(24, deadline / 2) hours (whole slots), and each window runs what arrived
/// in the window before it, so no request waits longer than its deadline. In a window of
/// slots with base load b_k, the work V (arrivals × slots × w) is poured up to the level h
/// with Σ max(0, h − b_k) = V; slot k runs (h − b_k)⁺ / w requests per second. The day's
/// requests (and so its tokens) are the same as spread evenly. Surfaces fill in scenario
/// order, each on top of those before it.
public enum ValleyFill {
  /// Fills the valleys of `demand` with its deadline surfaces.
  public static func fill(_ demand: inout Demand) {
    let deferred = demand.surfaces.indices.filter {
      demand.surfaces[$0].surface.deadlineHours != nil
    }
    guard !deferred.isEmpty else { return }
    let slots = DiurnalProfile.slotsPerDay
    var base = Array(repeating: 0.0, count: slots)
    for s in demand.surfaces.indices where !deferred.contains(s) {
      let w = weight(demand.surfaces[s].surface)
      for k in 0..<slots { base[k] += demand.surfaces[s].requestsPerSecond(slot: k) * w }
    }
    for s in deferred {
      let surface = demand.surfaces[s].surface
      let w = weight(surface)
      let arrivals = surface.meanRequestsPerSecond * (1 + surface.retryRate)
      let window = windowSlots(deadlineHours: surface.deadlineHours ?? 48)
      var rates = Array(repeating: 0.0, count: slots)
      var start = 0
      while start < slots {
        let range = start..<min(start + window, slots)
        let poured = pour(arrivals * w * Double(range.count), over: Array(base[range]))
        for (k, x) in zip(range, poured) {
          rates[k] = x / w
          base[k] += x
        }
        start += window
      }
      demand.surfaces[s].slotRequestsPerSecond = rates
      demand.surfaces[s].peakRequestsPerSecond = rates.max() ?? 0
    }
  }

  /// Tokens reaching a model per request of `surface`.
  static func weight(_ surface: Surface) -> Double {
    max((1 - surface.cacheHitRate) * (surface.promptTokens + surface.outputTokens), 1e-9)
  }

  /// Slots in a window: half the deadline, at most a day, at least one slot.
  static func windowSlots(deadlineHours: Double) -> Int {
    let slots = Int((min(24, deadlineHours / 2) * 12).rounded(.down))
    return min(max(slots, 1), DiurnalProfile.slotsPerDay)
  }

  /// What each slot of `base` receives when `volume` is poured over it: (h − b_k)⁺ with the
  /// level h at which they add up to `volume`.
  static func pour(_ volume: Double, over base: [Double]) -> [Double] {
    guard volume > 0, !base.isEmpty else { return base.map { _ in 0 } }
    let sorted = base.sorted()
    var level = sorted[0] + volume
    var filled = 0.0
    // the level when the n + 1 lowest slots share the volume, until it stays below the next
    for (n, b) in sorted.enumerated() {
      filled += b
      level = (filled + volume) / Double(n + 1)
      if n + 1 == sorted.count || level <= sorted[n + 1] { break }
    }
    return base.map { max(0, level - $0) }
  }
}
