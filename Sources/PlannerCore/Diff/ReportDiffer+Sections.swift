extension ReportDiffer {
  /// Events: served share, facility power at the end of the ladder, containment as 0/1.
  static func eventFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    pairs(a.events, b.events, key: \.name).flatMap { name, x, y -> [FigureChange] in
      return [
        figure(
          "event", "\(name) contained", "yes/no", x.map { $0.contained ? 1 : 0 },
          y.map { $0.contained ? 1 : 0 }, points: true),
        figure(
          "event", "\(name) requests served", "points", x?.serviceRetained.requestsServed,
          y?.serviceRetained.requestsServed, points: true),
        figure("event", "\(name) facilityPeakKW", "kW", x?.facilityPeakKW, y?.facilityPeakKW),
      ].compactMap { $0 }
    }
  }

  /// Energy over the day and year, and the horizon's totals of energy, cost and carbon.
  static func energyFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    var figures = [
      figure(
        "energy", "daily facilityEnergyKWh", "kWh", a.daily.facilityEnergyKWh,
        b.daily.facilityEnergyKWh),
      figure("energy", "daily itEnergyKWh", "kWh", a.daily.itEnergyKWh, b.daily.itEnergyKWh),
      figure(
        "energy", "daily tokensPerJoule", "tok/J", a.daily.tokensPerJoule, b.daily.tokensPerJoule),
      figure(
        "energy", "annualFacilityEnergyMWh", "MWh", a.daily.annualFacilityEnergyMWh,
        b.daily.annualFacilityEnergyMWh),
      figure("energy", "annualPUE", "", a.daily.annualPUE, b.daily.annualPUE),
    ]
    if let x = a.horizon, let y = b.horizon {
      figures += [
        figure("energy", "horizon facilityMWh", "MWh", x.facilityMWh, y.facilityMWh),
        figure("cost", "horizon cost", "", x.cost, y.cost),
        figure("carbon", "horizon carbonTonnes", "t CO2e", x.carbonTonnes, y.carbonTonnes),
      ]
    }
    return figures.compactMap { $0 }
  }

  static func deploymentFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    pairs(a.deployments, b.deployments, key: \.name).flatMap { name, x, y -> [FigureChange] in
      return [
        figure(
          "deployment", "\(name) gpus", "GPUs", x.map { Double($0.gpus) }, y.map { Double($0.gpus) }
        ),
        figure(
          "deployment", "\(name) replicas", "replicas", x.map { Double($0.replicas) },
          y.map { Double($0.replicas) }),
        figure(
          "deployment", "\(name) batch", "sequences", x.map { Double($0.batch) },
          y.map { Double($0.batch) }),
        figure("deployment", "\(name) nodesKW", "kW", x?.nodesKW, y?.nodesKW),
        figure("deployment", "\(name) tpotMs", "ms", x?.tpotMs, y?.tpotMs),
        figure("deployment", "\(name) ttftP95Ms", "ms", x?.ttftP95Ms, y?.ttftP95Ms),
      ].compactMap { $0 }
    }
  }

  static func surfaceFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    pairs(a.demand, b.demand, key: \.name).flatMap { name, x, y -> [FigureChange] in
      return [
        figure(
          "surface", "\(name) peakRequestsPerSecond", "req/s", x?.peakRequestsPerSecond,
          y?.peakRequestsPerSecond),
        figure(
          "surface", "\(name) energyPerRequest", "J", x?.energyPerRequest.totalJ,
          y?.energyPerRequest.totalJ),
      ].compactMap { $0 }
    }
  }

  /// Each month of the forecast both reports hold, by its label.
  static func forecastFigures(_ a: Report, _ b: Report) -> [FigureChange] {
    guard let old = a.forecast, let new = b.forecast else { return [] }
    return pairs(old, new, key: \.month).flatMap { month, x, y -> [FigureChange] in
      return [
        figure("forecast", "\(month) facilityPeakKW", "kW", x?.facilityPeakKW, y?.facilityPeakKW),
        figure(
          "forecast", "\(month) gpus", "GPUs", x.map { Double($0.gpus) }, y.map { Double($0.gpus) }),
        figure("forecast", "\(month) facilityKWh", "kWh", x?.facilityKWh, y?.facilityKWh),
        figure("forecast", "\(month) cost", "", x?.cost, y?.cost),
        figure("forecast", "\(month) carbonKg", "kg CO2e", x?.carbonKg, y?.carbonKg),
      ].compactMap { $0 }
    }
  }
}
