package pull

import "strings"

// declaresSomething reports whether SQL text holds anything but white space and
// comments (-- to the end of the line, /* */ nested as PostgreSQL nests them): a
// file that does could declare objects that pull would declare again.
func declaresSomething(sql string) bool {
	for i := 0; i < len(sql); {
		switch {
		case strings.ContainsRune(" \t\r\n\f\v", rune(sql[i])):
			i++
		case strings.HasPrefix(sql[i:], "\uFEFF"):
			i += len("\uFEFF")
		case strings.HasPrefix(sql[i:], "--"):
			end := strings.IndexByte(sql[i:], '\n')
			if end < 0 {
				return false
			}
			i += end + 1
		case strings.HasPrefix(sql[i:], "/*"):
			depth := 0
			for i < len(sql) {
				if strings.HasPrefix(sql[i:], "/*") {
					depth++
					i += 2
				} else if strings.HasPrefix(sql[i:], "*/") {
					depth--
					i += 2
					if depth == 0 {
						break
					}
				} else {
					i++
				}
			}
		default:
			return true
		}
	}
	return false
}
