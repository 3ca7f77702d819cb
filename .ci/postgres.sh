#!/usr/bin/env bash
# A throwaway PostgreSQL server for the kennisbank storage tests.
#
#   eval "$(bash .ci/postgres.sh start)"   # installs if needed, starts, exports
#   ...                                    #   KENNISBANK_TEST_POSTGRES (a DSN) and
#   ...                                    #   KENNISBANK_PG_DIR (its directory)
#   bash .ci/postgres.sh stop              # stops it and removes its directory
#
# start installs PostgreSQL from the Debian packages when no initdb is found
# (this needs root), creates a cluster in a new temporary directory, owned by
# an unprivileged user (postgres, created when missing) when run as root,
# starts it listening on 127.0.0.1 only, on a free port, with password
# authentication, and creates a database. Its stdout is only the export
# lines, so that eval can take them; progress goes to stderr. The cluster is
# for tests only: it runs with fsync off, so a crash of the machine may lose
# it, which does not matter for data that every test run creates anew.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
	local initdb
	initdb=$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
	[ -n "$initdb" ] && dirname "$initdb"
}

install_postgres() {
	if [ "$(id -u)" -ne 0 ]; then
		log "PostgreSQL is not installed and only root can install it (apt-get install postgresql)"
		exit 1
	fi
	log "installing PostgreSQL from the Debian packages"
	# Do not let the package create and start a cluster of its own.
	mkdir -p /etc/postgresql-common
	if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
		echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.conf
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >&2
}

# as_owner runs a command as the owner of the cluster: the postgres user
# when we are root (initdb refuses to run as root), else ourselves.
as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

free_port() {
	python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
	local bindir dir port password user=kennisbank db=kennisbank_test
	bindir=$(find_bindir || true)
	if [ -z "$bindir" ]; then
		install_postgres
		bindir=$(find_bindir || true)
		[ -n "$bindir" ] || { log "no initdb after installing PostgreSQL"; exit 1; }
	fi
	if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
		log "creating the unprivileged user postgres"
		useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
	fi

	dir=$(mktemp -d "${TMPDIR:-/tmp}/kennisbank-pg.XXXXXX")
	chmod 700 "$dir"
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
	( umask 077; echo "$password" >"$dir/pwfile" )
	[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"

	cd "$dir"
	log "creating a cluster in $dir with $bindir"
	as_owner "$bindir/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" \
		--auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	rm -f "$dir/pwfile"

	local tries=0
	while :; do
		port=$(free_port)
		if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
			-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2; then
			break
		fi
		tries=$((tries + 1))
		if [ "$tries" -ge 3 ]; then
			cat "$dir/server.log" >&2
			exit 1
		fi
		log "start on port $port failed; trying another port"
	done

	PGPASSWORD=$password "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db"
	log "PostgreSQL is listening on 127.0.0.1:$port, database $db"
	echo "export KENNISBANK_PG_DIR='$dir'"
	echo "export KENNISBANK_TEST_POSTGRES='postgres://$user:$password@127.0.0.1:$port/$db?sslmode=disable'"
}

stop() {
	local dir=${1:-${KENNISBANK_PG_DIR:-}} bindir
	if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
		log "nothing to stop (no KENNISBANK_PG_DIR)"
		return 0
	fi
	bindir=$(find_bindir)
	cd "$dir"
	as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
	cd /
	rm -rf "$dir"
	log "stopped and removed $dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*)
	echo "usage: $0 start | stop [dir]" >&2
	exit 2
	;;
esac
