package config

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// ToConnString turns a configured database URL into a connection string pgx
// accepts. A jdbc:postgresql:// URL (Flyway's form) is converted to a postgres://
// URL; postgres://, postgresql:// URLs and libpq key=value strings are returned
// unchanged. Notes are about JDBC parameters that have no libpq equivalent and were
// dropped.
func ToConnString(raw string) (conn string, notes []string, err error) {
	conn, notes, err = toConnString(raw)
	if err != nil {
		return "", nil, fmt.Errorf("config: %w", err)
	}
	return conn, notes, nil
}

// toConnString is ToConnString with errors that say what is wrong but not where:
// Load prefixes them with the source of the URL.
func toConnString(raw string) (string, []string, error) {
	s := strings.TrimSpace(raw)
	switch {
	case s == "":
		return "", nil, nil
	case strings.HasPrefix(s, "jdbc:postgresql:"):
		return jdbcToURL(s)
	case strings.HasPrefix(s, "jdbc:"):
		kind, _, _ := strings.Cut(strings.TrimPrefix(s, "jdbc:"), ":")
		return "", nil, fmt.Errorf("%w: a jdbc:%s: URL (pgshape works with PostgreSQL only)", ErrUnsupported, kind)
	case strings.HasPrefix(s, "postgres://"), strings.HasPrefix(s, "postgresql://"):
		return s, nil, nil
	case strings.Contains(s, "://"):
		return "", nil, fmt.Errorf("%w: %q is not a postgres:// or jdbc:postgresql:// URL", ErrInvalidValue, RedactURL(s))
	case strings.Contains(s, "="):
		return s, nil, nil
	}
	return "", nil, fmt.Errorf("%w: %q is neither a URL nor a key=value connection string", ErrInvalidValue, RedactURL(s))
}

// jdbcKeywords maps the PostgreSQL JDBC driver's connection properties to the libpq
// keywords pgx reads; the value is kept.
var jdbcKeywords = map[string]string{
	"sslmode":         "sslmode",
	"sslcert":         "sslcert",
	"sslkey":          "sslkey",
	"sslrootcert":     "sslrootcert",
	"sslpassword":     "sslpassword",
	"ApplicationName": "application_name",
	"connectTimeout":  "connect_timeout",
	"options":         "options",
	"service":         "service",
	"channelBinding":  "channel_binding",
}

// targetServerTypes maps pgjdbc's targetServerType to libpq's target_session_attrs.
var targetServerTypes = map[string]string{
	"any":             "any",
	"primary":         "primary",
	"master":          "primary",
	"secondary":       "standby",
	"standby":         "standby",
	"slave":           "standby",
	"preferSecondary": "prefer-standby",
	"preferStandby":   "prefer-standby",
	"preferSlave":     "prefer-standby",
	"preferPrimary":   "prefer-primary",
	"read-write":      "read-write",
	"read-only":       "read-only",
}

// jdbcToURL converts jdbc:postgresql:[//host[:port][,host[:port]...]]/[database][?k=v&...]
// following pgjdbc's reading of it (Driver.parseURL): parameter values and the
// database name are URL-decoded (a '+' is a space there), a missing host is
// localhost, user and password come as parameters. currentSchema becomes
// search_path, which pgx sends as a run-time parameter; ssl=true without sslmode
// means sslmode=verify-full, as in pgjdbc.
func jdbcToURL(s string) (string, []string, error) {
	rest := strings.TrimPrefix(s, "jdbc:postgresql:")
	rest, query, _ := strings.Cut(rest, "?")

	var hosts []string
	var dbname string
	var notes []string
	if authority, ok := strings.CutPrefix(rest, "//"); ok {
		var slash bool
		authority, dbname, slash = strings.Cut(authority, "/")
		if !slash {
			notes = append(notes, "the JDBC URL has no / after the host: Flyway's driver refuses it (\"No suitable driver\"); pgshape takes it as naming no database")
		}
		if strings.Contains(authority, "@") {
			return "", nil, fmt.Errorf("%w: a JDBC URL takes user and password as ?user=...&password=... (or flyway.user, flyway.password), not before the host", ErrInvalidValue)
		}
		var err error
		if hosts, err = jdbcHosts(authority); err != nil {
			return "", nil, err
		}
	} else {
		dbname = strings.TrimPrefix(rest, "/")
		hosts = []string{"localhost"}
	}
	db, err := url.QueryUnescape(dbname)
	if err != nil {
		return "", nil, fmt.Errorf("%w: database name %q: a %% not followed by two hex digits", ErrInvalidValue, dbname)
	}

	params, order, err := jdbcParams(query)
	if err != nil {
		return "", nil, err
	}
	keywords := map[string]string{}
	searchPath, hasSearchPath := "", false
	for _, k := range order {
		v := params[k]
		switch {
		case k == "user" || k == "password":
		case k == "currentSchema":
			searchPath, hasSearchPath = v, true
		case k == "ssl":
			if _, set := params["sslmode"]; !set && (v == "" || strings.EqualFold(v, "true")) {
				keywords["sslmode"] = "verify-full"
			}
		case k == "sslfactory":
			if strings.HasSuffix(v, ".NonValidatingFactory") {
				if _, set := params["sslmode"]; !set {
					keywords["sslmode"] = "require"
				}
			} else {
				notes = append(notes, fmt.Sprintf("JDBC parameter sslfactory=%s has no libpq equivalent, dropped", v))
			}
		case k == "targetServerType":
			t, ok := targetServerTypes[v]
			if !ok {
				return "", nil, fmt.Errorf("%w: targetServerType=%q", ErrInvalidValue, v)
			}
			keywords["target_session_attrs"] = t
		case jdbcKeywords[k] != "":
			keywords[jdbcKeywords[k]] = v
		default:
			notes = append(notes, fmt.Sprintf("JDBC parameter %s has no libpq equivalent, dropped", k))
		}
	}

	var b strings.Builder
	b.WriteString("postgres://")
	if user, ok := params["user"]; ok {
		if pw, ok := params["password"]; ok {
			b.WriteString(url.UserPassword(user, pw).String())
		} else {
			b.WriteString(url.User(user).String())
		}
		b.WriteByte('@')
	} else if pw, ok := params["password"]; ok {
		keywords["password"] = pw
	}
	b.WriteString(strings.Join(hosts, ","))
	b.WriteByte('/')
	b.WriteString(url.PathEscape(db))

	names := make([]string, 0, len(keywords))
	for k := range keywords {
		names = append(names, k)
	}
	sort.Strings(names)
	sep := "?"
	for _, k := range names {
		b.WriteString(sep + k + "=" + url.QueryEscape(keywords[k]))
		sep = "&"
	}
	if hasSearchPath {
		b.WriteString(sep + "search_path=" + url.QueryEscape(searchPath))
	}
	return b.String(), notes, nil
}

// jdbcHosts reads host[:port],... ; IPv6 addresses are bracketed ([::1]:5432).
func jdbcHosts(authority string) ([]string, error) {
	var out []string
	for _, spec := range strings.Split(authority, ",") {
		host, port := spec, ""
		if strings.HasPrefix(spec, "[") {
			end := strings.Index(spec, "]")
			if end < 0 {
				return nil, fmt.Errorf("%w: host %q: unterminated [IPv6 address]", ErrInvalidValue, spec)
			}
			host, port = spec[:end+1], spec[end+1:]
			if port != "" && !strings.HasPrefix(port, ":") {
				return nil, fmt.Errorf("%w: host %q: junk after the IPv6 address", ErrInvalidValue, spec)
			}
			port = strings.TrimPrefix(port, ":")
		} else if i := strings.LastIndex(spec, ":"); i >= 0 {
			host, port = spec[:i], spec[i+1:]
			if strings.Contains(host, ":") {
				return nil, fmt.Errorf("%w: host %q: an IPv6 address needs brackets: [%s]", ErrInvalidValue, spec, spec)
			}
		}
		if host == "" {
			host = "localhost"
		}
		if port != "" {
			if strings.Trim(port, "0123456789") != "" || len(port) > 5 {
				return nil, fmt.Errorf("%w: host %q: port %q is not a number", ErrInvalidValue, spec, port)
			}
			host += ":" + port
		}
		out = append(out, host)
	}
	return out, nil
}

// jdbcParams reads k=v&k=v, values URL-decoded; a later key wins; order lists the
// keys as first seen.
func jdbcParams(query string) (map[string]string, []string, error) {
	params := map[string]string{}
	var order []string
	if query == "" {
		return params, nil, nil
	}
	for _, kv := range strings.Split(query, "&") {
		if kv == "" {
			continue
		}
		k, v, _ := strings.Cut(kv, "=")
		dv, err := url.QueryUnescape(v)
		if err != nil {
			// Not err itself: it quotes part of the value, which may be a password.
			return nil, nil, fmt.Errorf("%w: parameter %s: a %% not followed by two hex digits", ErrInvalidValue, k)
		}
		if _, seen := params[k]; !seen {
			order = append(order, k)
		}
		params[k] = dv
	}
	return params, order, nil
}
