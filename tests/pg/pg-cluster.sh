#!/usr/bin/env bash
# Starts or stops a private PostgreSQL cluster for the tests:
#   pg-cluster.sh start STATE_DIR   initdb into a temporary folder, listen on
#                                   127.0.0.1 on a free port, create the database
#                                   "suivi_test", write its URL to STATE_DIR/url;
#                                   members of the role suivi_password_users must
#                                   give a password, everyone else is trusted
#   pg-cluster.sh stop STATE_DIR    stop it and remove its folder
# When run as root (as CI is), the cluster belongs to the unprivileged
# "postgres" user that Debian's postgresql package creates.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
mkdir -p "$state"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg-cluster: PostgreSQL server binaries not found (install the postgresql package)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}

case "$action" in
start)
  if [ -f "$state/datadir" ] && [ -d "$(cat "$state/datadir")" ]; then
    "$0" stop "$state" || true
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/suivi-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  as_owner "'$bindir/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1" || {
    echo "pg-cluster: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }
  # Local connections are trusted, except for members of suivi_password_users, who
  # must give their password: the tests of password prompts and PGPASSWORD use them.
  hba="$dir/data/pg_hba.conf"
  as_owner "printf 'host all +suivi_password_users 127.0.0.1/32 scram-sha-256\\n' > '$hba.new' && cat '$hba' >> '$hba.new' && mv '$hba.new' '$hba'"
  as_owner "'$bindir/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100\" start >/dev/null" || {
    echo "pg-cluster: the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
  "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE suivi_test" -c "CREATE ROLE suivi_password_users NOLOGIN" >/dev/null
  echo "$dir" > "$state/datadir"
  echo "$port" > "$state/port"
  echo "postgresql://postgres@127.0.0.1:$port/suivi_test" > "$state/url"
  echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir)"
  ;;
stop)
  if [ -f "$state/datadir" ]; then
    dir=$(cat "$state/datadir")
    if [ -d "$dir/data" ]; then
      as_owner "'$bindir/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    fi
    rm -rf "$dir"
    rm -f "$state/datadir" "$state/port" "$state/url"
  fi
  echo "PostgreSQL test cluster stopped"
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
