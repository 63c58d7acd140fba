#!/usr/bin/env bash
# Proves the README's first command on this machine: a first start (database created, migrated, demo
# data loaded), a clean stop with SIGINT, and a second start that finds the same data.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
chmod 755 "$dir"
port=${SMOKE_PORT:-3199}
export PORT=$port PG_DATA_DIR="$dir/postgres" FILES_DIR="$dir/files" LOG_LEVEL=warn

if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  echo "Le port $port est déjà occupé par un autre processus : choisissez SMOKE_PORT."; exit 1
fi

start_and_wait() {
  node scripts/start.mjs >"$dir/start.log" 2>&1 &
  pid=$!
  local t0=$(date +%s%N)
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then
      echo "  prêt en $(( ($(date +%s%N) - t0) / 1000000 )) ms"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/start.log"; return 1; fi
    sleep 0.5
  done
  cat "$dir/start.log"
  return 1
}

echo "Premier démarrage :"
start_and_wait
curl -fsS -X POST "http://127.0.0.1:$port/api/session" -H 'content-type: application/json' \
  -d '{"email":"julien.martin@au-pain-dore.test","motDePasse":"Portail-Demo-2026!"}' | grep -q 'AU PAIN DOR'
kill -INT "$pid"; wait "$pid"
grep -q 'Arrêté.' "$dir/start.log"

echo "Second démarrage (mêmes données) :"
start_and_wait
grep -q 'julien.martin@au-pain-dore.test' "$dir/start.log"
if grep -q 'Données de démonstration chargées' "$dir/start.log"; then echo "les données ont été rechargées : elles n'étaient pas gardées"; exit 1; fi
kill -TERM "$pid"; wait "$pid"
rm -rf "$dir"
echo "Démarrage, arrêt propre et redémarrage : OK"
