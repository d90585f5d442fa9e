package main

import (
	"bytes"
	"strings"
	"testing"

	"motcua/queue/report"
)

// Off a terminal, a long report tells its progress every quarter, a
// short one not at all.
func TestProgressOffTerminal(t *testing.T) {
	for _, tc := range []struct {
		total int
		want  []string
	}{
		{1000, nil},
		{quietProgressSteps * 2, []string{"0 %", "25 %", "50 %", "75 %", "100 %"}},
	} {
		var stderr bytes.Buffer
		env := newEnvironment(&bytes.Buffer{}, &stderr)
		m := report.NewMeter(env.progress("hubreport.progress"), tc.total)
		for range tc.total {
			m.Add(1)
		}
		m.Done()
		var lines []string
		for _, l := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
			if l != "" {
				lines = append(lines, l[strings.LastIndex(l, "… ")+len("… "):])
			}
		}
		if strings.Join(lines, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%d steps: %q, want %q", tc.total, lines, tc.want)
		}
	}
}
