/// A starting scenario `capplan init` writes: realistic, valid, planned by the tests, its
/// assumptions stated in its `description` so a team knows what to replace.
struct Template: Sendable {
  /// The name `--template` takes.
  let name: String
  /// One line for the help.
  let summary: String
  /// The scenario file, JSON.
  let json: String

  /// Every template, the default first.
  static let all: [Template] = [.chatbot, .codeAssistant, .batch, .mixed]

  /// The `$schema` line each template starts with: the schema `capplan schema` prints,
  /// saved next to the scenarios.
  static let schemaLine = #""$schema": "./capplan.schema.json","#
}
