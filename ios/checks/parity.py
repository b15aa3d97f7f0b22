"""The SwiftUI app mirrors the Compose app screen by screen.

- every screen of the core's `AppView` (the `Screen` variants in the generated Kotlin)
  has a Compose screen `fun <Name>Screen(` in android/screens and a SwiftUI view
  `struct <Name>Screen: View` in ios/PocketApp;
- every event the Compose screens send (`UiEvent.X`, `SomeEvent.Y`) is sent somewhere
  in the Swift too (`UiEvent.x`, `SomeEvent.y`).

    python parity.py [--self-test]   (from the repository's root)
"""

import re
import sys
from pathlib import Path

BINDINGS = Path("bindings/kotlin/app/pocket/core/pocket_core.kt")
COMPOSE = Path("android/screens")
SWIFTUI = Path("ios/PocketApp")


def screens(bindings: str) -> list[str]:
    """The variants of `sealed class Screen` in the generated Kotlin."""
    start = bindings.index("sealed class Screen {")
    block = bindings[start : bindings.index("\n}\n", start)]
    return re.findall(r"data class (\w+)\(", block)


def events(kotlin: str) -> set[tuple[str, str]]:
    """(type, case) of every event the Kotlin sends: ("UiEvent", "Back"), ("PayEvent", "Confirm")."""
    return set(re.findall(r"\b(UiEvent|\w+Event)\.([A-Z]\w*)", kotlin))


def lower_first(name: str) -> str:
    return name[:1].lower() + name[1:]


def problems(names: list[str], kotlin: str, swift: str) -> list[str]:
    found = []
    for name in names:
        if not re.search(rf"\bfun {name}Screen\(", kotlin):
            found.append(f"no Compose screen {name}Screen in {COMPOSE}")
        if not re.search(rf"\bstruct {name}Screen: View\b", swift):
            found.append(f"no SwiftUI view {name}Screen in {SWIFTUI}")
    for kind, case in sorted(events(kotlin)):
        if not re.search(rf"\b{kind}\.{lower_first(case)}\b", swift):
            found.append(f"the Compose screens send {kind}.{case}; the Swift never sends {kind}.{lower_first(case)}")
    return found


def read(root: Path, suffix: str) -> str:
    return "\n".join(f.read_text() for f in sorted(root.rglob(f"*{suffix}")))


def main(argv: list[str]) -> int:
    names = screens(BINDINGS.read_text())
    kotlin, swift = read(COMPOSE, ".kt"), read(SWIFTUI, ".swift")
    if "--self-test" in argv:
        missing_screen = swift.replace("struct PayScreen: View", "struct PayScreenGone: View")
        missing_event = swift.replace("PayEvent.confirm", "PayEvent.gone")
        assert problems(names, kotlin, missing_screen), "a missing SwiftUI screen must be found"
        assert problems(names, kotlin, missing_event), "a missing Swift event must be found"
    found = problems(names, kotlin, swift)
    for problem in found:
        print(problem)
    print(f"parity: {len(names)} screens, {len(events(kotlin))} events, {len(found)} problems")
    return 1 if found or len(names) < 20 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
