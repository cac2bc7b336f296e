/// Built-in system figures (placeholder until the cited catalog lands).
enum BuiltInSystems {
  static let all: [SystemSpec] = []
}
