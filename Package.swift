// swift-tools-version:6.2
// crisis: a command-line crisis playbook runner. No package dependencies: the toolchain only.
// Linux only (the terminal and file code calls Glibc); Swift 6.2 or later (`InlineArray`).
import PackageDescription

let package = Package(
  name: "crisis",
  products: [
    .executable(name: "crisis", targets: ["crisis"]),
    .library(name: "CrisisKit", targets: ["CrisisKit"]),
  ],
  targets: [
    // All logic: parser, playbook model, log, walkthrough state, exports. No terminal I/O.
    .target(name: "CrisisKit"),
    // Argument parsing and the terminal loop only.
    .executableTarget(name: "crisis", dependencies: ["CrisisKit"]),
    .testTarget(
      name: "CrisisKitTests", dependencies: ["CrisisKit"],
      // Data read through #filePath: the YAML conformance suite (MIT, see its LICENSE).
      exclude: ["YAML/Fixtures", "Export/Snapshots"]),
    // Runs the built `crisis` binary with scripted stdin and checks output, exit code and logs.
    .testTarget(name: "EndToEndTests", dependencies: ["CrisisKit"]),
    // The executable's own system code that needs no terminal: the message editor run with a
    // scripted $EDITOR.
    .testTarget(name: "CrisisCLITests", dependencies: ["crisis", "CrisisKit"]),
  ]
)
