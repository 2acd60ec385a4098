#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets, generated from the one model.
# Usage: .ci/add-migration.sh NAME      (see docs/database.md)
set -euo pipefail
cd "$(dirname "$0")/.."
naam=${1:?"Gebruik: .ci/add-migration.sh NAAM"}
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$naam" \
    --project "src/Socrates.Migrations.$provider" \
    --startup-project src/Socrates.Web \
    --output-dir Migrations \
    -- --Database:Provider=$provider --ConnectionStrings:SqlServer="Server=ontwerp;Database=Socrates;Trusted_Connection=True" --Logboek:Bestand=
done
