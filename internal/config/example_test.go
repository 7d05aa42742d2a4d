package config_test

import (
	"fmt"
	"os"

	"github.com/pgshape/pgshape/internal/config"
)

func ExampleLoad() {
	files := map[string]string{
		"flyway.conf": `flyway.url=jdbc:postgresql://db:5432/shop?currentSchema=app
flyway.user=deployer
flyway.password=${DB_PASSWORD}
flyway.locations=filesystem:sql
pgshape.schema=db/schema
`,
	}
	s, warnings, err := config.Load(config.LoadOptions{
		Files:    []string{"flyway.conf"},                                           // or config.DefaultFiles(home, workingDir, nil)
		Environ:  []string{"DB_PASSWORD=s3cr3t", "FLYWAY_BASELINE_ON_MIGRATE=true"}, // os.Environ()
		ReadFile: func(name string) ([]byte, error) { return []byte(files[name]), nil },
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, w := range warnings {
		fmt.Fprintln(os.Stderr, "warning:", w)
	}
	fmt.Println("url:", s.URL) // masked; s.URL.Reveal() is for pgx.ParseConfig
	fmt.Println("from:", s.Sources["url"])
	fmt.Println("baselineOnMigrate:", *s.BaselineOnMigrate, "from", s.Sources["baselineOnMigrate"])
	fmt.Println("cleanDisabled set:", s.CleanDisabled != nil, "default:", *s.WithDefaults().CleanDisabled)
	// Output:
	// url: postgres://deployer:xxxxx@db:5432/shop?search_path=app
	// from: flyway.conf:1
	// baselineOnMigrate: true from env FLYWAY_BASELINE_ON_MIGRATE
	// cleanDisabled set: false default: true
}

func ExampleToConnString() {
	conn, _, err := config.ToConnString("jdbc:postgresql://h1:5432,h2:5433/shop?currentSchema=app&ssl=true&user=app")
	if err != nil {
		panic(err)
	}
	fmt.Println(conn)
	// Output: postgres://app@h1:5432,h2:5433/shop?sslmode=verify-full&search_path=app
}
