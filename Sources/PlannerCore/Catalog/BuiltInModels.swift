/// Built-in model figures (placeholder until the cited catalog lands).
enum BuiltInModels {
  static let all: [ModelSpec] = []
}
