/// SHA-256 (FIPS 180-4), written here because the package has no dependencies and the
/// toolchain's Foundation has no hash functions on Linux. The incident log chains every line to
/// the previous one by this hash, and `crisis verify` rehashes whole logs, so it must be fast:
/// whole 64-byte blocks are compressed straight from the caller's memory, only a tail shorter
/// than a block is copied, and nothing is allocated per byte or per block.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(bytes: part1)
/// hasher.update(bytes: part2)
/// let digest = hasher.finalize()     // 32 bytes
/// SHA256.hex(of: Array("abc".utf8))  // "ba7816bf…"
/// ```
public struct SHA256: Sendable {
  /// The number of bytes in a digest.
  public static let digestCount = 32
  /// The number of bytes the compression function consumes at once.
  public static let blockCount = 64

  /// The eight working hash words H0…H7.
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
    0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  /// Bytes received but not yet compressed (always fewer than 64); allocated once, lazily.
  private var pending: [UInt8] = []
  /// Message length so far, in bytes (the padding needs it in bits).
  private var totalCount: UInt64 = 0

  public init() {}

  /// Feeds more message bytes. Contiguous collections (`[UInt8]`, `ArraySlice`, `Data`-like
  /// buffers, `String.UTF8View` of native strings) are hashed in place without copying.
  public mutating func update(bytes: some Collection<UInt8>) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      update(UnsafeRawBufferPointer(buffer))
    }
    if done != nil { return }
    // Not contiguous: copy through a fixed-size chunk so memory stays bounded.
    var chunk: [UInt8] = []
    chunk.reserveCapacity(4096)
    for byte in bytes {
      chunk.append(byte)
      if chunk.count == 4096 {
        chunk.withUnsafeBytes { update($0) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    chunk.withUnsafeBytes { update($0) }
  }

  /// Feeds more message bytes from raw memory.
  public mutating func update(_ input: UnsafeRawBufferPointer) {
    guard !input.isEmpty else { return }
    totalCount &+= UInt64(input.count)
    var rest = input[...]
    if !pending.isEmpty {
      let take = min(Self.blockCount - pending.count, rest.count)
      pending.append(contentsOf: rest.prefix(take))
      rest = rest.dropFirst(take)
      guard pending.count == Self.blockCount else { return }
      pending.withUnsafeBytes { Self.compress(&state, blocks: $0) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = rest.count - rest.count % Self.blockCount
    if whole > 0 {
      Self.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: rest.prefix(whole)))
    }
    if whole < rest.count {
      if pending.capacity < Self.blockCount { pending.reserveCapacity(Self.blockCount) }
      pending.append(contentsOf: rest.dropFirst(whole))
    }
  }

  /// Pads the message, compresses the last block(s) and returns the 32-byte digest. Works on a
  /// copy of the state, so the hasher may be fed more bytes afterwards (a running digest).
  public func finalize() -> [UInt8] {
    var state = self.state
    let bitLength = totalCount &* 8
    // The padded tail (0x80, zeros, 64-bit length) is one or two blocks, built on the stack.
    withUnsafeTemporaryAllocation(byteCount: Self.blockCount * 2, alignment: 8) { tail in
      tail.initializeMemory(as: UInt8.self, repeating: 0)
      pending.withUnsafeBytes { tail.copyMemory(from: $0) }
      tail[pending.count] = 0x80
      let blocks = pending.count + 1 + 8 <= Self.blockCount ? 1 : 2
      let end = blocks * Self.blockCount
      for k in 0..<8 {
        tail[end - 1 - k] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * k))
      }
      Self.compress(&state, blocks: UnsafeRawBufferPointer(rebasing: tail[..<end]))
    }
    return [UInt8](unsafeUninitializedCapacity: Self.digestCount) { digest, count in
      withUnsafeBytes(of: state) { words in
        for k in 0..<8 {
          let word = words.loadUnaligned(fromByteOffset: k * 4, as: UInt32.self)
          digest[k * 4] = UInt8(truncatingIfNeeded: word >> 24)
          digest[k * 4 + 1] = UInt8(truncatingIfNeeded: word >> 16)
          digest[k * 4 + 2] = UInt8(truncatingIfNeeded: word >> 8)
          digest[k * 4 + 3] = UInt8(truncatingIfNeeded: word)
        }
      }
      count = Self.digestCount
    }
  }

  /// The digest of everything fed so far, as 64 lowercase hex digits.
  public func finalizeHex() -> String { Self.hex(finalize()) }

  /// Lowercase hex of any bytes (two digits per byte).
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let digits = hexDigits
    var out: [UInt8] = []
    out.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// One-shot: the SHA-256 of `bytes` as 64 lowercase hex digits.
  public static func hex(of bytes: some Collection<UInt8>) -> String {
    var hasher = SHA256()
    hasher.update(bytes: bytes)
    return hasher.finalizeHex()
  }

  /// One-shot: the 32-byte SHA-256 of `bytes`.
  public static func digest(of bytes: some Collection<UInt8>) -> [UInt8] {
    var hasher = SHA256()
    hasher.update(bytes: bytes)
    return hasher.finalize()
  }

  /// A digest held as its eight big-endian words: a value with no heap storage, so a log of
  /// 100,000 lines can be rehashed without allocating per line.
  public struct Digest: Hashable, Sendable {
    public private(set) var words: SIMD8<UInt32>

    /// The digest as 64 lowercase hex digits (what a log's `prev` holds).
    public var hex: String {
      String(unsafeUninitializedCapacity: 64) { out in
        writeHex(into: out)
        return 64
      }
    }

    /// The SHA-256 of bytes in memory (see `SHA256.oneShot`).
    public init(hashing input: UnsafeRawBufferPointer) {
      self = SHA256.oneShot(input)
    }

    /// The digest written as 64 lowercase hex digits in `text`, or nil for anything else
    /// (uppercase digits included: `prev` is compared as text).
    public init?(hex text: UnsafeBufferPointer<UInt8>) {
      guard text.count == 64 else { return nil }
      var words = SIMD8<UInt32>()
      for k in 0..<8 {
        var word: UInt32 = 0
        for n in 0..<8 {
          let byte = text[k * 8 + n]
          let nibble: UInt8
          switch byte {
          case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
          case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
          default: return nil
          }
          word = word << 4 | UInt32(nibble)
        }
        words[k] = word
      }
      self.words = words
    }

    fileprivate init(words: SIMD8<UInt32>) { self.words = words }

    /// Writes the 64 hex digits into the first 64 elements of `out`.
    private func writeHex(into out: UnsafeMutableBufferPointer<UInt8>) {
      let digits: StaticString = "0123456789abcdef"
      let table = digits.utf8Start
      for k in 0..<8 {
        let word = words[k]
        for n in 0..<8 {
          let nibble = (word >> UInt32(28 - 4 * n)) & 0xF
          out[k * 8 + n] = table[Int(nibble)]
        }
      }
    }
  }

  /// One-shot SHA-256 of bytes in memory, without allocating: whole blocks are compressed in
  /// place, and the tail with its padding is built in a 128-byte stack buffer.
  static func oneShot(_ input: UnsafeRawBufferPointer) -> Digest {
    var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
      0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
    )
    let whole = input.count - input.count % blockCount
    if whole > 0 {
      compress(&state, blocks: UnsafeRawBufferPointer(rebasing: input[..<whole]))
    }
    let rest = input.count - whole
    let bitLength = UInt64(input.count) &* 8
    withUnsafeTemporaryAllocation(byteCount: blockCount * 2, alignment: 8) { tail in
      tail.initializeMemory(as: UInt8.self, repeating: 0)
      if rest > 0 {
        tail.copyMemory(from: UnsafeRawBufferPointer(rebasing: input[whole...]))
      }
      tail[rest] = 0x80
      let end = (rest + 1 + 8 <= blockCount ? 1 : 2) * blockCount
      for k in 0..<8 {
        tail[end - 1 - k] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * k))
      }
      compress(&state, blocks: UnsafeRawBufferPointer(rebasing: tail[..<end]))
    }
    let (h0, h1, h2, h3, h4, h5, h6, h7) = state
    return Digest(words: SIMD8(h0, h1, h2, h3, h4, h5, h6, h7))
  }

  /// The 64 round constants: the first 32 bits of the fractional parts of the cube roots of
  /// the first 64 primes (FIPS 180-4 §4.2.2).
  private static let roundConstants: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4,
    0xab1c_5ed5, 0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe,
    0x9bdc_06a7, 0xc19b_f174, 0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f,
    0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da, 0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7,
    0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967, 0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc,
    0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85, 0xa2bf_e8a1, 0xa81a_664b,
    0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070, 0x19a4_c116,
    0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7,
    0xc671_78f2,
  ]

  /// Compresses every 64-byte block of `blocks` (its count is a multiple of 64) into `state`.
  /// The message schedule lives in a stack buffer; constants and input are read through raw
  /// pointers so the loop has no bounds checks, retains or allocations.
  private static func compress(
    _ state: inout (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32),
    blocks: UnsafeRawBufferPointer
  ) {
    guard let base = blocks.baseAddress else { return }
    let blockTotal = blocks.count / blockCount
    roundConstants.withUnsafeBufferPointer { constants in
      guard let k = constants.baseAddress else { return }
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
        guard let w = schedule.baseAddress else { return }
        var (h0, h1, h2, h3, h4, h5, h6, h7) = state
        for blockIndex in 0..<blockTotal {
          let block = base + blockIndex &* blockCount
          for t in 0..<16 {
            w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
          }
          for t in 16..<64 {
            let x = w[t &- 15]
            let y = w[t &- 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10)
            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
          }
          var a = h0
          var b = h1
          var c = h2
          var d = h3
          var e = h4
          var f = h5
          var g = h6
          var h = h7
          // Eight rounds per pass, the variables' roles rotating instead of their values, so
          // no round spends instructions moving h ← g ← f … along.
          var t = 0
          while t < 64 {
            round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
            round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
            round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
            round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
            round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
            round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
            round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
            t &+= 8
          }
          h0 &+= a
          h1 &+= b
          h2 &+= c
          h3 &+= d
          h4 &+= e
          h5 &+= f
          h6 &+= g
          h7 &+= h
        }
        state = (h0, h1, h2, h3, h4, h5, h6, h7)
      }
    }
  }

  /// One round of FIPS 180-4 §6.2.2 step 3, written for the caller's rotating names: `d`
  /// becomes the new `e` and `h` the new `a`. `kw` is the round constant plus the schedule word.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let bigS1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
    let choose = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g)
    let t1 = h &+ bigS1 &+ choose &+ kw
    let bigS0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
    let majority = (a & b) ^ (c & (a ^ b))  // (a & b) ^ (a & c) ^ (b & c)
    d = d &+ t1
    h = t1 &+ bigS0 &+ majority
  }

  /// Rotate right. Masking shifts (`&>>`, `&<<`) let the compiler emit one rotate
  /// instruction; the checked `>>` and `<<` guard against over-shifting and do not.
  @inline(__always)
  private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
  }
}
