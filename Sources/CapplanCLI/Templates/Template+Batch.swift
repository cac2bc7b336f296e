extension Template {
  /// A deferrable batch tier.
  static let batch = Template(
    name: "batch", summary: "a deferrable summarisation tier on Llama 3.1 8B, spread over the day",
    json: """
      {
        \(schemaLine)
        "schemaVersion": 1,
        "name": "my-batch-tier",
        "description": "Starting point: a deferrable tier summarising 20 million documents a day (231.5 a second, spread evenly because nobody waits) of 5,000 tokens into 300-token summaries with Llama 3.1 8B in fp8 on DGX H100. Batches are limited only by memory and the engine (512 sequences), which is where tokens per joule are highest; the MLPerf llama3.1-8b Offline scenario (CNN/DailyMail summarisation) is the public analogue. Document counts and lengths are assumptions to replace with your queue's figures. A 30 kW rack limit, a constant PUE of 1.35 an N+1 pair of 80 kW chillers and a 120 kW interconnect.",
        "traffic": {
          "profile": "flat",
          "surfaces": [
            {
              "name": "summaries",
              "requestsPerSecond": 231.5,
              "promptTokens": 5000,
              "outputTokens": 300,
              "retryRate": 0.01,
              "tier": "batch",
              "pipeline": "summarize",
              "route": "summarize-8b"
            }
          ]
        },
        "pipelines": [
          {
            "name": "summarize",
            "stages": [
              { "stage": "tokenize", "cpuMs": 5 },
              { "stage": "generate" },
              { "stage": "log", "cpuMs": 1 }
            ]
          }
        ],
        "deployments": [
          {
            "name": "summarize-8b",
            "model": "llama-3.1-8b",
            "system": "dgx-h100",
            "precision": "fp8",
            "kvPrecision": "fp8",
            "engine": { "maxBatch": 512, "targetUtilization": 0.9 }
          }
        ],
        "fleet": { "nodesPerRack": 2, "provisionBy": "nameplate", "networkKWPerRack": 1.0 },
        "site": {
          "rackLimitKW": 30,
          "pdu": { "phases": 3, "volts": 415, "amps": 32, "powerFactor": 0.95, "continuousDerate": 0.8, "feedsPerRack": 4, "redundancy": "2n" },
          "cooling": { "units": 2, "unitKW": 80, "redundancy": "n+1", "ratedAmbientC": 35, "cop": 3.1, "curve": "air-cooled" },
          "overhead": { "pue": 1.35 },
          "utilityKW": 120,
          "designAmbientC": 35
        },
        "margins": { "burst": 0.0, "modelBloat": 0.05, "maintenance": 0.05 }
      }

      """)
}
