import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

exit(CrisisCLI.run(CommandLine.arguments))
