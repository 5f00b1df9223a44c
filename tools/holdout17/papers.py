"""The papers of holdout17: papers_a.py (y01–y17) and papers_b.py (y18–y35), loaded by path."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(name):
    spec = importlib.util.spec_from_file_location(f"holdout17_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCS


DOCS = _load("papers_a") + _load("papers_b")
