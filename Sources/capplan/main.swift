import CapplanCLI
import Foundation

exit(CapplanCLI.run(Array(CommandLine.arguments.dropFirst())))
