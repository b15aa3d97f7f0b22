import os
import PocketCore

/// The core's log lines in the unified log (Console.app, `log stream --predicate
/// 'subsystem == "app.pocket.ios"'`), one category per core module that wrote them.
/// Set once when the app starts.
final class OSLogSink: LogSink, @unchecked Sendable {
    private let subsystem: String

    init(subsystem: String) {
        self.subsystem = subsystem
    }

    func log(level: LogLevel, target: String, message: String) {
        let logger = Logger(subsystem: subsystem, category: target)
        switch level {
        case .error: logger.error("\(message, privacy: .public)")
        case .warn: logger.warning("\(message, privacy: .public)")
        case .info: logger.info("\(message, privacy: .public)")
        case .debug: logger.debug("\(message, privacy: .public)")
        }
    }
}
