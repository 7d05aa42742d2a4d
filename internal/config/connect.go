package config

import "fmt"

// connect turns the configured URL (or DATABASE_URL) into a connection string for
// pgx, with flyway.user and flyway.password merged in, and converts
// pgshape.devUrl.
func (s *Settings) connect(env environ) ([]Warning, error) {
	var warnings []Warning
	if s.URL == "" {
		if u := env.get("DATABASE_URL"); u != "" {
			s.URL, s.Sources["url"] = ConnString(u), "env DATABASE_URL"
		}
	}
	conn, notes, err := toConnString(string(s.URL))
	if err != nil {
		return nil, fmt.Errorf("config: %s: url: %w", s.Sources["url"], err)
	}
	for _, n := range notes {
		warnings = append(warnings, Warning{s.Sources["url"], n})
	}
	conn, userIgnored, passwordIgnored := WithCredentials(conn, s.User, string(s.Password))
	if userIgnored {
		warnings = append(warnings, Warning{s.Sources["user"],
			"the URL names another user, which wins (as in Flyway, whose PostgreSQL driver prefers the URL's)"})
	}
	if passwordIgnored {
		warnings = append(warnings, Warning{s.Sources["password"],
			"the URL holds another password, which wins (as in Flyway, whose PostgreSQL driver prefers the URL's)"})
	}
	s.URL = ConnString(conn)

	dev, notes, err := toConnString(string(s.PgShape.DevURL))
	if err != nil {
		return nil, fmt.Errorf("config: %s: pgshape.devUrl: %w", s.Sources["pgshape.devUrl"], err)
	}
	for _, n := range notes {
		warnings = append(warnings, Warning{s.Sources["pgshape.devUrl"], n})
	}
	s.PgShape.DevURL = ConnString(dev)
	return warnings, nil
}
