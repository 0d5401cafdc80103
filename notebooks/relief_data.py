"""Shared helpers of the analyst notebooks: where the published run is, DuckDB views over its
Parquet, small-cell suppression and headless charts.

The notebooks read only the published Parquet of one run (``DIR/analytics``,
``DIR/determinations``, ``DIR/persons``, ``DIR/convictions``). The run directory comes from the
environment variable ``RECORDRELIEF_RUN_DIR``; without it, ``../out/sample-run`` relative to this
folder (what ``./run-local.sh`` writes).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # headless and deterministic; figures are shown as PNG images

import duckdb  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

NOTEBOOKS_DIR = Path(__file__).resolve().parent
DEFAULT_RUN_DIR = NOTEBOOKS_DIR / ".." / "out" / "sample-run"

#: Cells (groups) with fewer people or counts than this are suppressed in published tables.
MIN_CELL = 11

#: Statutory outcomes that grant relief (NEEDS_REVIEW is counted as not granted).
RELIEF_OUTCOMES = ("DISMISS_AND_SEAL", "REDUCE_TO_MISDEMEANOR", "REDUCE_TO_INFRACTION")
OUTCOME_ORDER = ("DISMISS_AND_SEAL", "REDUCE_TO_INFRACTION", "REDUCE_TO_MISDEMEANOR",
                 "NEEDS_REVIEW", "NOT_ELIGIBLE")

# The analytics columns the fallback rebuilds from determinations/ + persons/ + convictions/.
_FALLBACK_SQL = """
CREATE OR REPLACE VIEW analytics AS
SELECT d.run_id, d.as_of_date,
       sha256(d.person_id) AS person_key,           -- not the pipeline's keyed HMAC
       d.county, d.county_fips, d.conviction_year,
       (d.conviction_year // 10) * 10 AS conviction_decade,
       c.offense_year, d.section, d.code_section, d.attempt, d.level, d.current_level,
       d.age_tier, d.relevance, d.legal_outcome, d.candidate_outcome, d.legal_rule_id,
       d.track, d.sentence_status, d.flags, d.policy_id, d.policy_outcome,
       d.policy_vs_baseline, d.identity_status,
       p.gender AS sex, p.race,
       p.conviction_count, p.felony_conviction_count, p.prop64_conviction_count,
       p.felony_convictions_after_relief, p.convictions_after_relief,
       d.county_slug
FROM determinations d
LEFT JOIN persons p ON p.person_id = d.person_id
LEFT JOIN convictions c ON c.person_id = d.person_id AND c.count_key = d.count_key
"""


class RunNotFound(RuntimeError):
    """The run directory is missing or not a complete published run."""


@dataclass
class Run:
    """One published run opened in DuckDB."""

    dir: Path
    con: duckdb.DuckDBPyConnection
    analytics_source: str  # "analytics" or "fallback"
    run_id: str
    as_of_date: str

    def sql(self, query: str, params: list | None = None) -> pd.DataFrame:
        """Run a query and return a pandas DataFrame (counts as integers)."""
        cur = self.con.execute(query, params or [])
        types = [str(d[1]) for d in cur.description]
        df = cur.df()
        for name, t in zip(df.columns, types):
            if t in ("HUGEINT", "UHUGEINT"):  # count_if and sum give HUGEINT: keep them integers
                df[name] = df[name].astype("Int64")
        return df

    def execute(self, statement: str, params: list | None = None) -> None:
        """Run a statement that returns nothing to show (CREATE VIEW ...)."""
        self.con.execute(statement, params or []).fetchall()

    def scalar(self, query: str, params: list | None = None):
        rows = self.con.execute(query, params or []).fetchall()  # fetch to the end
        return rows[0][0] if rows else None

    def describe(self) -> None:
        print(f"run directory : {self.dir}")
        print(f"run id        : {self.run_id}")
        print(f"as-of date    : {self.as_of_date}")
        if self.analytics_source == "analytics":
            print("analytics     : analytics/ (no direct identifiers; person_key is a keyed pseudonym)")
        else:
            print("analytics     : FALLBACK - " + FALLBACK_MESSAGE)


FALLBACK_MESSAGE = (
    "this run has no analytics/ dataset (it was made by a pipeline without the analytics stage). "
    "The view 'analytics' is rebuilt here from determinations/, persons/ and convictions/, which "
    "hold direct identifiers: only aggregates are shown, and person_key is an unkeyed hash that "
    "must not be shared. Re-run the pipeline to get analytics/."
)


def run_dir() -> Path:
    """The run directory: $RECORDRELIEF_RUN_DIR, else ../out/sample-run beside this folder."""
    env = os.environ.get("RECORDRELIEF_RUN_DIR")
    return (Path(env).expanduser() if env else DEFAULT_RUN_DIR).resolve()


def _parquet(path: Path, partitioned: bool) -> str:
    glob = str(path / ("*/*.parquet" if partitioned else "*.parquet")).replace("'", "''")
    return f"read_parquet('{glob}', hive_partitioning = {str(partitioned).lower()})"


def open_run(path: Path | str | None = None, require_analytics: bool = False) -> Run:
    """Open a published run: views analytics, determinations, persons, convictions.

    Without analytics/ the 'analytics' view is rebuilt from the other datasets (a printed
    warning says so); with ``require_analytics=True`` that raises instead.
    """
    d = Path(path).resolve() if path else run_dir()
    if not d.is_dir():
        raise RunNotFound(
            f"no run at {d}. Run ./run-local.sh in the repository root (it writes out/sample-run) "
            "or set RECORDRELIEF_RUN_DIR to a published run directory.")
    if not (d / "_SUCCESS").exists():
        raise RunNotFound(f"{d} is not a complete published run (no _SUCCESS file).")
    con = duckdb.connect()
    datasets = {"determinations": True, "convictions": True, "persons": False}
    for name, partitioned in datasets.items():
        if not (d / name).is_dir():
            raise RunNotFound(f"{d} has no {name}/ dataset.")
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM {_parquet(d / name, partitioned)}")
    if (d / "analytics").is_dir() and any((d / "analytics").glob("*/*.parquet")):
        con.execute(f"CREATE VIEW analytics AS SELECT * FROM {_parquet(d / 'analytics', True)}")
        source = "analytics"
    else:
        if require_analytics:
            raise RunNotFound(f"{d} has no analytics/ dataset. " + FALLBACK_MESSAGE)
        print("WARNING: " + FALLBACK_MESSAGE)
        con.execute(_FALLBACK_SQL)
        source = "fallback"
    run_id, as_of = con.execute(
        "SELECT any_value(run_id), CAST(any_value(as_of_date) AS VARCHAR) FROM determinations"
    ).fetchall()[0]
    return Run(d, con, source, run_id or "(no determinations)", as_of or "")


def suppress(df: pd.DataFrame, n_col: str, cols: list[str] | None = None,
             min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Blank ``cols`` (default: every numeric column) where ``df[n_col] < min_cell``.

    Small groups can single out a person and give unstable rates; suppressed cells show <NA>
    and the column ``suppressed`` says which rows were blanked.
    """
    out = df.copy()
    small = out[n_col] < min_cell
    targets = cols if cols is not None else [
        c for c in out.columns if pd.api.types.is_numeric_dtype(out[c])]
    for c in targets:
        out[c] = out[c].astype("Float64")
        out.loc[small, c] = pd.NA
    out["suppressed"] = small
    return out


def show(fig, name: str) -> None:
    """Display a figure as PNG (works headless) and save it when $RECORDRELIEF_FIGURES_DIR is set."""
    from IPython.display import Image, display

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    target = os.environ.get("RECORDRELIEF_FIGURES_DIR")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        (Path(target) / f"{name}.png").write_bytes(buf.getvalue())
    plt.close(fig)
    display(Image(data=buf.getvalue()))
