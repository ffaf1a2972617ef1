import CrisisKit

#if canImport(Glibc)
  import Glibc
#endif

// A full file-size limit must fail the write (EFBIG, reported as NOT recorded), not kill us;
// a closed pipe (`crisis export | head`) must fail the write, not kill us mid-line.
signal(SIGXFSZ, SIG_IGN)
signal(SIGPIPE, SIG_IGN)
exit(CrisisCLI.run(CommandLine.arguments))
