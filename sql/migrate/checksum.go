package migrate

import (
	"bytes"
	"hash/crc32"
)

// utf8BOM is stripped from the first line, as Flyway does.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Checksum returns Flyway's checksum of a migration's content: CRC-32 (IEEE) over
// the bytes of each line with the line breaks left out, as a signed 32-bit integer.
// Lines end at "\r\n", "\n" or "\r" (Java's readLine), so line-ending style, a
// trailing newline, a byte-order mark and blank lines do not change it; spaces
// within a line do. Flyway hashes lines re-encoded from decoded UTF-8; for valid
// UTF-8 (the only encoding pgshape writes) those are the same bytes.
func Checksum(content []byte) int32 {
	content = bytes.TrimPrefix(content, utf8BOM)
	h := crc32.NewIEEE()
	for len(content) > 0 {
		i := bytes.IndexAny(content, "\r\n")
		if i < 0 {
			h.Write(content)
			break
		}
		h.Write(content[:i])
		next := i + 1
		if content[i] == '\r' && next < len(content) && content[next] == '\n' {
			next++
		}
		content = content[next:]
	}
	return int32(h.Sum32())
}
