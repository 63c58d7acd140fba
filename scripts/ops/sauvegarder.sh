#!/usr/bin/env bash
# Sauvegarde complète de Mes services en ligne : la base PostgreSQL (pg_dump, format « custom ») et le
# dossier des fichiers déposés (FILES_DIR), avec un manifeste SHA256SUMS pour vérifier l'ensemble.
#
#   DATABASE_URL=postgres://… FILES_DIR=/srv/mse/files scripts/ops/sauvegarder.sh /sauvegardes/mse
#
# Crée /sauvegardes/mse/AAAAMMJJ-HHMMSS/ (base.dump, fichiers.tar.gz, SHA256SUMS) et affiche ce chemin.
# Sans arrêt du service : pg_dump lit un instantané cohérent ; les fichiers sont copiés après la base, et
# un fichier n'est jamais modifié une fois écrit (clé unique par dépôt), donc tout fichier que la base
# cite est dans l'archive. Avec S3 (S3_*), sauvegardez le bucket par ses propres outils (versionnement,
# réplication) : ce script ne sauvegarde alors que la base.
# PG_BIN : dossier de pg_dump, de la même version majeure que le serveur ou plus récente.
set -euo pipefail
destination=${1:?"Usage : sauvegarder.sh <dossier de destination>"}
: "${DATABASE_URL:?DATABASE_URL est obligatoire (postgres://utilisateur:motdepasse@hôte:port/base)}"
PG_BIN=${PG_BIN:-}
pg_dump=${PG_BIN:+$PG_BIN/}pg_dump

dossier="$destination/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$dossier"
chmod 700 "$dossier"

echo "Base de données → $dossier/base.dump"
"$pg_dump" --format=custom --compress=6 --no-owner --no-privileges --file="$dossier/base.dump" "$DATABASE_URL"

if [ -n "${FILES_DIR:-}" ] && [ -d "$FILES_DIR" ]; then
  echo "Fichiers ($FILES_DIR) → $dossier/fichiers.tar.gz"
  tar --create --gzip --file="$dossier/fichiers.tar.gz" --directory="$FILES_DIR" .
else
  echo "Pas de dossier de fichiers local (FILES_DIR absent ou S3) : seule la base est sauvegardée."
fi

(cd "$dossier" && sha256sum -- * > SHA256SUMS)
echo "Sauvegarde terminée : $dossier"
