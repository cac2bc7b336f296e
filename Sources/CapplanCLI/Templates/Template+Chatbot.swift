extension Template {
  /// A consumer chat assistant on one 70B model.
  static let chatbot = Template(
    name: "chatbot", summary: "a consumer chat assistant: Llama 3.1 70B fp8 on DGX H100",
    json: """
      {
        \(schemaLine)
        "schemaVersion": 1,
        "name": "my-chatbot",
        "description": "Starting point: a consumer chat assistant with 2 million daily active users sending 8 messages a day with an evening peak (the 'consumer' profile). Prompts of 1,200 tokens (system prompt and conversation so far) and answers of 390 tokens, the mean output of LM-Arena chat prompts in the ML.ENERGY v3.0 runs; 2% of requests retried, 5% served from a response cache. Llama 3.1 70B in fp8 on DGX H100 with tensor parallelism 2, first token within 1.5 s at p95 and 50 ms per output token. A 40 kW rack limit on four 415 V 40 A feeds in 2N, an N+1 air-cooled chiller plant, a 35 °C design day. Replace the users, messages, token lengths and site figures with your own.",
        "traffic": {
          "profile": "consumer",
          "surfaces": [
            {
              "name": "chat",
              "dailyActiveUsers": 2000000,
              "requestsPerUserPerDay": 8,
              "promptTokens": 1200,
              "outputTokens": 390,
              "worstFiveMinutesMultiplier": 1.3,
              "retryRate": 0.02,
              "cacheHitRate": 0.05,
              "pipeline": "chat",
              "route": "chat-70b"
            }
          ]
        },
        "pipelines": [
          {
            "name": "chat",
            "stages": [
              { "stage": "tokenize", "cpuMs": 2 },
              { "stage": "generate" },
              { "stage": "log", "cpuMs": 1 }
            ]
          }
        ],
        "deployments": [
          {
            "name": "chat-70b",
            "model": "llama-3.1-70b",
            "system": "dgx-h100",
            "precision": "fp8",
            "tensorParallel": 2,
            "slo": { "ttftP95Ms": 1500, "tpotMs": 50 }
          }
        ],
        "fleet": { "nodesPerRack": 4, "provisionBy": "nameplate", "networkKWPerRack": 1.5 },
        "site": {
          "rackLimitKW": 40,
          "pdu": { "phases": 3, "volts": 415, "amps": 40, "powerFactor": 0.95, "continuousDerate": 0.8, "feedsPerRack": 4, "redundancy": "2n" },
          "cooling": { "units": 4, "unitKW": 150, "redundancy": "n+1", "ratedAmbientC": 35, "cop": 3.2, "curve": "air-cooled" },
          "overhead": { "fixedKW": 15, "proportional": 0.04 },
          "utilityKW": 700,
          "designAmbientC": 35
        },
        "margins": { "burst": 0.10, "modelBloat": 0.05, "maintenance": 0.05 },
        "policy": { "warnBelowHeadroom": 0.10 }
      }

      """)
}
