//go:build !unix

package board

import "os/exec"

// ownGroup does nothing where there are no process groups to kill; the
// command's own process is still killed at the timeout.
func ownGroup(*exec.Cmd) {}
