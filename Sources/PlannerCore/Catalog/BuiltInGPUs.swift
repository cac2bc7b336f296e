/// Built-in GPU figures (placeholder until the cited catalog lands).
enum BuiltInGPUs {
  static let all: [GPUSpec] = []
}
