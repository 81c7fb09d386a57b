#!/usr/bin/env sh
# Generates the Prisma client without the native schema engine, which Prisma's CLI
# tries to download at start-up (its host is unreachable here). Generation itself is
# WebAssembly; pointing the variable at an executable that exits non-zero is enough.
set -e
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
exec npx --no-install prisma generate "$@"
