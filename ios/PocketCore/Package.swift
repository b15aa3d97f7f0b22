// swift-tools-version:5.9
// The Swift package around Pocket's app core. `make ios` builds
// PocketCoreFFI.xcframework (the Rust static library for device and
// simulator, with the generated C header) and copies the generated Swift
// (bindings/swift/PocketCore.swift, never edited) into Sources/PocketCore.
import PackageDescription

let package = Package(
    name: "PocketCore",
    platforms: [.iOS(.v15), .macOS(.v12)],
    products: [
        .library(name: "PocketCore", targets: ["PocketCore"]),
    ],
    targets: [
        .binaryTarget(name: "PocketCoreFFI", path: "PocketCoreFFI.xcframework"),
        .target(name: "PocketCore", dependencies: ["PocketCoreFFI"], path: "Sources/PocketCore"),
    ]
)
