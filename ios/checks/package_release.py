"""Writes the released XCFramework's URL and checksum into Package.swift.

`make ios` calls it after zipping PocketCoreFFI.xcframework: the package then
names the release by URL and checksum as constants, which is how a developer
adds it in Xcode (File > Add Package Dependencies) or another package's
manifest. Empty constants mean the local framework `make ios` built.

    python ios/checks/package_release.py Package.swift URL CHECKSUM
    python ios/checks/package_release.py --self-test
"""

import re
import sys
import tempfile
from pathlib import Path

URL_LINE = re.compile(r'^let releasedFrameworkURL = ".*"$', re.MULTILINE)
CHECKSUM_LINE = re.compile(r'^let releasedFrameworkChecksum = ".*"$', re.MULTILINE)
CHECKSUM = re.compile(r"^[0-9a-f]{64}$")


def write_release(manifest: Path, url: str, checksum: str) -> None:
    """Sets the two constants in `manifest`; refuses what SwiftPM would refuse."""
    if not url.startswith("https://") or not url.endswith(".zip"):
        raise ValueError(f"a release URL is https and ends in .zip: {url}")
    if not CHECKSUM.match(checksum):
        raise ValueError(f"a checksum is 64 hex digits (swift package compute-checksum): {checksum}")
    text = manifest.read_text()
    if len(URL_LINE.findall(text)) != 1 or len(CHECKSUM_LINE.findall(text)) != 1:
        raise ValueError(f"{manifest} has no single releasedFrameworkURL and releasedFrameworkChecksum")
    text = URL_LINE.sub(f'let releasedFrameworkURL = "{url}"', text)
    text = CHECKSUM_LINE.sub(f'let releasedFrameworkChecksum = "{checksum}"', text)
    manifest.write_text(text)


def self_test() -> None:
    committed = Path(__file__).resolve().parent.parent / "PocketCore" / "Package.swift"
    text = committed.read_text()
    assert 'let releasedFrameworkURL = ""' in text, "the committed package uses the local framework"
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "Package.swift"
        copy.write_text(text)
        url = "https://example.com/v0.1.0/PocketCoreFFI.xcframework.zip"
        write_release(copy, url, "a" * 64)
        written = copy.read_text()
        assert f'let releasedFrameworkURL = "{url}"' in written
        assert f'let releasedFrameworkChecksum = "{"a" * 64}"' in written
        assert written.replace(url, "").replace("a" * 64, "") == text, "nothing else changed"
        for bad_url, bad_sum in [("http://example.com/x.zip", "a" * 64), (url, "not-a-checksum")]:
            try:
                write_release(copy, bad_url, bad_sum)
            except ValueError:
                continue
            raise AssertionError(f"refused: {bad_url} {bad_sum}")
    print("package release: the constants are written, and a bad URL or checksum refused")


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        self_test()
    elif len(sys.argv) == 4:
        write_release(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
