/// An error raised after a command chose its language from the playbook in the log (a
/// German incident on a machine with an English locale): `ExitReport` words it, and its
/// `crisis: Fehler:` line, in that language rather than in the one it knew before the
/// playbook was read (`--lang`, else the locale).
public struct ErrorInLanguage: Error {
  public var error: any Error
  public var language: Language

  public init(_ error: any Error, language: Language) {
    self.error = error
    self.language = language
  }

  /// Runs `body`; what it throws is reported in `language`.
  public static func speaking<T>(_ language: Language, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as ErrorInLanguage {
      throw error
    } catch {
      throw ErrorInLanguage(error, language: language)
    }
  }
}
