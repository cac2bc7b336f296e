// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "capplan",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PlannerCore", targets: ["PlannerCore"]),
    .executable(name: "capplan", targets: ["capplan"]),
  ],
  targets: [
    .target(name: "PlannerCore"),
    .target(name: "CapplanCLI", dependencies: ["PlannerCore"]),
    .executableTarget(name: "capplan", dependencies: ["CapplanCLI"]),
    .target(name: "TestSupport", dependencies: ["PlannerCore", "CapplanCLI"], path: "Tests/TestSupport"),
    .testTarget(name: "PlannerCoreTests", dependencies: ["PlannerCore", "TestSupport"]),
    .testTarget(
      name: "CapplanCLITests", dependencies: ["CapplanCLI", "PlannerCore", "TestSupport"],
      // read from the source tree by path, so that CAPPLAN_UPDATE_GOLDEN=1 can rewrite them
      exclude: ["Golden", "Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
