#!/bin/sh
# Primary's first start: let the replica connect for streaming replication (pg_basebackup -R).
set -e
echo "host replication sjc all scram-sha-256" >> "$PGDATA/pg_hba.conf"
