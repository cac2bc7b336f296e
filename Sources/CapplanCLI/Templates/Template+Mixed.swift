extension Template {
  /// Several products on one site: a routing split, a retrieval pipeline, a batch tier and
  /// one what-if event.
  static let mixed = Template(
    name: "mixed",
    summary: "chat, grounded search and a batch tier on one site, a small/large split, an event",
    json: """
      {
        \(schemaLine)
        "schemaVersion": 1,
        "name": "my-site",
        "description": "Starting point: one site serving three products. Consumer chat (4 million daily users, 6 messages a day, evening peak) and grounded search (2 million users, 3 queries a day, with an embedder on L4 and 20 ms of retrieval) send 70% of requests to Llama 3.2 3B and 30% to Llama 3.1 70B, split by a query classifier; overnight e-mail drafting (a batch tier, 20 a second) goes to the 70B alone. The 70B runs in fp8 on DGX H100 with tensor parallelism 2, the 3B in bf16 on DGX H100, moderation by Llama Guard 3 on L4. Chat output length follows the LM-Arena means in ML.ENERGY v3.0 (390 tokens); users, messages and shares are assumptions to replace. A 40 kW rack limit, four 415 V 40 A feeds in 2N, an N+1 chiller plant and UPS, one what-if event (a chiller lost on the design day, contained by capping GPU power and then deferring the batch tier if needed), and a two-year horizon from January 2027: 2% more requests a month, search growing 4% a month, a 20% step when search launches in a new market in September 2027, with the lead times of what relieves each limit (utility 24 months, cooling 9, UPS and space 6, GPUs 3).",
        "traffic": {
          "profile": "consumer",
          "surfaces": [
            {
              "name": "consumer-chat",
              "dailyActiveUsers": 4000000,
              "requestsPerUserPerDay": 6,
              "promptTokens": 1000,
              "outputTokens": 390,
              "worstFiveMinutesMultiplier": 1.3,
              "retryRate": 0.02,
              "cacheHitRate": 0.05,
              "pipeline": "chat",
              "route": "small-first"
            },
            {
              "name": "search-answers",
              "dailyActiveUsers": 2000000,
              "requestsPerUserPerDay": 3,
              "promptTokens": 2000,
              "outputTokens": 250,
              "worstFiveMinutesMultiplier": 1.3,
              "retryRate": 0.01,
              "pipeline": "grounded",
              "route": "small-first",
              "growth": { "monthlyRate": 0.04 }
            },
            {
              "name": "email-drafts",
              "requestsPerSecond": 20,
              "promptTokens": 1500,
              "outputTokens": 400,
              "tier": "batch",
              "pipeline": "chat",
              "route": "large-70b"
            }
          ]
        },
        "pipelines": [
          {
            "name": "chat",
            "stages": [
              { "stage": "tokenize", "cpuMs": 1 },
              { "stage": "moderate", "deployment": "guard", "tokens": 300 },
              { "stage": "generate" },
              { "stage": "log", "cpuMs": 2 }
            ]
          },
          {
            "name": "grounded",
            "stages": [
              { "stage": "tokenize", "cpuMs": 1 },
              { "stage": "embed", "deployment": "embedder", "tokens": 32 },
              { "stage": "retrieve", "cpuMs": 20 },
              { "stage": "generate" },
              { "stage": "log", "cpuMs": 2 }
            ]
          }
        ],
        "routes": [
          {
            "name": "small-first",
            "shares": [
              { "deployment": "small-3b", "share": 0.7 },
              { "deployment": "large-70b", "share": 0.3 }
            ]
          }
        ],
        "deployments": [
          {
            "name": "large-70b",
            "model": "llama-3.1-70b",
            "system": "dgx-h100",
            "precision": "fp8",
            "tensorParallel": 2,
            "slo": { "ttftP95Ms": 1500, "tpotMs": 50 }
          },
          {
            "name": "small-3b",
            "model": "llama-3.2-3b",
            "system": "dgx-h100",
            "precision": "bf16",
            "slo": { "ttftP95Ms": 800, "tpotMs": 25 }
          },
          {
            "name": "embedder",
            "model": "bge-large-en-v1.5",
            "gpu": "l4",
            "slo": { "ttftP95Ms": 50 }
          },
          {
            "name": "guard",
            "model": "llama-guard-3-8b",
            "gpu": "l4",
            "precision": "fp8",
            "slo": { "ttftP95Ms": 250 }
          }
        ],
        "fleet": { "nodesPerRack": 4, "provisionBy": "nameplate", "networkKWPerRack": 1.5, "storageKW": 40 },
        "site": {
          "rackLimitKW": 40,
          "pdu": { "phases": 3, "volts": 415, "amps": 40, "powerFactor": 0.95, "continuousDerate": 0.8, "feedsPerRack": 4, "redundancy": "2n" },
          "cooling": { "units": 4, "unitKW": 160, "redundancy": "n+1", "ratedAmbientC": 35, "cop": 3.1, "curve": "air-cooled" },
          "overhead": { "fixedKW": 20, "proportional": 0.04 },
          "ups": { "units": 4, "unitKW": 160, "redundancy": "n+1" },
          "utilityKW": 750,
          "leadTimeMonths": { "utility": 24, "cooling": 9, "ups": 6, "space": 6, "gpus": 3 },
          "designAmbientC": 35
        },
        "margins": { "burst": 0.10, "modelBloat": 0.05, "maintenance": 0.05 },
        "policy": { "warnBelowHeadroom": 0.10 },
        "growth": {
          "startMonth": "2027-01",
          "horizonMonths": 24,
          "monthlyRate": 0.02,
          "steps": [{ "month": "2027-09", "multiply": 1.2 }]
        },
        "events": [
          { "name": "chiller lost", "coolingUnitsLost": 1 }
        ],
        "degradation": [
          { "step": "powerCap", "fractionOfTDP": 0.8 },
          { "step": "shedBatch" }
        ]
      }

      """)
}
