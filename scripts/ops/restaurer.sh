#!/usr/bin/env bash
# Restauration d'une sauvegarde faite par sauvegarder.sh, dans une base VIDE et un dossier de fichiers vide.
#
#   DATABASE_URL=postgres://…/mse FILES_DIR=/srv/mse/files scripts/ops/restaurer.sh /sauvegardes/mse/20261202-031500
#
# Arrêtez d'abord l'application et les workers. Vérifie le manifeste SHA256SUMS avant de toucher à quoi
# que ce soit ; refuse une base qui contient déjà des tables (pas d'écrasement par erreur) ; créez-la
# vide au besoin (createdb). Relancez ensuite l'application : les migrations plus récentes que la
# sauvegarde s'appliquent au démarrage.
set -euo pipefail
dossier=${1:?"Usage : restaurer.sh <dossier de sauvegarde>"}
: "${DATABASE_URL:?DATABASE_URL est obligatoire (la base vide où restaurer)}"
PG_BIN=${PG_BIN:-}
pg_restore=${PG_BIN:+$PG_BIN/}pg_restore
psql=${PG_BIN:+$PG_BIN/}psql

echo "Vérification du manifeste…"
(cd "$dossier" && sha256sum --check --quiet SHA256SUMS)

tables=$("$psql" "$DATABASE_URL" --tuples-only --no-align --command "select count(*) from information_schema.tables where table_schema in ('public', 'drizzle', 'pgboss')")
if [ "$tables" != "0" ]; then
  echo "La base cible contient déjà $tables table(s) : restauration refusée (videz-la ou créez-en une neuve avec createdb)." >&2
  exit 1
fi

echo "Base de données ← $dossier/base.dump"
"$pg_restore" --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$dossier/base.dump"

if [ -f "$dossier/fichiers.tar.gz" ]; then
  : "${FILES_DIR:?FILES_DIR est obligatoire : la sauvegarde contient des fichiers}"
  mkdir -p "$FILES_DIR"
  if [ -n "$(ls -A "$FILES_DIR")" ]; then
    echo "Le dossier $FILES_DIR n'est pas vide : restauration des fichiers refusée." >&2
    exit 1
  fi
  echo "Fichiers ← $dossier/fichiers.tar.gz"
  tar --extract --gzip --file="$dossier/fichiers.tar.gz" --directory="$FILES_DIR" --no-same-owner
fi
echo "Restauration terminée."
