/// Assembles the Report from the chain's values; computes nothing the chain did not.
struct ReportBuilder {
  let chain: PlanChain
  let daily: DailyEnergy
  /// The day with deferrable work spread evenly, when some surface fills valleys instead.
  let spreadDaily: DailyEnergy?
  /// The day at each month's temperatures, over a year.
  let annual: AnnualEnergy
  let forecast: Forecast
  let requestEnergy: RequestEnergy

  var scenario: Scenario { chain.scenario }
  var demand: Demand { chain.demand }
  var peak: WorkloadSplit { chain.peak }
  var fleet: FleetPlan { chain.fleet }
  var it: ITPower { chain.it }
  var facility: FacilityModel { chain.facility }
  var checks: [Check] { chain.checks }
  var events: [EventOutcome] { chain.events }

  var report: Report {
    Report(
      schemaVersion: Report.currentSchemaVersion,
      scenario: ScenarioInfo(
        name: scenario.name, description: scenario.description,
        profile: scenario.traffic.profile.name,
        designAmbientC: scenario.site.designAmbientC),
      summary: summary, demand: surfaces, deployments: deployments, cpuPool: cpuPool,
      racks: racks, power: stack, daily: day, checks: checks, events: events.map(eventReport),
      facility: facilityReport,
      policy: PolicyReport(
        warnBelowHeadroom: scenario.policy.warnBelowHeadroom,
        failBelowHeadroom: scenario.policy.failBelowHeadroom),
      horizon: horizonReport, forecast: forecastMonths, runway: runwayReports,
      slotSeries: daily.slotDeployments.isEmpty ? nil : slotReports)
  }

  private func eventReport(_ outcome: EventOutcome) -> EventReport {
    func state(_ operation: Operation) -> EventStateReport {
      EventStateReport(
        itPeakKW: operation.it.total.kilowatts, facilityPeakKW: operation.facility.kilowatts,
        itPlannedKW: operation.plannedIT.kilowatts,
        facilityPlannedKW: operation.plannedFacility.kilowatts,
        failing: operation.failing.map(\.name), serviceRetained: operation.service)
    }
    let final = outcome.final
    return EventReport(
      name: outcome.event.name, perturbation: outcome.event.summary,
      contained: outcome.contained, struck: state(outcome.struck),
      steps: outcome.steps.map {
        EventStepReport(step: $0.step.name, detail: $0.step.summary, after: state($0.operation))
      },
      serviceRetained: final.service, itPeakKW: final.it.total.kilowatts,
      facilityPeakKW: final.facility.kilowatts, checks: final.checks,
      brakes: outcome.struck.brakes.isEmpty ? nil : outcome.struck.brakes)
  }

  var plannedIT: Power { it.total * scenario.margins.factor }

  private var summary: Summary {
    let installedGPUs = zip(fleet.serving, fleet.nodes).map {
      $1 * $0.deployment.system.gpusPerNode
    }.reduce(0, +)
    let stranded = fleet.pools.map { pool in
      Double(pool.nodes) * max(0, pool.nodeProvisionKW - pool.nodePeakKW)
    }.reduce(0, +)
    let itWatts = it.total.watts
    return Summary(
      gpus: installedGPUs, nodes: fleet.nodes.reduce(0, +), racks: fleet.racks,
      peakRequestsPerSecond: demand.surfaces.map(\.peakRequestsPerSecond).reduce(0, +),
      outputTokensPerSecond: peak.outputTokensPerSecond,
      itPeakKW: it.total.kilowatts, facilityPeakKW: facility.facility(it: it.total).kilowatts,
      pue: facility.pue(it: it.total),
      tokensPerJoule: itWatts > 0 ? peak.outputTokensPerSecond / itWatts : 0,
      itPlannedKW: plannedIT.kilowatts,
      facilityPlannedKW: facility.facility(it: plannedIT).kilowatts,
      strandedKW: stranded, status: checks.map(\.status).max() ?? .pass,
      runwayMonths: Runway.firstToFail(forecast.runway)?.firstFail,
      firstLimitToFail: Runway.firstToFail(forecast.runway)?.limit)
  }

  private var surfaces: [SurfaceReport] {
    zip(demand.surfaces, requestEnergy.surfaces).map { d, energy in
      let s = d.surface
      let generated = s.generated(at: d.peakRequestsPerSecond)
      let total = energy.joules
      return SurfaceReport(
        name: s.name, tier: s.tier.rawValue, meanRequestsPerSecond: s.meanRequestsPerSecond,
        peakRequestsPerSecond: d.peakRequestsPerSecond, generatedRequestsPerSecond: generated,
        promptTokens: s.promptTokens, outputTokens: s.outputTokens,
        promptTokensPerSecond: generated * s.promptTokens,
        outputTokensPerSecond: generated * s.outputTokens,
        energyPerRequest: RequestEnergyReport(
          totalJ: total,
          stages: energy.stages.map { stage in
            StageEnergyReport(
              stage: stage.stage, kind: stage.kind.rawValue, place: stage.place,
              joules: stage.joules, share: total > 0 ? stage.joules / total : 0)
          }))
    }
  }

  private var deployments: [DeploymentReport] {
    fleet.serving.indices.map { i in
      let plan = fleet.serving[i]
      let nodes = fleet.nodes[i]
      let draw = fleet.peakDraw[i]
      let d = plan.deployment
      let w = plan.workload
      let roofline = Roofline(d)
      let tokens = w.outputTokensPerSecond
      let boardWatts = draw.activeGPUWatts * Double(plan.replicas * d.gpusPerReplica)
      return DeploymentReport(
        name: d.name, model: d.model.id, system: d.system.id, gpu: d.gpu.id,
        precision: d.weightPrecision.rawValue, kvPrecision: d.kvPrecision.rawValue,
        expertPrecision: d.expertWeightPrecision == d.weightPrecision
          ? nil : d.expertWeightPrecision.rawValue,
        tensorParallel: d.tensorParallel, requestsPerSecond: w.requestsPerSecond,
        promptTokens: w.promptTokens, outputTokens: w.outputTokens, batch: plan.batch,
        batchLimit: plan.batchLimit.rawValue, maxBatchByMemory: plan.maxBatchByMemory,
        weightsGBPerGPU: roofline.weightBytes / 1e9 / Double(d.gpusPerReplica),
        kvBytesPerToken: roofline.kvBytesPerToken, replicas: plan.replicas, gpus: plan.gpus,
        nodes: nodes,
        tpotMs: plan.tpotSeconds * 1000, prefillMs: plan.prefillSeconds * 1000,
        queueWaitP95Ms: plan.queueWaitP95Seconds * 1000, ttftP95Ms: plan.ttftP95Seconds * 1000,
        ttftP99Ms: plan.ttftP99Seconds * 1000, slotUtilization: plan.slotUtilization,
        outputTokensPerSecond: tokens,
        outputTokensPerSecondPerGPU: plan.gpus > 0 ? tokens / Double(plan.gpus) : 0,
        gpuWatts: draw.activeGPUWatts, nodesKW: draw.wall.kilowatts,
        tokensPerJouleGPU: boardWatts > 0 ? tokens / boardWatts : 0,
        replicasPinned: plan.replicasPinned, unstable: plan.isUnstable,
        figures: DeploymentFigures.sources(plan), curve: DeploymentFigures.curve(plan),
        slo: SLOReport(
          ttftP95Ms: d.slo.ttftP95Ms, ttftP99Ms: d.slo.ttftP99Ms, tpotMs: d.slo.tpotMs),
        engineMaxBatch: d.engine.maxBatch, kvCacheGBPerReplica: roofline.kvCapacityBytes / 1e9,
        serviceMs: plan.serviceSeconds * 1000, firstTokenMs: plan.firstTokenSeconds * 1000,
        queueWaitP99Ms: plan.queueWaitP99Seconds * 1000, offeredLoad: plan.offeredLoad,
        targetUtilization: d.engine.targetUtilization, slotsNeeded: plan.slotsNeeded,
        replicasForUtilization: plan.replicasForUtilization,
        probabilityOfWaiting: plan.probabilityOfWaiting, profile: DeploymentFigures.profile(plan),
        pipelineParallel: d.pipelineParallel, pipelineBubble: roofline.pipelineBubble,
        expertParallel: d.expertParallel, parallelismChosen: d.parallelismChosen,
        spareReplicas: plan.spareReplicas, powerCapWatts: d.powerCapWatts,
        prefillWaitP95Ms: plan.prefillWaitP95Seconds * 1000,
        kvCapacityTokens: roofline.kvCapacityTokens,
        residentContextTokens: Roofline.residentContext(w).mean)
    }
  }

  private var cpuPool: CPUPoolReport {
    CPUPoolReport(
      coresBusy: fleet.cpuCoresBusy, servers: fleet.cpuServers, racks: fleet.cpuPacking.racks,
      peakKW: it.cpuPool.kilowatts)
  }

  private var racks: [RackPoolReport] {
    let how = scenario.fleet.provisionBy.rawValue
    var pools = fleet.pools.map { pool in
      RackPoolReport(
        pool: pool.system.id, nodes: pool.nodes, nodesPerRack: pool.packing.nodesPerRack,
        racks: pool.packing.racks, limitedBy: pool.packing.limitedBy, provisionBy: how,
        nodeProvisionKW: pool.nodeProvisionKW, nodePeakKW: pool.nodePeakKW,
        nodeNameplateKW: pool.system.nameplateKW, fullestRackKW: pool.packing.fullestRackKW,
        rackBudgetKW: fleet.rackBudgetKW,
        strandedKWByNameplate: Double(pool.nodes)
          * max(0, pool.system.nameplateKW - pool.nodePeakKW),
        safeGPUCapWatts: PowerCap.safeCap(
          for: pool.system, gpu: gpu(of: pool),
          nodeBudgetKW: pool.nodePeakKW * scenario.margins.factor),
        gpuTDPWatts: gpu(of: pool).tdpWatts)
    }
    if fleet.cpuServers > 0 {
      let serverKW = scenario.fleet.cpuServer.peakWatts / 1000
      let packing = fleet.cpuPacking
      pools.append(
        RackPoolReport(
          pool: "cpu", nodes: fleet.cpuServers, nodesPerRack: packing.nodesPerRack,
          racks: packing.racks, limitedBy: packing.limitedBy, provisionBy: "nameplate",
          nodeProvisionKW: serverKW, nodePeakKW: it.cpuPool.kilowatts / Double(fleet.cpuServers),
          nodeNameplateKW: serverKW, fullestRackKW: packing.fullestRackKW,
          rackBudgetKW: fleet.rackBudgetKW, strandedKWByNameplate: 0, safeGPUCapWatts: nil,
          gpuTDPWatts: 0))
    }
    return pools
  }

  /// The GPU of a pool's nodes, as its deployments resolved it (overrides applied); a pool
  /// exists because at least one deployment runs on it.
  private func gpu(of pool: FleetPlan.Pool) -> GPUSpec {
    fleet.serving[fleet.deployments(in: pool)[0]].deployment.gpu
  }

  private var stack: PowerStack {
    PowerStack(
      gpuKW: it.gpu.kilowatts, hostKW: it.host.kilowatts, psuLossKW: it.psuLoss.kilowatts,
      nodesKW: it.nodes.kilowatts, networkKW: it.network.kilowatts,
      rackEquipmentKW: it.rackEquipment.kilowatts,
      cpuPoolKW: it.cpuPool.kilowatts, storageKW: it.storage.kilowatts,
      inletUpliftKW: it.inletUplift.kilowatts, itKW: it.total.kilowatts,
      electricalLossKW: facility.lossesAndLighting(it: it.total).kilowatts,
      coolingKW: facility.coolingPower(it: it.total).kilowatts,
      facilityKW: facility.facility(it: it.total).kilowatts, marginFactor: scenario.margins.factor)
  }

  private var day: DailyReport {
    let itKWh = DailyEnergy.kilowattHours(daily.slotIT)
    let facilityKWh = DailyEnergy.kilowattHours(daily.slotFacility)
    let tokens = daily.slotOutputTokensPerSecond.map { $0 * 300 }.reduce(0, +)
    let busiest = daily.slotIT.indices.max { daily.slotIT[$0] < daily.slotIT[$1] } ?? 0
    return DailyReport(
      itEnergyKWh: itKWh, facilityEnergyKWh: facilityKWh, averageITKW: itKWh / 24,
      minimumITKW: daily.slotIT.min()?.kilowatts ?? 0,
      peakSlot: SlotPowerReport.start(ofSlot: busiest), outputTokens: tokens,
      tokensPerJoule: itKWh > 0 ? tokens / (itKWh * 3.6e6) : 0,
      energyPUE: itKWh > 0 ? facilityKWh / itKWh : 1, annualITEnergyMWh: annual.itMWh,
      annualFacilityEnergyMWh: annual.facilityMWh, annualPUE: annual.pue,
      annualClimate: annual.climate,
      slots: slots,
      valleyFill: spreadDaily.map { spread in
        ValleyFillReport(
          peakITKWSpread: spread.slotIT.map(\.kilowatts).max() ?? 0,
          peakITKWFilled: daily.slotIT.map(\.kilowatts).max() ?? 0,
          outputTokensSpread: spread.slotOutputTokensPerSecond.map { $0 * 300 }.reduce(0, +),
          outputTokensFilled: tokens)
      })
  }

  /// Each slot of the day by component, facility terms from the facility model at that IT.
  private var slots: [SlotPowerReport] {
    daily.slotComponents.enumerated().map { index, parts in
      let total = parts.total
      return SlotPowerReport(
        start: SlotPowerReport.start(ofSlot: index), gpuKW: parts.gpu.kilowatts,
        hostKW: parts.host.kilowatts, psuLossKW: parts.psuLoss.kilowatts,
        networkKW: (parts.network + parts.rackEquipment).kilowatts,
        cpuPoolKW: parts.cpuPool.kilowatts,
        otherITKW: (parts.storage + parts.inletUplift).kilowatts, itKW: total.kilowatts,
        electricalLossKW: facility.lossesAndLighting(it: total).kilowatts,
        coolingKW: facility.coolingPower(it: total).kilowatts,
        facilityKW: daily.slotFacility[index].kilowatts)
    }
  }
}
