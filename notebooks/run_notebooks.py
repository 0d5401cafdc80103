#!/usr/bin/env python3
"""Execute every analyst notebook headlessly against a published run, and check that the
committed notebooks carry no outputs.

    python3 notebooks/run_notebooks.py                 # check, then execute all notebooks
    python3 notebooks/run_notebooks.py --check-only    # only the no-outputs check
    python3 notebooks/run_notebooks.py --clean         # strip outputs from the committed files

The run directory is $RECORDRELIEF_RUN_DIR (or --run-dir), default ../out/sample-run relative to
this folder. Executed copies and figures go to --out-dir (default notebooks/target/executed,
ignored by git); the committed notebooks are never written, except by --clean. Exit status 0
when every notebook ran without a cell error and every committed notebook is clean, 1 otherwise,
2 when the run directory or the notebook tooling is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_RUN_DIR = HERE / ".." / "out" / "sample-run"
DEFAULT_OUT_DIR = HERE / "target" / "executed"

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
except ImportError as e:  # pragma: no cover - message for a missing install
    print(f"run_notebooks: {e}. Install the pinned tools first:\n"
          f"    python3 -m pip install -r {HERE / 'requirements.txt'}", file=sys.stderr)
    sys.exit(2)


def notebooks() -> list[Path]:
    return sorted(HERE.glob("[0-9][0-9]-*.ipynb"))


def output_problems(path: Path) -> list[str]:
    """What makes a committed notebook not clean: outputs, execution counts or timings, the
    executing kernel's language_info, an invalid format."""
    problems = []
    nb = nbformat.read(path, as_version=4)
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        problems.append(f"not a valid notebook: {e.message}")
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            problems.append(f"cell {i} has {len(cell.outputs)} output(s)")
        if cell.get("execution_count") is not None:
            problems.append(f"cell {i} has execution_count {cell.execution_count}")
        if "execution" in cell.get("metadata", {}):
            problems.append(f"cell {i} has execution timing metadata")
    if set(nb.metadata.get("language_info", {})) - {"name"}:
        problems.append("notebook metadata carries the executing kernel's language_info")
    return problems


def clean(path: Path) -> bool:
    """Strip outputs, execution counts and timings in place; True when the file changed."""
    nb = nbformat.read(path, as_version=4)
    changed = False
    for cell in nb.cells:
        if cell.cell_type == "code":
            if cell.get("outputs") or cell.get("execution_count") is not None:
                changed = True
            cell.outputs = []
            cell.execution_count = None
        if "execution" in cell.get("metadata", {}):
            del cell.metadata["execution"]
            changed = True
    for key in ("widgets", "execution"):
        if key in nb.metadata:
            del nb.metadata[key]
            changed = True
    if set(nb.metadata.get("language_info", {})) - {"name"}:
        nb.metadata["language_info"] = {"name": "python"}
        changed = True
    if changed:
        nbformat.write(nb, path)
    return changed


def first_error(nb) -> tuple[int, str] | None:
    """Index and one-line summary of the first cell with an error output."""
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return i, f"{out.get('ename')}: {out.get('evalue')}"
    return None


def execute(path: Path, out_dir: Path, run_dir: Path, timeout: int) -> tuple[bool, float, str]:
    nb = nbformat.read(path, as_version=4)
    figures = out_dir / "figures" / path.stem
    env = {
        "RECORDRELIEF_RUN_DIR": str(run_dir),
        "RECORDRELIEF_FIGURES_DIR": str(figures),
        "MPLBACKEND": "Agg",
    }
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)  # the kernel inherits this process's environment
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(HERE)}})
    t0 = time.monotonic()
    ok, message = True, ""
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as e:
        ok = False
        err = first_error(nb)
        where = f"cell {err[0]}: {err[1]}" if err else str(e).strip().splitlines()[-1]
        message = f"{type(e).__name__} in {where}"
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    elapsed = time.monotonic() - t0
    out_dir.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, out_dir / path.name)
    return ok, elapsed, message


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--run-dir", help="published run directory (default: $RECORDRELIEF_RUN_DIR "
                   "or ../out/sample-run beside this folder)")
    p.add_argument("--out-dir", default=str(DEFAULT_OUT_DIR),
                   help="where executed copies and figures go (default: %(default)s)")
    p.add_argument("--timeout", type=int, default=600, help="seconds per cell (default 600)")
    p.add_argument("--check-only", action="store_true",
                   help="only check that the committed notebooks carry no outputs")
    p.add_argument("--clean", action="store_true",
                   help="strip outputs from the committed notebooks, then exit")
    args = p.parse_args(argv)

    books = notebooks()
    if not books:
        print(f"run_notebooks: no notebooks in {HERE}", file=sys.stderr)
        return 1

    if args.clean:
        for b in books:
            print(("cleaned   " if clean(b) else "clean     ") + b.name)
        return 0

    dirty = {b.name: output_problems(b) for b in books}
    dirty = {k: v for k, v in dirty.items() if v}
    for name, problems in dirty.items():
        print(f"NOT CLEAN {name}: " + "; ".join(problems[:5])
              + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""), file=sys.stderr)
    if dirty:
        print("run_notebooks: committed notebooks must carry no outputs; run "
              "`python3 notebooks/run_notebooks.py --clean` and commit the result.",
              file=sys.stderr)
    else:
        print(f"clean: {len(books)} committed notebooks carry no outputs")
    if args.check_only:
        return 1 if dirty else 0

    env_dir = os.environ.get("RECORDRELIEF_RUN_DIR")
    run_dir = Path(args.run_dir or env_dir or DEFAULT_RUN_DIR).expanduser().resolve()
    if not (run_dir / "_SUCCESS").is_file():
        print(f"run_notebooks: {run_dir} is not a published run (no _SUCCESS). Make one with "
              "./run-local.sh in the repository root, or set RECORDRELIEF_RUN_DIR.",
              file=sys.stderr)
        return 2
    out_dir = Path(args.out_dir).expanduser().resolve()
    if out_dir == HERE:
        print("run_notebooks: --out-dir must not be the notebooks folder (committed files)",
              file=sys.stderr)
        return 2

    print(f"run directory: {run_dir}")
    print(f"executed copies: {out_dir}")
    failures = []
    t_all = time.monotonic()
    for b in books:
        ok, secs, message = execute(b, out_dir, run_dir, args.timeout)
        print(f"{'ok    ' if ok else 'FAILED'} {b.name} ({secs:.1f} s)" + (f": {message}" if message else ""))
        if not ok:
            failures.append(f"{b.name}: {message} (executed copy: {out_dir / b.name})")
    print(f"{len(books) - len(failures)} of {len(books)} notebooks ran in "
          f"{time.monotonic() - t_all:.1f} s")
    if failures:
        print("run_notebooks: notebook errors:\n  " + "\n  ".join(failures), file=sys.stderr)
    return 1 if failures or dirty else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
