package pgtest

import "syscall"

// memoryDir is Linux's RAM-backed /dev/shm when it has at least minMemoryDirRoom
// free (a container's is often 64 MB), else "".
func memoryDir() string {
	const dir = "/dev/shm"
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return ""
	}
	if uint64(st.Bavail)*uint64(st.Bsize) < minMemoryDirRoom {
		return ""
	}
	return dir
}
