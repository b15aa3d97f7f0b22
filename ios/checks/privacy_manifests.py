"""Checks the two privacy manifests Apple requires (an app's and an SDK's).

The PocketCore package ships the Rust core with SQLite inside; Apple asks it to
declare the "required reason" APIs it uses. The app declares what it collects.
Both must be valid property lists that say no tracking, and the package must
list its manifest as a resource, or Xcode leaves it out of the build.

    python ios/checks/privacy_manifests.py
"""

import plistlib
import sys
from pathlib import Path

IOS = Path(__file__).resolve().parent.parent
PACKAGE_MANIFEST = IOS / "PocketCore/Sources/PocketCore/PrivacyInfo.xcprivacy"
APP_MANIFEST = IOS / "PocketApp/PrivacyInfo.xcprivacy"
# The APIs the core calls through its dependencies: SQLite stats its files,
# timers read the time since boot.
PACKAGE_APIS = {
    "NSPrivacyAccessedAPICategoryFileTimestamp": "C617.1",
    "NSPrivacyAccessedAPICategorySystemBootTime": "35F9.1",
}
# What the wallet cannot run without: the account, cards, orders.
APP_DATA = {
    "NSPrivacyCollectedDataTypeEmailAddress",
    "NSPrivacyCollectedDataTypePaymentInfo",
    "NSPrivacyCollectedDataTypePurchaseHistory",
}


def problems() -> list[str]:
    found = []
    manifests = {}
    for path in (PACKAGE_MANIFEST, APP_MANIFEST):
        try:
            manifests[path] = plistlib.loads(path.read_bytes())
        except (OSError, plistlib.InvalidFileException) as error:
            found.append(f"{path}: not a property list ({error})")
            continue
        if manifests[path].get("NSPrivacyTracking") is not False:
            found.append(f"{path}: NSPrivacyTracking must be false")
    if PACKAGE_MANIFEST in manifests:
        declared = {
            entry["NSPrivacyAccessedAPIType"]: entry["NSPrivacyAccessedAPITypeReasons"]
            for entry in manifests[PACKAGE_MANIFEST].get("NSPrivacyAccessedAPITypes", [])
        }
        for api, reason in PACKAGE_APIS.items():
            if reason not in declared.get(api, []):
                found.append(f"{PACKAGE_MANIFEST.name} (package): {api} with reason {reason}")
    if APP_MANIFEST in manifests:
        collected = {entry["NSPrivacyCollectedDataType"] for entry in manifests[APP_MANIFEST].get("NSPrivacyCollectedDataTypes", [])}
        for missing in sorted(APP_DATA - collected):
            found.append(f"{APP_MANIFEST.name} (app): {missing} is collected and not declared")
    package_swift = (IOS / "PocketCore/Package.swift").read_text()
    if '.copy("PrivacyInfo.xcprivacy")' not in package_swift:
        found.append("Package.swift: the PocketCore target lists PrivacyInfo.xcprivacy as a resource")
    return found


if __name__ == "__main__":
    listed = problems()
    for problem in listed:
        print(problem)
    print(f"privacy manifests: {len(listed)} problems")
    sys.exit(1 if listed else 0)
