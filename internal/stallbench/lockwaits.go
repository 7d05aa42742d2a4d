//go:build linux

package main

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"time"
)

// writerWait is a lock wait of a writer that the server logged (log_lock_waits,
// every wait longer than deadlock_timeout): a stall that was a lock wait, told
// apart from one the machine's load explains.
var writerWait = regexp.MustCompile(`^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \w+) .* acquired RowExclusiveLock on relation \d+ of database \d+ after ([0-9.]+) ms`)

// lockWaits counts the writers' lock waits the server logged as ending between
// from and to (and up to a second after, for a write the window's end released),
// and returns the longest.
func lockWaits(logPath string, from, to time.Time) (n int, longest time.Duration) {
	f, err := os.Open(logPath)
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := writerWait.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		at, err := time.Parse("2006-01-02 15:04:05.000 MST", m[1])
		if err != nil || at.Before(from) || at.After(to.Add(time.Second)) {
			continue
		}
		msec, _ := strconv.ParseFloat(m[2], 64)
		n++
		longest = max(longest, time.Duration(msec*float64(time.Millisecond)))
	}
	return n, longest
}
