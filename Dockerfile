# Occupation Catalog: multi-stage image. The server is the same front door as `npm start`
# (scripts/serve.ts around Next's handler: TRUST_PROXY, timeouts, request ids), run as a non-root
# user; the database and the session secret live on the /data volume. Not Next's standalone
# server: it would let a client-sent X-Forwarded-For through.
#   docker build -t occupation-catalog .
#   docker run -p 3000:3000 -v catalog-data:/data occupation-catalog
#   docker exec -it <container> npm run catalog -- user add --email you@example.com --role admin

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# The image keeps Node's headers under /usr/local (the .npmrc points to /usr for Debian's Node).
ENV npm_config_nodedir=/usr/local PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npx next build && rm -rf .next/cache && npm prune --omit=dev

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_RUNTIME=nodejs NEXT_TELEMETRY_DISABLED=1 PORT=3000 DATABASE_URL=file:/data/catalog.db
RUN groupadd --system catalog && useradd --system --gid catalog --home /app catalog && mkdir -p /data && chown catalog:catalog /data
# The build, the front door and its config, the migrations it applies at start, and (for the
# command-line tool: users, imports, backups) the production node_modules and sources.
COPY --from=build --chown=catalog:catalog /app/.next ./.next
COPY --from=build --chown=catalog:catalog /app/node_modules ./node_modules
COPY --from=build --chown=catalog:catalog /app/package.json /app/tsconfig.json /app/next.config.ts ./
COPY --from=build --chown=catalog:catalog /app/scripts ./scripts
COPY --from=build --chown=catalog:catalog /app/drizzle ./drizzle
COPY --from=build --chown=catalog:catalog /app/db ./db
COPY --from=build --chown=catalog:catalog /app/lib ./lib
USER catalog
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "scripts/serve.ts"]
