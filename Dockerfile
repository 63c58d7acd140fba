# Mes services en ligne — image de l'application (API + portail web + travaux en file).
# Construite par `docker build -t mes-services-en-ligne .` ; utilisée par compose.yaml.
# Le même fichier sert au processus web (commande par défaut) et aux workers (`npm run worker`).

# 1. Construction du portail web (Vite) avec toutes les dépendances.
FROM node:20.19-bookworm-slim AS construction
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Exécution : dépendances de production seulement, le portail construit à côté.
FROM node:20.19-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 FILES_DIR=/var/lib/mse/fichiers
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY apps/api apps/api
COPY packages/shared packages/shared
COPY --from=construction /app/apps/web/dist apps/web/dist
RUN mkdir -p /var/lib/mse/fichiers && chown -R node:node /var/lib/mse
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# server.ts directly (not `npm start`, which would rebuild the web app): SIGTERM reaches Node for a clean stop.
CMD ["node", "--import", "tsx", "apps/api/src/server.ts"]
