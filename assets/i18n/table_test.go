package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestEveryKeyHasBothLanguagesInNFC(t *testing.T) {
	if len(Keys()) < 50 {
		t.Fatalf("only %d keys: is a messages file not registered?", len(Keys()))
	}
	for _, k := range Keys() {
		row := messages[k]
		for lang, s := range row {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: language %d is empty", k, lang)
			}
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%s: language %d is not NFC", k, lang)
			}
		}
		if strings.Count(row[VI], "%") != strings.Count(row[EN], "%") {
			t.Errorf("%s: VI and EN take different arguments: %q / %q", k, row[VI], row[EN])
		}
	}
}

func TestMissingKeyIsVisible(t *testing.T) {
	if got := T(VI, "no.such.key"); got != "!no.such.key" {
		t.Fatalf("missing key gave %q", got)
	}
	if got := T(EN, "launcher.counter", 3); got != "Counter 3" {
		t.Fatalf("formatted EN: %q", got)
	}
}

// keyUse finds translation keys written as literals in calls such as
// c.T("kiosk.title"), env.t("cli.usage"), i18n.T(lang, "x.y") or
// Binding("n", "counter.key.call").
var keyUse = regexp.MustCompile(`(?:\.T|\bt|i18n\.T|T)\((?:[a-zA-Z.]+, )?"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"|Binding\("[^"]*", "([a-z0-9_]+(?:\.[a-z0-9_]+)+)"`)

// TestKeysUsedInCodeExist reads the Go sources of the module: a key used
// in code but missing from the table would show as "!key" to a user.
func TestKeysUsedInCodeExist(t *testing.T) {
	root := filepath.Join("..", "..")
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range keyUse.FindAllStringSubmatch(string(src), -1) {
			key := m[1] + m[2]
			checked++
			if !Has(key) {
				t.Errorf("%s uses key %q, which is not in the translation table", path, key)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("found only %d key uses: is the pattern still right?", checked)
	}
	t.Logf("%d key uses checked", checked)
}
