# One image for the four services, the console and the one-shot jobs (provision, topics); SERVICE picks the process.
# Node 22 LTS: @nestjs/common's file-type declares Node >= 22.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the embedded Postgres and broker they prepare are for local runs and tests, never for the image.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build

# Production dependencies only: no embedded Postgres, SMTP test server, compiler or test tools in the final image.
FROM node:22-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force

FROM node:22-bookworm-slim
ENV NODE_ENV=production HTTP_HOST=0.0.0.0 SERVICE=intake
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/triage/config ./apps/triage/config
COPY --from=build /app/apps/console/views ./apps/console/views
COPY --from=build /app/apps/console/public ./apps/console/public
# Where the provisioner writes the first people's secrets (a volume in compose), the only place `node` may write.
RUN mkdir -p /run/redress && chown node:node /run/redress && chmod 700 /run/redress
# Root owns the code; the processes run as the image's unprivileged `node` user and cannot change it.
USER node
# Caps each process's V8 heap (scripts/stack/service-process.ts says why); set NODE_OPTIONS to change it.
ENV NODE_OPTIONS=--max-old-space-size=256
EXPOSE 3000 3001 3002 3003 3004
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "dist/scripts/ops/health-probe.cli.js"]
CMD ["sh", "-c", "exec node --enable-source-maps --experimental-async-context-frame dist/apps/${SERVICE}/src/main.js"]
