//go:build unix

package board

import (
	"os/exec"
	"syscall"
)

// ownGroup puts the announce command in its own process group and makes
// the timeout kill the whole group: "sh -c 'espeak-ng …'" leaves the
// speech engine running if only the shell is killed.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
}
