package common

import (
	"strings"
	"testing"
)

func TestEveryQueueErrorHasASentence(t *testing.T) {
	c := New(0)
	for _, e := range errorKeys {
		if got := c.ErrorText(e.err); strings.HasPrefix(got, "!") || strings.Contains(got, e.err.Error()) {
			t.Errorf("%v reads %q: no sentence of its own", e.err, got)
		}
	}
}
