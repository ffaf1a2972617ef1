#if canImport(Glibc)
  import Glibc
#endif

/// Where a team log keeps its chains. A log directory becomes a team directory on purpose
/// (`crisis team init`), which leaves the marker file `.crisis-team` in it. There an incident
/// is a folder, `<log dir>/<incident id>/`, holding one chain per machine,
/// `<device>.jsonl`: each machine writes only its own file, so two machines never write the
/// same chain and git never has to merge a file.
public enum TeamChains {
  /// The file that makes a log directory a team directory (committed, so every clone has it).
  public static let marker = ".crisis-team"
  /// The device id of this machine for this log directory. Inside `.git/`, which git never
  /// shares: a clone made elsewhere gets its own id.
  public static let deviceFile = ".git/crisis-device"

  /// Whether `directory` was made a team directory.
  public static func isTeamDirectory(_ directory: String) -> Bool {
    FileSystem.isFile(FileSystem.join(directory, marker))
  }

  /// The folder of an incident in a team directory.
  public static func folder(forIncident id: String, in directory: String) -> String {
    FileSystem.join(directory, id)
  }

  /// The incident an incident folder holds: the folder's name is its id.
  public static func incidentID(ofFolder folder: String) -> String {
    folder.split(separator: "/").last.map(String.init) ?? folder
  }

  /// The chain `device` writes in an incident folder.
  public static func chain(of device: String, in folder: String) -> String {
    FileSystem.join(folder, device + ".jsonl")
  }

  /// The chains in an incident folder, by device id (sorted, so every machine reads them in
  /// the same order). Names that are not device ids are not chains and are left alone, and
  /// so is anything but a regular file: chains arrive from other machines through git, which
  /// would check out a symbolic link someone committed (to a file of ours that is no chain).
  public static func chains(in folder: String) -> [(device: String, path: String)] {
    FileSystem.contents(of: folder).compactMap { name in
      guard name.hasSuffix(".jsonl") else { return nil }
      let device = String(name.dropLast(6))
      guard IncidentEvent.isDeviceID(device) else { return nil }
      let path = FileSystem.join(folder, name)
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
      return (device, path)
    }
  }

  /// Whether `path` is an incident folder of a team directory (it holds at least one chain):
  /// a real folder, never a symbolic link that came in through git.
  public static func isIncidentFolder(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
    return !chains(in: path).isEmpty
  }

  /// This machine's device id for the team directory: read, or made once and kept. Made from
  /// the host name (so people recognise it in `status`) and 32 random bits (so two laptops
  /// both called `macbook` are still two devices).
  public static func device(in directory: String) throws(LogError) -> String {
    let path = FileSystem.join(directory, deviceFile)
    if let bytes = try? FileSystem.readFile(path, limit: 256, what: "device id") {
      let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
      if IncidentEvent.isDeviceID(text) { return text }
    }
    let made = makeDeviceID(host: hostName(), random: UInt32.random(in: .min ... .max))
    do {
      try NewFile.write(made + "\n", to: path, replace: false)
    } catch {
      // Another terminal made it first: theirs is the one.
      if error.exists, let bytes = try? FileSystem.readFile(path, limit: 256, what: "device id") {
        let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        if IncidentEvent.isDeviceID(text) { return text }
      }
      throw .refused(path: path, "cannot keep this machine's device id: \(error.reason)")
    }
    return made
  }

  /// `host-1a2b3c4d`: the host name reduced to lowercase letters, digits and dashes (at most
  /// 40 of them), then eight hex digits.
  public static func makeDeviceID(host: String, random: UInt32) -> String {
    var name = ""
    for scalar in host.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        name.unicodeScalars.append(scalar)
      } else if !name.isEmpty, !name.hasSuffix("-") {
        name += "-"
      }
      if name.utf8.count >= 40 { break }
    }
    while name.hasSuffix("-") { name.removeLast() }
    if name.isEmpty { name = "device" }
    let hex = String(random, radix: 16)
    return name + "-" + String(repeating: "0", count: max(0, 8 - hex.utf8.count)) + hex
  }

  private static func hostName() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "device" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
