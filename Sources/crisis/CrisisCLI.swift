import CrisisKit

/// Entry point for every command. Returns the exit code: 0 ok, 1 bad input, 2 usage error.
enum CrisisCLI {
  static func run(_ arguments: [String]) -> Int32 {
    print("crisis 0.1.0")
    return 0
  }
}
