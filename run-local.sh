#!/usr/bin/env bash
# The one entry point for people. Builds the project when needed, then runs a command in local
# mode with the JVM flags Spark 4 needs on Java 17. Without arguments: generate the bundled
# synthetic statewide sample once and run the whole pipeline on it. `cluster start|stop|status`
# manages a Spark standalone cluster on 127.0.0.1 (below); every other command (run, generate,
# evaluate-identity, bench, policy; see --help) goes to the Java entry point unchanged.
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
  local cluster_flags
  mapfile -t cluster_flags < <(cluster_driver_flags "$@")
  exec java -Xmx"$HEAP" "${JVM_FLAGS[@]}" "${cluster_flags[@]}" \
    -Drecordrelief.codeVersion="$(code_version)" -cp "$cp" org.recordrelief.job.Main "$@"
}

java_run() {
  build_if_needed
  local cp="$ROOT/jobs/target/classes:$(cat "$ROOT/jobs/target/classpath.txt")"
  java -Xmx"$HEAP" "${JVM_FLAGS[@]}" -Drecordrelief.codeVersion="$(code_version)" \
    -cp "$cp" org.recordrelief.job.Main "$@"
}

# --- A Spark standalone cluster on this machine (./run-local.sh cluster start|stop|status) ------
# No Spark download: SPARK_HOME is a directory of links to the Maven-resolved jars. One master and
# two workers, all on 127.0.0.1; PID files and logs under out/cluster/. Sized for a 2-core,
# 24 GiB machine: each worker offers 1 core and WORKER_MEMORY, each executor takes 1 core and
# EXECUTOR_MEMORY (must fit in WORKER_MEMORY).
CLUSTER_DIR="$ROOT/out/cluster"
CLUSTER_PORT="${RECORDRELIEF_CLUSTER_PORT:-7077}"
CLUSTER_UI_PORT="${RECORDRELIEF_CLUSTER_UI_PORT:-8080}"
CLUSTER_MASTER="spark://127.0.0.1:$CLUSTER_PORT"
WORKER_MEMORY="${RECORDRELIEF_WORKER_MEMORY:-3g}"
EXECUTOR_MEMORY="${RECORDRELIEF_EXECUTOR_MEMORY:-2g}"
CLUSTER_DAEMONS=(master worker-1 worker-2)

daemon_pid() { cat "$CLUSTER_DIR/$1.pid" 2>/dev/null || true; }
daemon_alive() { local pid; pid="$(daemon_pid "$1")"; [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; }

# SPARK_HOME for the daemons and the executors the workers launch: jars/ = the runtime classpath.
cluster_spark_home() {
  build_if_needed
  local home="$CLUSTER_DIR/spark-home"
  rm -rf "$home"
  mkdir -p "$home/jars" "$home/conf"
  tr ':' '\n' < "$ROOT/jobs/target/classpath.txt" | while read -r jar; do
    [[ -n "$jar" ]] && ln -s "$jar" "$home/jars/"
  done
  cat > "$home/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
logger.nativecode.name = org.apache.hadoop.util.NativeCodeLoader
logger.nativecode.level = error
LOG
  echo "$home"
}

# Start one daemon detached from this shell (setsid), remembering its PID.
start_daemon() {
  local name="$1" home="$2"; shift 2
  SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    setsid java -Xmx512m "${JVM_FLAGS[@]}" -cp "$home/conf:$home/jars/*" "$@" \
    > "$CLUSTER_DIR/$name.log" 2>&1 < /dev/null &
  echo $! > "$CLUSTER_DIR/$name.pid"
}

# The master's JSON view (workers and their state), or nothing when it does not answer.
master_json() { curl -s --max-time 2 "http://127.0.0.1:$CLUSTER_UI_PORT/json/" 2>/dev/null || true; }
alive_workers() { master_json | grep -o '"state" *: *"ALIVE"' | wc -l; }

cluster_start() {
  mkdir -p "$CLUSTER_DIR"
  for d in "${CLUSTER_DAEMONS[@]}"; do
    if daemon_alive "$d"; then
      echo "cluster already running ($d pid $(daemon_pid "$d")); ./run-local.sh cluster stop first" >&2
      exit 2
    fi
  done
  local home
  home="$(cluster_spark_home)"
  start_daemon master "$home" -Dspark.master.rest.enabled=false \
    org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$CLUSTER_PORT" \
    --webui-port "$CLUSTER_UI_PORT"
  for i in 1 2; do
    start_daemon "worker-$i" "$home" org.apache.spark.deploy.worker.Worker "$CLUSTER_MASTER" \
      --host 127.0.0.1 --cores 1 --memory "$WORKER_MEMORY" --webui-port 0 \
      --work-dir "$CLUSTER_DIR/work-$i"
  done
  for _ in $(seq 1 60); do
    if [[ "$(alive_workers)" -ge 2 ]]; then
      echo "cluster up: $CLUSTER_MASTER (UI http://127.0.0.1:$CLUSTER_UI_PORT), 2 workers x 1 core, $WORKER_MEMORY"
      echo "run on it: ./run-local.sh run --master $CLUSTER_MASTER --input ... --output ..."
      return
    fi
    for d in "${CLUSTER_DAEMONS[@]}"; do
      daemon_alive "$d" || { echo "cluster: $d exited; see $CLUSTER_DIR/$d.log" >&2; cluster_stop; exit 1; }
    done
    sleep 1
  done
  echo "cluster: workers did not register within 60 s; see $CLUSTER_DIR/*.log" >&2
  cluster_stop
  exit 1
}

cluster_status() {
  local d pid
  for d in "${CLUSTER_DAEMONS[@]}"; do
    pid="$(daemon_pid "$d")"
    if daemon_alive "$d"; then echo "$d: alive (pid $pid)"; else echo "$d: dead"; fi
  done
  local json
  json="$(master_json)"
  if [[ -z "$json" ]]; then
    echo "master: not answering on http://127.0.0.1:$CLUSTER_UI_PORT/json/"
  else
    echo "master $CLUSTER_MASTER, workers:"
    # The JSON is pretty-printed one field a line; pick each worker's fields in order.
    awk -F' : ' '/"workers"/ { w = 1 } /"aliveworkers"/ { w = 0 }
      w { v = $2; gsub(/[",]/, "", v) }
      w && /^ *"id" / { id = v } w && /^ *"port" / { port = v }
      w && /^ *"cores" / { cores = v } w && /^ *"memory" / { mem = v }
      w && /^ *"state" / { printf "  %s port %s: %s, %s core(s), %s MB\n", id, port, v, cores, mem }' \
      <<<"$json"
  fi
}

cluster_stop() {
  local d pid children
  # Workers first (each stops its executors), then the master; whatever outlives a TERM for
  # 15 s is killed. Executors are found through their worker's PID, never by name.
  for d in worker-2 worker-1 master; do
    pid="$(daemon_pid "$d")"
    [[ -z "$pid" ]] && continue
    if kill -0 "$pid" 2>/dev/null; then
      children="$(ps -o pid= --ppid "$pid" 2>/dev/null || true)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      for c in $children; do kill -0 "$c" 2>/dev/null && kill -9 "$c" 2>/dev/null || true; done
      echo "$d (pid $pid) stopped"
    fi
    rm -f "$CLUSTER_DIR/$d.pid"
  done
}

# Flags for a driver that submits to a spark:// master: ship the application jar (the job's
# lambdas and classes), size executors to the workers, pin the executors' time zone. Spark reads
# spark.* system properties as defaults; --config values override them.
cluster_driver_flags() {
  local arg
  for arg in "$@"; do
    if [[ "$arg" == spark://* ]]; then
      local jar
      jar="$(ls "$ROOT"/jobs/target/record-relief-jobs-*.jar 2>/dev/null | grep -v -e '-app\.jar$' -e '-tests\.jar$' | head -1)"
      echo "-Dspark.jars=$jar"
      echo "-Dspark.executor.memory=$EXECUTOR_MEMORY"
      echo "-Dspark.executor.cores=1"
      echo "-Dspark.executor.extraJavaOptions=-Duser.timezone=America/Los_Angeles"
      return
    fi
  done
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
  # The bench JVM only orchestrates; the pipeline JVM it starts gets --heap (default 6g).
  bench) HEAP=512m; java_main "$@" ;;
  cluster)
    case "${2:-}" in
      start) cluster_start ;;
      stop) cluster_stop ;;
      status) cluster_status ;;
      *) echo "usage: run-local.sh cluster start|stop|status" >&2; exit 2 ;;
    esac ;;
  *) java_main "$@" ;;
esac
