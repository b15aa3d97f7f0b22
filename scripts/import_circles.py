#!/usr/bin/env python3
"""Import circles between the modules of a Rust source tree.

Each `.rs` file is a module (`orders/pay.rs` is `orders::pay`, a `mod.rs` is
its folder's module). A module depends on another when it names it: in a
`use` line or in code (`crate::orders::pay(...)`, `super::escrow::Held`).
A name a parent module re-exports from a child (`pub use pay::PaySource`) is
resolved to that child. A parent naming its own children (declaring and
re-exporting them) is not a dependency. A circle is a set of modules that
reach each other through these arrows (a strongly connected component).

Usage:
  import_circles.py [--self-test] TREE...     print the circles of each tree
  import_circles.py --check BASELINE TREE...  fail on a circle not in BASELINE
  import_circles.py --write BASELINE TREE...  record today's circles

The baseline is a ratchet while circles are being taken apart: a circle may
shrink or go, never grow or appear.
"""

import json
import os
import re
import sys

USE_LINE = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", re.M)
PATH_IN_CODE = re.compile(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+)")


def module_of(root, path):
    relative = os.path.relpath(path, root)[:-3].split(os.sep)
    if relative[-1] in ("mod", "lib", "main"):
        relative = relative[:-1]
    return tuple(relative)


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    # A file's unit tests (by custom its last item) are not what it depends on.
    text = re.split(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", text)[0]
    # `pub(in crate::http)` says who may see a thing, not what it uses.
    text = re.sub(r"pub\(in\s+[^)]*\)", "pub", text)
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def expand_use(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e]."""
    tree = re.sub(r"\s+", "", tree)
    depth, start = 0, None
    for index, char in enumerate(tree):
        if char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                prefix, inner = tree[:start], tree[start + 1:index]
                parts, level, current = [], 0, ""
                for c in inner:
                    if c == "," and level == 0:
                        parts.append(current)
                        current = ""
                        continue
                    level += c == "{"
                    level -= c == "}"
                    current += c
                parts.append(current)
                return [path for part in parts if part for path in expand_use(prefix + part)]
    return [re.sub(r"\bas\b.*$", "", tree.replace("::self", ""))]


def absolute(module, path):
    """A `crate::`, `super::` or `self::` path as segments from the crate root."""
    segments = path.split("::")
    if segments[0] == "crate":
        return segments[1:]
    base = list(module)
    while segments and segments[0] in ("super", "self"):
        if segments[0] == "super":
            base = base[:-1]
        segments = segments[1:]
    return base + segments


class Tree:
    def __init__(self, root):
        self.root = root
        self.files = {}
        for folder, _, names in os.walk(root):
            for name in names:
                if name.endswith(".rs"):
                    path = os.path.join(folder, name)
                    with open(path, encoding="utf-8") as file:
                        self.files[module_of(root, path)] = strip_comments(file.read())
        self.modules = set(self.files)
        # (parent, name) -> the child module it re-exports `name` from.
        self.reexports = {}
        for module, text in self.files.items():
            for match in re.finditer(r"^\s*pub(?:\([^)]*\))?\s+use\s+([^;]+);", text, re.M):
                for path in expand_use(match.group(1)):
                    segments = absolute(module, path) if re.match(r"(crate|super|self)::", path) else list(module) + path.split("::")
                    target = self.resolve(segments[:-1])
                    if target and target != module and segments:
                        self.reexports[(module, segments[-1])] = target

    def resolve(self, segments):
        """The deepest module a path names."""
        for length in range(len(segments), -1, -1):
            candidate = tuple(segments[:length])
            if candidate in self.modules:
                return candidate
        return None

    def target(self, segments):
        module = self.resolve(segments)
        if module is None:
            return None
        rest = segments[len(module):]
        seen = set()
        while rest and (module, rest[0]) in self.reexports and (module, rest[0]) not in seen:
            seen.add((module, rest[0]))
            module = self.reexports[(module, rest[0])]
        return module

    def arrows(self):
        edges = {module: set() for module in self.modules}
        for module, text in self.files.items():
            paths = [p for tree in USE_LINE.findall(text) for p in expand_use(tree) if re.match(r"(crate|super|self)::", p)]
            paths += PATH_IN_CODE.findall(text)
            for path in paths:
                target = self.target(absolute(module, path))
                if target is None or target == module:
                    continue
                if target[: len(module)] == module:
                    continue  # a parent naming its own child
                edges[module].add(target)
        return edges


def circles(edges):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted("::".join(m) or "crate" for m in component))

    sys.setrecursionlimit(10000)
    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def self_test():
    """The check finds a circle, and only a real one."""
    import tempfile
    files = {
        "lib.rs": "pub mod a; pub mod b; pub mod shop;",
        "a.rs": "use crate::b::Thing;\n",
        "b.rs": "pub fn f() { crate::a::g() }\n",
        # A parent re-exporting its child is not a circle; a child's tests
        # naming `super` are not a dependency.
        "shop/mod.rs": "mod pay;\npub use pay::Pay;\n",
        "shop/pay.rs": "pub struct Pay;\n#[cfg(test)]\nmod tests {\n    use super::super::*;\n}\n",
    }
    with tempfile.TemporaryDirectory() as root:
        for name, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(root, name)), exist_ok=True)
            with open(os.path.join(root, name), "w") as file:
                file.write(text)
        found = circles(Tree(root).arrows())
    assert found == [["a", "b"]], found


def main(args):
    if args[:1] == ["--self-test"]:
        self_test()
        args = args[1:]
    mode, baseline = None, None
    if args and args[0] in ("--check", "--write"):
        mode, baseline, args = args[0], args[1], args[2:]
    today = {tree: circles(Tree(tree).arrows()) for tree in args}
    if mode == "--write":
        with open(baseline, "w") as file:
            json.dump(today, file, indent=1, sort_keys=True)
            file.write("\n")
        return 0
    if mode == "--check":
        with open(baseline) as file:
            allowed = json.load(file)
        failed = False
        for tree, found in today.items():
            known = [set(c) for c in allowed.get(tree, [])]
            for circle in found:
                if not any(set(circle) <= k for k in known):
                    failed = True
                    print(f"{tree}: a new import circle: {' -> '.join(circle)}")
        total = sum(len(c) for c in today.values())
        print(f"import circles: {total} (baseline {sum(len(c) for c in allowed.values())})")
        return 1 if failed else 0
    for tree, found in today.items():
        print(f"{tree}: {len(found)} circles")
        for circle in found:
            print("  " + ", ".join(circle))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
