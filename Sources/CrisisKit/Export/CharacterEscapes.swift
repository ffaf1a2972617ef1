/// Replaces chosen characters of a text by fixed strings (`&` → `&amp;`, `*` → `\*`), with
/// exactly the result of the obvious loop
///
/// ```swift
/// for character in text { out += replacement(for: character) ?? String(character) }
/// ```
///
/// but at the speed of a byte scan. Exports escape every cell of every event, so that loop
/// (grapheme breaking plus a string comparison per key per character) was most of their time.
///
/// Why the byte scan gives the same answer: the keys are printable ASCII. An ASCII byte is a
/// `Character` of its own when both neighbouring bytes are ASCII too (of two ASCII scalars only
/// CR LF form one grapheme, and neither is a key). Next to a non-ASCII scalar it may not be
/// (`&` + U+0301 is one `Character`, not `&`; so is U+0600 + `&`), and a few non-ASCII
/// scalars compare equal to an ASCII one (U+1FEF GREEK VARIA *is* "`" to `Character`'s `==`,
/// by canonical equivalence). In those rare cases the text goes through the `Character` loop.
///
/// ```swift
/// let html = CharacterEscapes(["&": "&amp;", "<": "&lt;"])
/// html.apply("a < b")   // "a &lt; b"
/// let md = CharacterEscapes([:], prefixing: ["*", "_"], with: "\\")
/// md.apply("a*b")       // "a\\*b"
/// ```
struct CharacterEscapes: Sendable {
  /// For each ASCII byte, 0 when it is kept, else 1 + its index in `replacements`.
  private let slots: [UInt8]
  private let replacements: [[UInt8]]
  /// The keys as `Character`s, for the loop that handles the rare texts the scan cannot.
  private let keys: [(Character, Replacement)]
  /// The UTF-8 of non-ASCII scalars that `Character.==` finds equal to one of the keys.
  private let equivalents: [[UInt8]]

  /// Non-ASCII scalars canonically equivalent to an ASCII one (the only three in Unicode:
  /// their decomposition is that single ASCII scalar).
  private static let canonicalSingletons: [(scalar: Unicode.Scalar, ascii: Character)] = [
    ("\u{037E}", ";"), ("\u{1FEF}", "`"), ("\u{212A}", "K"),
  ]

  /// What a key character becomes.
  private enum Replacement {
    /// A fixed text instead of the character.
    case text(String)
    /// The character itself (as written) after a fixed text, as a backslash escape.
    case prefix(String)
  }

  /// - Parameters:
  ///   - pairs: characters replaced by a fixed text.
  ///   - prefixed: characters kept but preceded by `prefix` (a backslash escape).
  ///   Every key is a printable ASCII character (U+0021…U+007E); anything else is a
  ///   programming error.
  init(
    _ pairs: KeyValuePairs<Character, String>, prefixing prefixed: [Character] = [],
    with prefix: String = ""
  ) {
    var keys = pairs.map { ($0.key, Replacement.text($0.value)) }
    keys += prefixed.map { ($0, Replacement.prefix(prefix)) }
    var slots = [UInt8](repeating: 0, count: 128)
    var replacements: [[UInt8]] = []
    for (key, replacement) in keys {
      let value = key.asciiValue ?? 0
      precondition(value > 0x20 && value < 0x7F, "escape keys are printable ASCII")
      switch replacement {
      case .text(let text): replacements.append(Array(text.utf8))
      case .prefix(let text): replacements.append(Array(text.utf8) + [value])
      }
      slots[Int(value)] = UInt8(replacements.count)
    }
    self.slots = slots
    self.replacements = replacements
    self.keys = keys
    equivalents = Self.canonicalSingletons
      .filter { singleton in keys.contains { $0.0 == singleton.ascii } }
      .map { Array(String($0.scalar).utf8) }
  }

  /// Whether `text` comes out of `ExportText.multiline`, then `apply`, then a replacement of
  /// line breaks exactly as it went in: it has no key, no control character (C0, DEL, C1,
  /// bidi controls), no line break of any kind and no scalar equal to a key. One byte scan,
  /// so the common cell (a time, a name, a plain sentence) skips the four passes that would
  /// each look at it again. Conservative: `false` only means "take the long way".
  func leavesUnchanged(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let count = bytes.count
      var i = 0
      while i < count {
        let byte = bytes[i]
        if byte < 0x80 {
          if byte < 0x20 || byte == 0x7F || slots[Int(byte)] != 0 { return false }
        } else if byte == 0xC2 {
          // C1 controls, NEL among them: C2 80…C2 9F.
          if i + 1 < count, bytes[i + 1] <= 0x9F { return false }
        } else if byte == 0xE2 {
          // LS, PS, the bidi embeddings E2 80 A8…AE, the isolates E2 81 A6…A9.
          if i + 2 < count {
            let (second, third) = (bytes[i + 1], bytes[i + 2])
            if second == 0x80, third >= 0xA8, third <= 0xAE { return false }
            if second == 0x81, third >= 0xA6, third <= 0xA9 { return false }
          }
        }
        i += 1
      }
      return equivalents.isEmpty || !Self.contains(equivalents, in: bytes)
    }
  }

  /// `text` with every key character replaced.
  func apply(_ text: String) -> String {
    var text = text
    let scanned = text.withUTF8 { scan($0) }
    switch scanned {
    case .unchanged: return text
    case .escaped(let escaped): return escaped
    case .needsCharacters: return applyByCharacter(text)
    }
  }

  private enum Scan {
    case unchanged
    case escaped(String)
    /// A key byte next to a non-ASCII one, or a scalar equal to a key: only the `Character`
    /// loop gets these right.
    case needsCharacters
  }

  private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
    let count = bytes.count
    var out: [UInt8] = []
    var copied = 0  // bytes[..<copied] are in `out` (escaped)
    var sawNonASCII = false
    for i in 0..<count {
      let byte = bytes[i]
      guard byte < 0x80 else {
        sawNonASCII = true
        continue
      }
      let slot = slots[Int(byte)]
      if slot == 0 { continue }
      let alone = (i == 0 || bytes[i - 1] < 0x80) && (i + 1 == count || bytes[i + 1] < 0x80)
      guard alone else { return .needsCharacters }
      if copied == 0 { out.reserveCapacity(count + count / 4 + 8) }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
      out.append(contentsOf: replacements[Int(slot) - 1])
      copied = i + 1
    }
    if sawNonASCII, !equivalents.isEmpty, Self.contains(equivalents, in: bytes) {
      return .needsCharacters
    }
    if copied == 0 { return .unchanged }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    return .escaped(String(decoding: out, as: UTF8.self))
  }

  /// Whether any of `needles` (UTF-8 of whole scalars) occurs in `bytes`.
  private static func contains(_ needles: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for needle in needles {
      guard let first = needle.first, needle.count <= bytes.count else { continue }
      for i in 0...(bytes.count - needle.count) where bytes[i] == first {
        if bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
      }
    }
    return false
  }

  /// The reference behaviour: one `Character` at a time, compared with each key.
  private func applyByCharacter(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch keys.first(where: { $0.0 == character })?.1 {
      case .text(let text)?:
        out += text
      case .prefix(let prefix)?:
        out += prefix
        out.append(character)
      case nil:
        out.append(character)
      }
    }
    return out
  }
}
