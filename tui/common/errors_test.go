package common

import (
	"strings"
	"testing"

	"motcua/queue"
)

func TestEveryQueueErrorHasASentence(t *testing.T) {
	c := New(0)
	for _, e := range errorKeys {
		if got := c.ErrorText(e.err); strings.HasPrefix(got, "!") || strings.Contains(got, e.err.Error()) {
			t.Errorf("%v reads %q: no sentence of its own", e.err, got)
		}
	}
}

// A refused settings change reads as its own sentence, with its values.
func TestSetupErrorsReadAsSentences(t *testing.T) {
	c := New(0)
	_, err := queue.CheckPrefix("AB")
	if got := c.ErrorText(err); !strings.Contains(got, "“AB”") || strings.HasPrefix(got, "!") {
		t.Errorf("prefix error reads %q", got)
	}
}
