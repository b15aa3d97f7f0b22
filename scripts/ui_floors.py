#!/usr/bin/env python3
"""The floors of the app's state (`core/src/app/ui`): a module may name
modules on its own floor or below, never above, and a flow never names
another flow. The app engine (`core/src/app` outside `ui`) never names the
UI at all: it reports to it through events and task results.

  0  building blocks: texts, view parts, destinations, wording, tasks
  1  state: each flow's state, the model
  2  what opens a screen: loads, openings
  3  steps two flows share (sending a money action, a document)
  4  flows: one module per flow
  5  the types built from every flow: the event, the view
  6  update, render, persist: the only modules that know every flow

Unit tests, fixtures and the gallery are left out: a test may reach any
floor. Arrows come from `import_circles.py` (`use` lines and paths in code).

Usage: ui_floors.py [--self-test] CORE_SRC
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import import_circles  # noqa: E402

UI = ("app", "ui")
FLOORS = {
    "text": 0, "secret_text": 0, "parts": 0, "destination": 0, "describe": 0, "task": 0,
    "state": 1, "model": 1,
    "loads": 2, "open": 2,
    "steps": 3,
    "flows": 4,
    "event": 5, "view": 5,
    "update": 6, "render": 6, "persist": 6,
}
LEFT_OUT = {"tests", "fixtures", "gallery"}


def floor(module):
    """The floor of a module under `app::ui`; `None` for the UI's root and
    for what is left out."""
    rest = module[len(UI):]
    if not rest or any(part in LEFT_OUT for part in rest):
        return None
    return FLOORS.get(rest[0])


def flow_of(module):
    rest = module[len(UI):]
    return rest[1] if len(rest) >= 2 and rest[0] == "flows" else None


def problems(edges):
    found = []
    for module, targets in sorted(edges.items()):
        in_ui = module[: len(UI)] == UI
        if not in_ui and module[:1] == ("app",) and not LEFT_OUT & set(module):
            for target in sorted(targets):
                if target[: len(UI)] == UI:
                    found.append(f"the engine's {'::'.join(module)} names the UI's {'::'.join(target)}")
            continue
        here = floor(module) if in_ui else None
        if here is None:
            continue
        for target in sorted(targets):
            if target[: len(UI)] != UI:
                continue
            there = floor(target)
            if there is None:
                continue
            if there > here:
                found.append(f"{'::'.join(module)} (floor {here}) names {'::'.join(target)} (floor {there})")
            elif flow_of(module) and flow_of(target) and flow_of(module) != flow_of(target):
                found.append(f"the flow {flow_of(module)} names the flow {flow_of(target)}")
    return found


def self_test():
    """An arrow up, a flow naming a flow and the engine naming the UI are
    found; arrows down and tests are not."""
    edges = {
        ("app", "ui", "flows", "pay"): {("app", "ui", "update"), ("app", "ui", "flows", "cards"), ("app", "ui", "parts")},
        ("app", "ui", "flows", "pay", "tests"): {("app", "ui", "update")},
        ("app", "ui", "update"): {("app", "ui", "flows", "pay")},
        ("app", "outbox"): {("app", "ui", "model")},
    }
    found = problems(edges)
    assert found == [
        "the engine's app::outbox names the UI's app::ui::model",
        "the flow pay names the flow cards",
        "app::ui::flows::pay (floor 4) names app::ui::update (floor 6)",
    ], found


def main(args):
    if args[:1] == ["--self-test"]:
        self_test()
        args = args[1:]
    (root,) = args
    found = problems(import_circles.Tree(root).arrows())
    for problem in found:
        print(f"{root}: {problem}")
    print(f"UI floors: {len(found)} arrows out of place")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
