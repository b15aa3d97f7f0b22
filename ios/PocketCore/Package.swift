// swift-tools-version:5.9
// The Swift package around Pocket's app core. `make bindings` writes the generated Swift
// into Sources/PocketCore (never edited by hand) and its C header and module map into FFI/;
// `make ios` builds PocketCoreFFI.xcframework from them (the Rust static library for
// device, simulator and macOS) and prints its checksum.
//
// A release by URL: `make ios POCKET_FFI_URL=https://.../PocketCoreFFI.xcframework.zip` writes
// the two constants below (the zip's URL and its checksum); upload the zip there and commit
// this file, and a developer adds the package by its URL. Empty constants, or
// POCKET_FFI_LOCAL=1 while `make ios` tests, use the local framework.
import Foundation
import PackageDescription

let releasedFrameworkURL = ""
let releasedFrameworkChecksum = ""

let useLocal = releasedFrameworkURL.isEmpty || ProcessInfo.processInfo.environment["POCKET_FFI_LOCAL"] == "1"
let ffi: Target = useLocal
    ? .binaryTarget(name: "PocketCoreFFI", path: "PocketCoreFFI.xcframework")
    : .binaryTarget(name: "PocketCoreFFI", url: releasedFrameworkURL, checksum: releasedFrameworkChecksum)

let package = Package(
    name: "PocketCore",
    platforms: [.iOS(.v16), .macOS(.v13)],
    products: [
        .library(name: "PocketCore", targets: ["PocketCore"]),
    ],
    targets: [
        ffi,
        .target(
            name: "PocketCore",
            dependencies: ["PocketCoreFFI"],
            path: "Sources/PocketCore",
            // What the core (and the SQLite it bundles) does that Apple asks an SDK to declare.
            resources: [.copy("PrivacyInfo.xcprivacy")]
        ),
        .testTarget(name: "PocketCoreTests", dependencies: ["PocketCore"], path: "Tests/PocketCoreTests"),
    ]
)
