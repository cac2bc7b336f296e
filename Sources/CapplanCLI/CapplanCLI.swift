import PlannerCore

/// The command line, as a library so that tests drive it in process.
public enum CapplanCLI {
  /// Runs one invocation and returns its exit code.
  public static func run(_ arguments: [String]) -> Int32 {
    0
  }
}
