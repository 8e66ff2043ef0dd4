# Sourced by scripts/test.sh. Starts throwaway PostgreSQL and MariaDB
# servers for the oracle's database tests, on loopback ports with data
# directories under a temporary directory, exports their DSNs and stops
# them on exit:
#
#   RELCHECK_POSTGRES_DSN  postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable
#   RELCHECK_MYSQL_DSN     relcheck@tcp(127.0.0.1:PORT)/
#
# When a server is missing and we run as root with apt-get (a CI machine),
# it installs the Debian packages postgresql and mariadb-server first. Set
# RELCHECK_NO_DATABASES=1 to start nothing (the tests then skip, or fail
# under CI=true).

databases_dir=""
databases_pg_bin=""
databases_pg_data=""
databases_my_pid=""

databases_log() { echo "databases: $*" >&2; }

databases_find() {
	databases_pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	if [ -z "$databases_pg_bin" ] && command -v initdb >/dev/null; then
		databases_pg_bin=$(dirname "$(command -v initdb)")
	fi
	[ -n "$databases_pg_bin" ] && [ -x "$databases_pg_bin/initdb" ] && command -v mariadbd >/dev/null && command -v mariadb-install-db >/dev/null
}

databases_install() {
	if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
		databases_log "PostgreSQL or MariaDB is missing and this is not a root Debian machine; install them with: sudo apt-get install -y postgresql mariadb-server"
		return 1
	fi
	databases_log "installing postgresql and mariadb-server from Debian packages"
	# The packages' scripts must not start the system's own servers:
	# invoke-rc.d asks policy-rc.d, and 101 means no.
	local rc policy=/usr/sbin/policy-rc.d made=""
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && made=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql mariadb-server >/dev/null
	rc=$?
	[ -n "$made" ] && rm -f "$policy"
	return $rc
}

# databases_port prints a loopback port nothing listens on.
databases_port() {
	local i p
	for i in $(seq 1 50); do
		p=$((20000 + RANDOM % 30000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# databases_as USER CMD... runs CMD as USER when we are root (PostgreSQL and
# MariaDB refuse to run as root), as ourselves otherwise.
databases_as() {
	local user=$1
	shift
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$user" -- "$@"
	else
		"$@"
	fi
}

databases_start_postgres() {
	local port dir=$databases_dir/pg
	mkdir -p "$dir" && [ "$(id -u)" = 0 ] && chown postgres "$dir"
	databases_pg_data=$dir/data
	databases_as postgres "$databases_pg_bin/initdb" -D "$databases_pg_data" -U postgres -A trust --no-sync >"$dir/initdb.log" 2>&1 ||
		{ databases_log "initdb failed:"; cat "$dir/initdb.log" >&2; return 1; }
	port=$(databases_port) || return 1
	# -w waits until the server accepts connections, at most -t seconds.
	databases_as postgres "$databases_pg_bin/pg_ctl" -D "$databases_pg_data" -l "$dir/server.log" -w -t 60 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null ||
		{ databases_log "PostgreSQL did not start:"; tail -n 20 "$dir/server.log" >&2; return 1; }
	export RELCHECK_POSTGRES_DSN="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
	databases_log "PostgreSQL $("$databases_pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

databases_start_mariadb() {
	local port i user=mysql dir=$databases_dir/my
	mkdir -p "$dir"
	if [ "$(id -u)" = 0 ]; then chown mysql "$dir"; else user=$(id -un); fi
	mariadb-install-db --no-defaults --datadir="$dir/data" --user="$user" --auth-root-authentication-method=normal \
		--skip-test-db >"$dir/install.log" 2>&1 ||
		{ databases_log "mariadb-install-db failed:"; tail -n 20 "$dir/install.log" >&2; return 1; }
	port=$(databases_port) || return 1
	mariadbd --no-defaults --datadir="$dir/data" --socket="$dir/sock" --pid-file="$dir/pid" --port="$port" \
		--bind-address=127.0.0.1 --user="$user" --skip-log-bin --innodb-flush-log-at-trx-commit=0 \
		--innodb-buffer-pool-size=64M --log-error="$dir/server.log" 2>>"$dir/server.log" &
	databases_my_pid=$!
	for i in $(seq 1 120); do
		if mariadb-admin --no-defaults --socket="$dir/sock" -u root ping >/dev/null 2>&1; then
			break
		fi
		if ! kill -0 "$databases_my_pid" 2>/dev/null || [ "$i" = 120 ]; then
			databases_log "MariaDB did not start:"; tail -n 20 "$dir/server.log" >&2
			return 1
		fi
		sleep 0.5
	done
	mariadb --no-defaults --socket="$dir/sock" -u root -e \
		"CREATE USER 'relcheck'@'127.0.0.1'; GRANT ALL ON *.* TO 'relcheck'@'127.0.0.1';" || return 1
	export RELCHECK_MYSQL_DSN="relcheck@tcp(127.0.0.1:$port)/"
	databases_log "MariaDB $(mariadbd --version | awk '{print $3}') on 127.0.0.1:$port"
}

databases_stop() {
	if [ -n "$databases_pg_data" ]; then
		databases_as postgres "$databases_pg_bin/pg_ctl" -D "$databases_pg_data" -m immediate -w stop >/dev/null 2>&1
	fi
	if [ -n "$databases_my_pid" ]; then
		kill "$databases_my_pid" 2>/dev/null && wait "$databases_my_pid" 2>/dev/null
	fi
	[ -n "$databases_dir" ] && rm -rf "$databases_dir"
	databases_dir="" databases_pg_data="" databases_my_pid=""
}

# databases_start starts both servers; on failure it says why and leaves
# the DSNs unset, so the tests skip (or fail under CI=true).
databases_start() {
	if [ "${RELCHECK_NO_DATABASES:-0}" = 1 ]; then
		return 0
	fi
	if ! databases_find; then
		databases_install && databases_find || return 0
	fi
	databases_dir=$(mktemp -d "${TMPDIR:-/tmp}/relcheck-db.XXXXXX") || return 0
	chmod 755 "$databases_dir"
	databases_start_postgres || databases_log "continuing without PostgreSQL"
	databases_start_mariadb || databases_log "continuing without MariaDB"
}
