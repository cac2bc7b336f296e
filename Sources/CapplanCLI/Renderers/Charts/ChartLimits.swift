import PlannerCore

/// The site limits a chart draws as lines, read from the report's checks.
enum ChartLimits {
  /// Checks whose load is facility power (the utility meter): the utility interconnect and
  /// the generator.
  static func facility(_ checks: [Check]) -> [(label: String, value: Double)] {
    checks.filter { ["utility", "generator"].contains($0.name) }.map {
      ("\($0.name) limit \(Format.grouped($0.limit, 0)) kW", $0.limit)
    }
  }

  /// Checks whose load is IT power across the site: cooling plant and UPS.
  static func it(_ checks: [Check]) -> [(label: String, value: Double)] {
    checks.filter { ["cooling-plant", "ups"].contains($0.name) }.map {
      ("\($0.name) limit \(Format.grouped($0.limit, 0)) kW", $0.limit)
    }
  }
}
