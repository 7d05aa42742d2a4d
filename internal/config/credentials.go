package config

import (
	"net/url"
	"regexp"
	"strings"
)

// WithCredentials returns the connection string conn with user and password added
// where conn names none; an empty conn gives a key=value string of the
// credentials alone. Where conn already names a user or a password, conn wins,
// and userIgnored or passwordIgnored is true if the two differ: that is what Flyway
// does with PostgreSQL, whose JDBC driver lets the URL's parameters override the
// flyway.user and flyway.password it is given.
func WithCredentials(conn, user, password string) (out string, userIgnored, passwordIgnored bool) {
	if conn == "" {
		// No URL: a key=value string of the credentials alone, which pgx completes
		// from the PG* variables.
		if user != "" {
			out = "user=" + quoteKeywordValue(user)
		}
		if password != "" {
			out = strings.TrimSpace(out + " password=" + quoteKeywordValue(password))
		}
		return out, false, false
	}
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		return urlWithCredentials(conn, user, password)
	}
	hasUser, hasPassword := keywordUser.MatchString(conn), keywordPass.MatchString(conn)
	out = conn
	if user != "" && !hasUser {
		out += " user=" + quoteKeywordValue(user)
	}
	if password != "" && !hasPassword {
		out += " password=" + quoteKeywordValue(password)
	}
	return out, user != "" && hasUser, password != "" && hasPassword
}

var (
	keywordUser = regexp.MustCompile(`(^|\s)user\s*=`)
	keywordPass = regexp.MustCompile(`(^|\s)password\s*=`)
)

func quoteKeywordValue(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// urlWithCredentials is WithCredentials for postgres:// URLs, with one host or
// several (which net/url cannot parse, so the authority is cut by hand).
func urlWithCredentials(conn, user, password string) (string, bool, bool) {
	scheme, rest, _ := strings.Cut(conn, "://")
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	authority, tail := rest[:end], rest[end:]
	userinfo, hostpart, hasInfo := "", authority, false
	if at := strings.LastIndex(authority, "@"); at >= 0 {
		userinfo, hostpart, hasInfo = authority[:at], authority[at+1:], true
	}
	infoUser, infoPassword, infoHasPassword := strings.Cut(userinfo, ":")
	infoUser, _ = url.PathUnescape(infoUser)
	infoPassword, _ = url.PathUnescape(infoPassword)
	query := ""
	if q := strings.Index(tail, "?"); q >= 0 {
		query, _, _ = strings.Cut(tail[q+1:], "#")
	}
	values, _ := url.ParseQuery(query)
	hasUser := infoUser != "" || values.Has("user")
	hasPassword := infoHasPassword || values.Has("password")

	addUser := user != "" && !hasUser
	addPassword := password != "" && !hasPassword
	switch {
	case !hasInfo && addUser && addPassword:
		userinfo, hasInfo = url.UserPassword(user, password).String(), true
		addUser, addPassword = false, false
	case !hasInfo && addUser:
		userinfo, hasInfo = url.User(user).String(), true
		addUser = false
	case hasInfo && infoUser != "" && addPassword:
		userinfo += url.UserPassword("", password).String()
		addPassword = false
	}
	var extra []string
	if addUser {
		extra = append(extra, "user="+url.QueryEscape(user))
	}
	if addPassword {
		extra = append(extra, "password="+url.QueryEscape(password))
	}
	out := scheme + "://"
	if hasInfo {
		out += userinfo + "@"
	}
	out += hostpart + tail
	if len(extra) > 0 {
		frag := ""
		if h := strings.Index(out, "#"); h >= 0 {
			out, frag = out[:h], out[h:]
		}
		if strings.Contains(out, "?") {
			out += "&"
		} else {
			out += "?"
		}
		out += strings.Join(extra, "&") + frag
	}

	urlUser, urlPassword := infoUser, infoPassword
	if values.Has("user") {
		urlUser = values.Get("user")
	}
	if values.Has("password") {
		urlPassword = values.Get("password")
	}
	return out, user != "" && hasUser && urlUser != user, password != "" && hasPassword && urlPassword != password
}
