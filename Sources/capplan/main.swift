import CapplanCLI
import Foundation

// A reader that goes away (`capplan plan x | head -1`) is a write error the command reports,
// not a signal that kills it.
signal(SIGPIPE, SIG_IGN)
exit(CapplanCLI.run(Array(CommandLine.arguments.dropFirst())))
