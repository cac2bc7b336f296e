/// The communication of a replica's step: tensor-parallel all-reduces, expert-parallel
/// all-to-alls, and pipeline hand-offs, over NVLink inside the system's NVLink domain and
/// over the scale-out network beyond it (model.md §4.13).
extension Roofline {
  /// Bandwidth of a group of `gpus` GPUs, in bytes/s: the GPU's interconnect when the group
  /// fits one NVLink domain (a node, or a GB200 NVL72 rack), else the network's per GPU; both
  /// at the engine's interconnect efficiency.
  func groupBandwidth(gpus: Int) -> Double {
    let system = deployment.system
    let perGPU =
      gpus <= system.nvlinkDomain ? deployment.gpu.interconnectGBps : system.networkGBpsPerGPU
    return perGPU * 1e9 * deployment.engine.interconnectEfficiency
  }

  /// The step's tensor-parallel communication over one stage's TP GPUs: an all-reduce after
  /// attention and one after the MLP in every layer, each a fixed latency plus a ring
  /// all-reduce of the batch's 16-bit activations, 2 (TP − 1) / TP × batch × hidden × 2 bytes.
  /// With expert parallelism a mixture of experts replaces the MLP's all-reduce by two
  /// all-to-alls (dispatch and combine), each GPU sending its 1/TP of the tokens to k experts,
  /// (TP − 1)/TP of them on other GPUs: (batch / TP) × k × hidden × 2 × (TP − 1)/TP bytes.
  public func allReduceSeconds(batch: Int) -> Double {
    guard deployment.tensorParallel > 1 else { return 0 }
    let model = deployment.model
    let latency = deployment.engine.allReduceMicroseconds * 1e-6
    let bandwidth = groupBandwidth(gpus: deployment.tensorParallel)
    let activations = Double(batch) * Double(model.hiddenSize) * 2
    let allReduce = latency + 2 * (tp - 1) / tp * activations / bandwidth
    let mlp: Double
    if deployment.expertParallel && model.experts > 1 {
      let k = Double(model.expertsPerToken)
      mlp = 2 * (latency + activations / tp * k * (tp - 1) / tp / bandwidth)
    } else {
      mlp = allReduce
    }
    return Double(model.layers) * (allReduce + mlp)
  }

  /// Handing a micro-batch of `batch` sequences' activations to the next stage: a fixed
  /// latency plus batch × hidden × 2 bytes, over NVLink when the whole replica fits one
  /// NVLink domain; 0 without pipelining.
  func stageHandOffSeconds(batch: Int) -> Double {
    guard deployment.pipelineParallel > 1 else { return 0 }
    let bytes = Double(batch) * Double(deployment.model.hiddenSize) * 2
    let bandwidth = groupBandwidth(gpus: deployment.gpusPerReplica)
    return deployment.engine.allReduceMicroseconds * 1e-6 + bytes / bandwidth
  }
}
