# One image for the four services and the console; docker-compose picks which with SERVICE.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts are needed in the image: the embedded Postgres and broker are for local runs only.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/triage/config ./apps/triage/config
COPY --from=build /app/apps/console/views ./apps/console/views
COPY --from=build /app/apps/console/public ./apps/console/public
USER node
ENV SERVICE=intake
CMD ["sh", "-c", "exec node --enable-source-maps dist/apps/${SERVICE}/src/main.js"]
