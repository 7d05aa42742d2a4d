package pull

import (
	"fmt"
	"strconv"
	"strings"
)

// FileName turns an identifier into a file or folder name (without extension)
// that is valid, and distinct from the name of every other identifier, on every
// file system, case-insensitive ones included. a-z, 0-9, _ and - are kept; an
// upper-case ASCII letter becomes ! and the letter in lower case; every other byte
// becomes %XX in upper-case hex. A name Windows reserves for devices (con, nul,
// com1, ...) has its first byte written %XX. The mapping is reversible
// (ParseFileName), so two identifiers never share a file.
func FileName(ident string) string {
	var b strings.Builder
	for i := 0; i < len(ident); i++ {
		c := ident[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '-':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte('!')
			b.WriteByte(c - 'A' + 'a')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	s := b.String()
	if windowsReserved[s] {
		s = fmt.Sprintf("%%%02X", s[0]) + s[1:]
	}
	return s
}

// windowsReserved are the device names Windows refuses as file names, with or
// without an extension.
var windowsReserved = func() map[string]bool {
	m := map[string]bool{"con": true, "prn": true, "aux": true, "nul": true}
	for i := 1; i <= 9; i++ {
		m["com"+strconv.Itoa(i)] = true
		m["lpt"+strconv.Itoa(i)] = true
	}
	return m
}()

// ParseFileName reverses FileName; ok is false for a name FileName cannot write.
func ParseFileName(name string) (ident string, ok bool) {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '-':
			b.WriteByte(c)
		case c == '!' && i+1 < len(name) && name[i+1] >= 'a' && name[i+1] <= 'z':
			b.WriteByte(name[i+1] - 'a' + 'A')
			i++
		case c == '%' && i+2 < len(name):
			v, err := strconv.ParseUint(name[i+1:i+3], 16, 8)
			if err != nil {
				return "", false
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			return "", false
		}
	}
	return b.String(), true
}
