// The range of every number key of the scenario format, grouped by what it measures. Bounds
// are generous physical limits, not typical values: they refuse what cannot be meant (a
// temperature below absolute zero, a node of 1 W, 10^300 requests per second) and keep every
// product of the model far from overflow. docs/scenario.md ("Ranges") lists the same table.

extension PhysicalRange {
  /// Every key's range.
  static let table: [String: PhysicalRange] = temperatures.merging(
    power, uniquingKeysWith: { a, _ in a }
  ).merging(counts, uniquingKeysWith: { a, _ in a }).merging(
    model, uniquingKeysWith: { a, _ in a }
  ).merging(traffic, uniquingKeysWith: { a, _ in a }).merging(
    factors, uniquingKeysWith: { a, _ in a })

  /// Outdoor air from the coldest to the hottest ever recorded (−89.2 °C Vostok, 56.7 °C Death
  /// Valley), rounded out; server inlet air up to well past ASHRAE class A4's 45 °C.
  static let temperatures: [String: PhysicalRange] = [
    "ambientC": PhysicalRange(-90, 60, "°C"),
    "designAmbientC": PhysicalRange(-90, 60, "°C"),
    "ratedAmbientC": PhysicalRange(-90, 60, "°C"),
    "monthlyAmbientC": PhysicalRange(-90, 60, "°C"),
    "serverInletC": PhysicalRange(0, 60, "°C"),
    "belowC": PhysicalRange(-90, 60, "°C"),
    "diurnalSwingK": PhysicalRange(0, 40, "K"),
  ]

  /// Watts of a board or a server; kilowatts of a node, a rack and a site (up to 10 GW).
  static let power: [String: PhysicalRange] = [
    "tdpWatts": PhysicalRange(1, 10_000, "W"),
    "idleWatts": PhysicalRange(0, 10_000, "W"),
    "peakWatts": PhysicalRange(1, 10_000, "W"),
    "minPowerLimitWatts": PhysicalRange(1, 10_000, "W"),
    "gpuWatts": PhysicalRange(1, 10_000, "W"),
    "gpuWattsIncrease": PhysicalRange(0, 10_000, "W"),
    "hostIdleWatts": PhysicalRange(0, 100_000, "W"),
    "hostPeakWatts": PhysicalRange(0, 100_000, "W"),
    "psuRatingWatts": PhysicalRange(1, 100_000, "W"),
    "nameplateKW": PhysicalRange(0.01, 2_000, "kW"),
    "rackLimitKW": PhysicalRange(0.1, 2_000, "kW"),
    "rackAirLimitKW": PhysicalRange(0.1, 2_000, "kW"),
    "rackOverheadKW": PhysicalRange(0, 2_000, "kW"),
    "networkKWPerRack": PhysicalRange(0, 2_000, "kW"),
    "storageKW": PhysicalRange(0, 10_000_000, "kW"),
    "unitKW": PhysicalRange(0.1, 10_000_000, "kW"),
    "limitKW": PhysicalRange(0.1, 10_000_000, "kW"),
    "utilityKW": PhysicalRange(1, 10_000_000, "kW"),
    "fixedKW": PhysicalRange(0, 10_000_000, "kW"),
    "ratedITKW": PhysicalRange(1, 10_000_000, "kW"),
    "volts": PhysicalRange(12, 1_000, "V"),
    "amps": PhysicalRange(1, 10_000, "A"),
    "unitKVA": PhysicalRange(0.1, 10_000_000, "kVA"),
    "largestStepKW": PhysicalRange(0.1, 10_000_000, "kW"),
    "lightingKW": PhysicalRange(0, 10_000_000, "kW"),
    "altitudeM": PhysicalRange(-500, 9_000, "m"),
    "ratedAltitudeM": PhysicalRange(0, 9_000, "m"),
  ]

  /// Whole things: units of plant, feeds, GPUs, nodes, racks, replicas, batch slots.
  static let counts: [String: PhysicalRange] = [
    "schemaVersion": PhysicalRange(1, 1_000),
    "units": PhysicalRange(1, 1_000),
    "occupants": PhysicalRange(0, 100_000),
    "coolingUnitsLost": PhysicalRange(0, 1_000),
    "feedsLost": PhysicalRange(0, 1_000),
    "upsModulesLost": PhysicalRange(0, 1_000),
    "generatorUnitsLost": PhysicalRange(0, 1_000),
    "phases": PhysicalRange(1, 3),
    "feedsPerRack": PhysicalRange(1, 16),
    "gpusPerNode": PhysicalRange(1, 1_024),
    "nodesPerRack": PhysicalRange(1, 1_024),
    "defaultNodesPerRack": PhysicalRange(1, 1_024),
    "fixedNodesPerRack": PhysicalRange(1, 1_024),
    "serversPerRack": PhysicalRange(1, 1_024),
    "racks": PhysicalRange(1, 100_000),
    "cores": PhysicalRange(1, 100_000),
    "tensorParallel": PhysicalRange(1, 1_024),
    "maxBatch": PhysicalRange(1, 1_000_000),
    "batch": PhysicalRange(1, 1_000_000),
    "replicas": PhysicalRange(1, 1_000_000),
    "psuCount": PhysicalRange(1, 64),
    "psuRedundant": PhysicalRange(0, 64),
    "psusOnFeedA": PhysicalRange(0, 64),
  ]

  /// A model's shape (up to 100 trillion parameters) and a GPU's memory and rates.
  static let model: [String: PhysicalRange] = [
    "parametersB": PhysicalRange(0.001, 100_000, "billion"),
    "activeParametersB": PhysicalRange(0.001, 100_000, "billion"),
    "expertParametersB": PhysicalRange(0.001, 100_000, "billion"),
    "layers": PhysicalRange(1, 10_000),
    "hiddenSize": PhysicalRange(1, 1_000_000),
    "attentionHeads": PhysicalRange(1, 100_000),
    "kvHeads": PhysicalRange(1, 100_000),
    "headDim": PhysicalRange(1, 100_000),
    "kvLoraRank": PhysicalRange(1, 1_000_000),
    "ropeHeadDim": PhysicalRange(0, 100_000),
    "experts": PhysicalRange(1, 100_000),
    "expertsPerToken": PhysicalRange(1, 100_000),
    "maxContextTokens": PhysicalRange(1, 100_000_000, "tokens"),
    "memoryGB": PhysicalRange(1, 100_000, "GB"),
    "memoryBandwidthTBps": PhysicalRange(0.01, 1_000, "TB/s"),
    "bf16": PhysicalRange(0.1, 1_000_000, "TFLOPS"),
    "fp8": PhysicalRange(0.1, 1_000_000, "TFLOPS"),
    "int8": PhysicalRange(0.1, 1_000_000, "TFLOPS"),
    "fp4": PhysicalRange(0.1, 1_000_000, "TFLOPS"),
    "interconnectGBps": PhysicalRange(0.1, 100_000, "GB/s"),
    "outputTokensPerSecondPerGPU": PhysicalRange(0.001, 10_000_000, "tokens/s"),
  ]

  /// Requests and tokens: up to 10 million requests per second and 10 million tokens.
  static let traffic: [String: PhysicalRange] = [
    "requestsPerSecond": PhysicalRange(0.000001, 10_000_000, "requests/s"),
    "dailyActiveUsers": PhysicalRange(1, 1_000_000_000_000, "users"),
    "requestsPerUserPerDay": PhysicalRange(0.001, 100_000, "requests"),
    "promptTokens": PhysicalRange(1, 10_000_000, "tokens"),
    "outputTokens": PhysicalRange(1, 10_000_000, "tokens"),
    "tokens": PhysicalRange(1, 10_000_000, "tokens"),
    "cpuMs": PhysicalRange(0, 1_000_000, "ms"),
    "profile": PhysicalRange(0, 1_000_000),
    "worstFiveMinutesMultiplier": PhysicalRange(1, 100),
    "trafficMultiplier": PhysicalRange(0.001, 1_000),
    "failoverShare": PhysicalRange(0, 10),
    "ttftP95Ms": PhysicalRange(0.01, 3_600_000, "ms"),
    "ttftP99Ms": PhysicalRange(0.01, 3_600_000, "ms"),
    "tpotMs": PhysicalRange(0.01, 3_600_000, "ms"),
    "stepOverheadMs": PhysicalRange(0, 10_000, "ms"),
    "sequenceOverheadMicroseconds": PhysicalRange(0, 1_000_000, "µs"),
    "allReduceMicroseconds": PhysicalRange(0, 1_000_000, "µs"),
  ]

  /// Efficiencies and factors that divide a figure: bounded away from zero.
  static let factors: [String: PhysicalRange] = [
    "powerFactor": PhysicalRange(0.5, 1),
    "continuousDerate": PhysicalRange(0.5, 1),
    "psuEfficiency": PhysicalRange(0.5, 1),
    "targetUtilization": PhysicalRange(0.01, 1),
    "memoryUtilization": PhysicalRange(0.01, 1),
    "memoryEfficiency": PhysicalRange(0.001, 1),
    "computeEfficiency": PhysicalRange(0.001, 1),
    "prefillEfficiency": PhysicalRange(0.001, 1),
    "interconnectEfficiency": PhysicalRange(0.001, 1),
    "fractionOfTDP": PhysicalRange(0.01, 1),
    "pue": PhysicalRange(1, 10),
    "cop": PhysicalRange(0.1, 100),
    "capacityFactor": PhysicalRange(0.01, 10),
    "copFactor": PhysicalRange(0.01, 10),
    "proportional": PhysicalRange(0, 10),
    "squareLaw": PhysicalRange(0, 10),
    "burst": PhysicalRange(0, 10),
    "modelBloat": PhysicalRange(0, 10),
    "maintenance": PhysicalRange(0, 10),
    "decodeBatchScale": PhysicalRange(0.001, 1_000_000),
    "decodeBatchExponent": PhysicalRange(0.01, 10),
  ]
}
