package main

// The help and the mistakes on a command line, read as a clerk reads them:
// in the chosen language, with no English from Go's flag package.

import (
	"strings"
	"testing"
)

// englishFromFlag are the phrases Go's flag package would print itself.
var englishFromFlag = []string{"flag provided but not defined", "flag needs an argument", "invalid value", "(default 1)", "parse error", "Usage of"}

func TestFlagMistakesAreSentencesInTheUsersLanguage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"counter", "--lang", "vi", "--bogus"}, "Không có tùy chọn --bogus."},
		{[]string{"counter", "--lang", "en", "--bogus"}, "There is no option --bogus."},
		{[]string{"counter", "--lang", "vi", "--number", "x"}, `Giá trị "x" của --number không dùng được: không phải là số.`},
		{[]string{"counter", "--lang", "en", "--number", "99999999999999999999"}, "the number is too large"},
		{[]string{"counter", "--lang", "vi", "--number"}, "Tùy chọn --number cần một giá trị."},
		{[]string{"report", "--lang", "vi", "-=x"}, "Không đọc được tùy chọn"},
		{[]string{"counter", "--lang", "fr"}, `ngôn ngữ "fr" không có`},
	}
	for _, c := range cases {
		r := runCLI(t, c.args...)
		if r.code != exitUsage {
			t.Errorf("motcua %s: exit %d, want %d", strings.Join(c.args, " "), r.code, exitUsage)
		}
		if !strings.Contains(r.stderr, c.want) {
			t.Errorf("motcua %s: stderr %q does not say %q", strings.Join(c.args, " "), r.stderr, c.want)
		}
		if !strings.Contains(r.stderr, "motcua "+c.args[0]+" -h") {
			t.Errorf("motcua %s: stderr %q does not point at the help", strings.Join(c.args, " "), r.stderr)
		}
		for _, en := range englishFromFlag {
			if strings.Contains(r.stderr, en) {
				t.Errorf("motcua %s: stderr has Go's English %q: %q", strings.Join(c.args, " "), en, r.stderr)
			}
		}
	}
}

func TestFlagHelpNamesValuesAndDefaultsInTheUsersLanguage(t *testing.T) {
	vi := runCLI(t, "counter", "--lang", "vi", "-h")
	board := runCLI(t, "board", "--lang", "vi", "-h")
	if !strings.Contains(board.stderr, "  --no-bell\n") {
		t.Errorf("a switch is shown without a value:\n%s", board.stderr)
	}
	for _, want := range []string{"  --number SỐ\n", "số quầy (mặc định: 1)", "  --db CHỮ\n"} {
		if !strings.Contains(vi.stderr, want) {
			t.Errorf("Vietnamese help lacks %q:\n%s", want, vi.stderr)
		}
	}
	en := runCLI(t, "counter", "--lang", "en", "-h")
	if !strings.Contains(en.stderr, "counter number (default: 1)") || !strings.Contains(en.stderr, "  --number N\n") {
		t.Errorf("English help:\n%s", en.stderr)
	}
	for _, r := range []result{vi, en} {
		for _, phrase := range englishFromFlag {
			if strings.Contains(r.stderr, phrase) {
				t.Errorf("help has Go's English %q", phrase)
			}
		}
	}
}

// Every command's help lists its options: a help that calls the flag
// package's PrintDefaults prints nothing (its output is silenced).
func TestEveryCommandsHelpListsItsOptions(t *testing.T) {
	for _, sc := range subcommands() {
		r := runCLI(t, sc.name, "--lang", "vi", "-h")
		if !strings.Contains(r.stderr, "--db") {
			t.Errorf("motcua %s -h lists no options:\n%s", sc.name, r.stderr)
		}
	}
}
