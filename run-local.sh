#!/usr/bin/env bash
# The one entry point for people. Builds the project when needed, then runs a command in local
# mode with the JVM flags Spark 4 needs on Java 17. Without arguments: generate the bundled
# synthetic statewide sample once and run the whole pipeline on it. Other commands (run, generate,
# evaluate-identity, policy; see --help) go to the Java entry point unchanged.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export SPARK_LOCAL_IP=127.0.0.1

SAMPLE_PEOPLE="${RECORDRELIEF_SAMPLE_PEOPLE:-5000}"
SAMPLE_SEED="${RECORDRELIEF_SAMPLE_SEED:-20261127}"
SAMPLE_DIR="$ROOT/data/sample"
SAMPLE_OUT="$ROOT/out/sample-run"
SAMPLE_AS_OF="2026-06-30"
HEAP="${RECORDRELIEF_HEAP:-6g}"

JVM_FLAGS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Duser.timezone=America/Los_Angeles
)

# Build when target/ is missing or any source, schema, config or pom is newer than the last build.
build_if_needed() {
  local stamp="$ROOT/jobs/target/.build-stamp"
  if [[ -f "$stamp" && -f "$ROOT/jobs/target/classpath.txt" ]] \
     && [[ -z "$(find "$ROOT/jobs/src/main" "$ROOT/schemas" "$ROOT/conf" "$ROOT/pom.xml" "$ROOT/jobs/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]]; then
    return
  fi
  echo "building (mvn -DskipTests package)..." >&2
  mvn -B -ntp -q -DskipTests package -f "$ROOT/pom.xml" >&2
  touch "$stamp"
}

code_version() {
  local v
  v="$(git -C "$ROOT" describe --always --dirty 2>/dev/null || true)"
  echo "${v:-dev}"
}

java_main() {
  build_if_needed
  local cp="$ROOT/jobs/target/classes:$(cat "$ROOT/jobs/target/classpath.txt")"
  exec java -Xmx"$HEAP" "${JVM_FLAGS[@]}" -Drecordrelief.codeVersion="$(code_version)" \
    -cp "$cp" org.recordrelief.job.Main "$@"
}

java_run() {
  build_if_needed
  local cp="$ROOT/jobs/target/classes:$(cat "$ROOT/jobs/target/classpath.txt")"
  java -Xmx"$HEAP" "${JVM_FLAGS[@]}" -Drecordrelief.codeVersion="$(code_version)" \
    -cp "$cp" org.recordrelief.job.Main "$@"
}

if [[ $# -eq 0 ]]; then
  if [[ ! -f "$SAMPLE_DIR/generation.json" ]]; then
    echo "generating the bundled synthetic sample ($SAMPLE_PEOPLE people, seed $SAMPLE_SEED) in $SAMPLE_DIR" >&2
    rm -rf "$SAMPLE_DIR"
    java_run generate --people "$SAMPLE_PEOPLE" --seed "$SAMPLE_SEED" --output "$SAMPLE_DIR"
  fi
  java_run run --input "$SAMPLE_DIR/doj" --output "$SAMPLE_OUT" --as-of "$SAMPLE_AS_OF" ${RECORDRELIEF_QUIET:+--quiet}
  # The analyst notebooks, executed against this run. Their pinned Python packages go into a
  # project-local virtualenv (out/.venv-notebooks) the first time, unless already importable.
  NB_PY=python3
  if ! python3 -c "import duckdb, pandas, matplotlib, nbclient, ipykernel" 2>/dev/null; then
    NB_PY="$ROOT/out/.venv-notebooks/bin/python"
    if [[ ! -x "$NB_PY" ]] || ! "$NB_PY" -c "import duckdb, nbclient" 2>/dev/null; then
      echo "installing the notebooks' Python packages into out/.venv-notebooks ..." >&2
      python3 -m venv "$ROOT/out/.venv-notebooks" \
        && "$NB_PY" -m pip install -q -r "$ROOT/notebooks/requirements.txt" >&2 \
        || NB_PY=""
    fi
  fi
  if [[ -n "$NB_PY" ]]; then
    "$NB_PY" "$ROOT/notebooks/run_notebooks.py" --run-dir "$SAMPLE_OUT" \
      --out-dir "$SAMPLE_OUT/notebooks" 2> >(grep -v "IPKernelApp" >&2)
  else
    echo "(analyst notebooks not executed: python3 -m pip install -r notebooks/requirements.txt)"
  fi
  echo "done: $SAMPLE_OUT (report.html, summary.json, exports/<county>/, determinations/, analytics/, notebooks/)"
  exit 0
fi

case "$1" in
  -h|--help|help) java_main --help ;;
  *) java_main "$@" ;;
esac
