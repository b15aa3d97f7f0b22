// swift-tools-version:5.9
// The Swift package around Pocket's app core. `make bindings` writes the generated Swift
// into Sources/PocketCore (never edited by hand) and its C header and module map into FFI/;
// `make ios` builds PocketCoreFFI.xcframework from them (the Rust static library for
// device, simulator and macOS) and prints its checksum.
//
// A release by URL: upload PocketCoreFFI.xcframework.zip and build with
// POCKET_FFI_URL and POCKET_FFI_CHECKSUM set; without them, the local framework is used.
import Foundation
import PackageDescription

let environment = ProcessInfo.processInfo.environment
let ffi: Target
if let url = environment["POCKET_FFI_URL"], let checksum = environment["POCKET_FFI_CHECKSUM"] {
    ffi = .binaryTarget(name: "PocketCoreFFI", url: url, checksum: checksum)
} else {
    ffi = .binaryTarget(name: "PocketCoreFFI", path: "PocketCoreFFI.xcframework")
}

let package = Package(
    name: "PocketCore",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "PocketCore", targets: ["PocketCore"]),
    ],
    targets: [
        ffi,
        .target(name: "PocketCore", dependencies: ["PocketCoreFFI"], path: "Sources/PocketCore"),
        .testTarget(name: "PocketCoreTests", dependencies: ["PocketCore"], path: "Tests/PocketCoreTests"),
    ]
)
