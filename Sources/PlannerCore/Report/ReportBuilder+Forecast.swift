/// The forecast, the runway and the day's slots as report values.
extension ReportBuilder {
  var horizonReport: HorizonReport {
    let months = forecast.months
    return HorizonReport(
      startMonth: forecast.horizon.start?.description, months: forecast.horizon.months,
      install: scenario.fleet.install.rawValue,
      itMWh: months.map(\.energy.itKWh).reduce(0, +) / 1000,
      facilityMWh: months.map(\.energy.facilityKWh).reduce(0, +) / 1000,
      cost: months.map(\.energy.cost).reduce(0, +),
      carbonTonnes: months.map(\.energy.carbonKg).reduce(0, +) / 1000,
      requests: months.flatMap { $0.energy.surfaces.map(\.requests) }.reduce(0, +),
      outputTokens: months.map(\.energy.outputTokens).reduce(0, +))
  }

  var forecastMonths: [ForecastMonthReport] {
    forecast.months.map { month in
      let chain = month.chain
      let fleet = chain.fleet
      let it = chain.it.total
      let energy = month.energy
      let limits = chain.checks.filter { $0.unit == "kW" || $0.unit == "racks" }
      let tightest = limits.min { $0.headroom < $1.headroom }
      return ForecastMonthReport(
        month: month.label, designAmbientC: chain.scenario.site.designAmbientC,
        meanAmbientC: energy.meanAmbientC,
        peakRequestsPerSecond: chain.demand.surfaces.map(\.peakRequestsPerSecond).reduce(0, +),
        gpus: zip(fleet.serving, fleet.nodes).map { $1 * $0.deployment.system.gpusPerNode }
          .reduce(0, +),
        nodes: fleet.nodes.reduce(0, +), racks: fleet.racks, itPeakKW: it.kilowatts,
        facilityPeakKW: chain.facility.facility(it: it).kilowatts,
        itPlannedKW: chain.plannedIT.kilowatts, facilityPlannedKW: chain.plannedFacility.kilowatts,
        pue: chain.facility.pue(it: it), tokensPerJoule: energy.tokensPerJoule,
        itKWh: energy.itKWh, facilityKWh: energy.facilityKWh, cost: energy.cost,
        demandChargeCost: energy.demandCost, carbonKg: energy.carbonKg,
        status: chain.checks.map(\.status).max() ?? .pass, tightestLimit: tightest?.name,
        tightestHeadroom: tightest?.headroom,
        surfaces: energy.surfaces.map {
          SurfaceMonthReport(
            name: $0.name, requests: $0.requests, costPer1000Requests: $0.costPer1000Requests,
            carbonKgPer1000Requests: $0.carbonKgPer1000Requests)
        }, checks: chain.checks)
    }
  }

  var runwayReports: [RunwayReport] {
    let horizon = forecast.horizon
    return forecast.runway.map { entry in
      RunwayReport(
        limit: entry.limit, kind: entry.kind?.rawValue,
        firstWarn: entry.firstWarn.map(horizon.label),
        firstFail: entry.firstFail.map(horizon.label), orderBy: entry.orderBy.map(horizon.label),
        leadTimeMonths: entry.leadTimeMonths, lateByMonths: entry.lateByMonths)
    }
  }

  /// Per slot: each deployment, the CPU pool, IT and facility.
  var slotReports: [SlotReport] {
    var rows: [SlotReport] = []
    for slot in daily.slotIT.indices {
      let minutes = slot * 5
      let time =
        "\(minutes / 60 < 10 ? "0" : "")\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)"
      for (d, figures) in daily.slotDeployments[slot].enumerated() {
        rows.append(
          SlotReport(
            time: time, component: scenario.deployments[d].name,
            requestsPerSecond: figures.requestsPerSecond,
            outputTokensPerSecond: figures.outputTokensPerSecond, kilowatts: figures.kilowatts))
      }
      let requests = daily.slotRequestsPerSecond[slot]
      let tokens = daily.slotOutputTokensPerSecond[slot]
      rows.append(
        SlotReport(
          time: time, component: "cpu-pool", requestsPerSecond: 0, outputTokensPerSecond: 0,
          kilowatts: daily.slotCPUPoolKW[slot]))
      rows.append(
        SlotReport(
          time: time, component: "it", requestsPerSecond: requests,
          outputTokensPerSecond: tokens, kilowatts: daily.slotIT[slot].kilowatts))
      rows.append(
        SlotReport(
          time: time, component: "facility", requestsPerSecond: requests,
          outputTokensPerSecond: tokens, kilowatts: daily.slotFacility[slot].kilowatts))
    }
    return rows
  }
}
