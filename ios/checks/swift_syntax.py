"""Every hand-written Swift file parses with no error under tree-sitter's Swift grammar.

No Swift compiler runs on the project's Linux machines, so this is what is checked of
the Swift there: the syntax (not the types). uniffi's generated PocketCore.swift is left
out: its `#if swift(...)` attributes are not in the grammar.

    python swift_syntax.py [--self-test] DIR...

--self-test first proves the check fails on a broken file.
"""

import sys
from pathlib import Path

import tree_sitter
import tree_sitter_swift

GENERATED = {"PocketCore.swift"}
PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_swift.language()))


def syntax_errors(source: bytes) -> list[str]:
    """Where the grammar found an error or a missing token: 'line:column kind'."""
    found = []
    stack = [PARSER.parse(source).root_node]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            row, column = node.start_point
            found.append(f"{row + 1}:{column + 1} {'missing ' + node.type if node.is_missing else 'error'}")
        stack.extend(node.children)
    return sorted(found)


def self_test() -> None:
    good = b'struct A: View {\n    var body: some View { Text("a") }\n}\n'
    broken = b'struct A: View {\n    var body: some View { Text("a" }\n}\n'
    assert not syntax_errors(good), syntax_errors(good)
    assert syntax_errors(broken), "a missing parenthesis must be found"


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--self-test":
        self_test()
        argv = argv[1:]
    files = sorted(f for root in argv for f in Path(root).rglob("*.swift") if f.name not in GENERATED)
    failed = 0
    for file in files:
        for error in syntax_errors(file.read_bytes()):
            print(f"{file}:{error}")
            failed += 1
    print(f"swift syntax: {len(files)} files, {failed} errors")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
