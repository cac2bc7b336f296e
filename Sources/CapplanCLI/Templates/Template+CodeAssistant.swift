extension Template {
  /// A coding assistant: long-context chat and low-latency completions.
  static let codeAssistant = Template(
    name: "code-assistant",
    summary: "long-context chat on Llama 3.3 70B and fast completions on Llama 3.1 8B",
    json: """
      {
        \(schemaLine)
        "schemaVersion": 1,
        "name": "my-code-assistant",
        "description": "Starting point: a coding assistant for 20,000 developers in office hours. Chat and edit requests carry open files and retrieved code (12,000 prompt tokens, 300-token answers, 40 a developer a day) and go to Llama 3.3 70B in fp8 on DGX H200 with tensor parallelism 4; inline completions (1,500-token prefix, 40-token suggestions, 400 a developer a day, 15% answered from cache) go to Llama 3.1 8B in fp8 on DGX H100 within 300 ms to the first token. Requests per developer and token lengths are assumptions to replace with your editor telemetry. A 40 kW rack limit, four 415 V 40 A feeds in 2N, an N+1 chiller plant and UPS, a 35 °C design day.",
        "traffic": {
          "profile": "business-hours",
          "surfaces": [
            {
              "name": "chat-edit",
              "dailyActiveUsers": 20000,
              "requestsPerUserPerDay": 40,
              "promptTokens": 12000,
              "outputTokens": 300,
              "worstFiveMinutesMultiplier": 1.3,
              "retryRate": 0.01,
              "pipeline": "repo-context",
              "route": "chat-70b"
            },
            {
              "name": "completions",
              "dailyActiveUsers": 20000,
              "requestsPerUserPerDay": 400,
              "promptTokens": 1500,
              "outputTokens": 40,
              "worstFiveMinutesMultiplier": 1.2,
              "cacheHitRate": 0.15,
              "pipeline": "completion",
              "route": "complete-8b"
            }
          ]
        },
        "pipelines": [
          {
            "name": "repo-context",
            "stages": [
              { "stage": "tokenize", "cpuMs": 6 },
              { "stage": "retrieve", "cpuMs": 30 },
              { "stage": "generate" },
              { "stage": "log", "cpuMs": 2 }
            ]
          },
          {
            "name": "completion",
            "stages": [
              { "stage": "tokenize", "cpuMs": 1 },
              { "stage": "generate" }
            ]
          }
        ],
        "deployments": [
          {
            "name": "chat-70b",
            "model": "llama-3.3-70b",
            "system": "dgx-h200",
            "precision": "fp8",
            "kvPrecision": "fp8",
            "tensorParallel": 4,
            "slo": { "ttftP95Ms": 2500, "tpotMs": 40 }
          },
          {
            "name": "complete-8b",
            "model": "llama-3.1-8b",
            "system": "dgx-h100",
            "precision": "fp8",
            "tensorParallel": 1,
            "slo": { "ttftP95Ms": 300, "tpotMs": 15 }
          }
        ],
        "fleet": { "nodesPerRack": 4, "provisionBy": "nameplate", "networkKWPerRack": 1.5 },
        "site": {
          "rackLimitKW": 40,
          "pdu": { "phases": 3, "volts": 415, "amps": 40, "powerFactor": 0.95, "continuousDerate": 0.8, "feedsPerRack": 4, "redundancy": "2n" },
          "cooling": { "units": 3, "unitKW": 120, "redundancy": "n+1", "ratedAmbientC": 35, "cop": 3.1, "curve": "air-cooled" },
          "overhead": { "fixedKW": 10, "proportional": 0.04 },
          "ups": { "units": 3, "unitKW": 120, "redundancy": "n+1" },
          "utilityKW": 350,
          "designAmbientC": 35
        },
        "margins": { "burst": 0.10, "modelBloat": 0.10, "maintenance": 0.05 }
      }

      """)
}
