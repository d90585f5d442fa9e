package intake_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"motcua/assets/i18n"
	"motcua/intake"
)

// TestEveryKeyHasBothSentences finds every translation key the package
// names and checks the table has it, in both languages, with the same
// arguments.
func TestEveryKeyHasBothSentences(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	keyRe := regexp.MustCompile(`"(intake\.[a-z_.]*[a-z_])"`)
	keys := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRe.FindAllStringSubmatch(string(src), -1) {
			keys[m[1]] = true
		}
	}
	if len(keys) < 60 {
		t.Fatalf("found only %d keys in the sources", len(keys))
	}
	for _, s := range []intake.Status{intake.Received, intake.Processing, intake.AwaitingSupplement, intake.Resolved, intake.Returned, intake.Mailed, intake.Refused} {
		keys[s.Key()] = true
	}
	for _, a := range []intake.Action{intake.ActProcess, intake.ActResolve, intake.ActReturn, intake.ActMail, intake.ActRequestSupplement, intake.ActReceiveSupplement, intake.ActRefuse, intake.ActApologise} {
		keys[a.Key()] = true
	}
	for _, k := range intake.DocumentKinds {
		keys[k.Key()] = true
	}
	for _, k := range []string{intake.AtCounter.Key(), intake.ByPost.Key(), intake.WorkingDays.Key(), intake.CalendarDays.Key(), intake.DayOff.Key(), intake.MakeUpDay.Key()} {
		keys[k] = true
	}
	for _, f := range []string{intake.FieldName, intake.FieldIDNumber, intake.FieldBirthDate, intake.FieldGender, intake.FieldPhone, intake.FieldEmail,
		intake.FieldAddress, intake.FieldScan, intake.FieldProcedure, intake.FieldDocuments, intake.FieldSets, intake.FieldFee,
		intake.FieldReturn, intake.FieldPostalAddress, intake.FieldTicket} {
		keys[intake.FieldKey(f)] = true
	}
	verbs := regexp.MustCompile(`%[a-z]`)
	for k := range keys {
		if !i18n.Has(k) {
			t.Errorf("key %s is not in the table", k)
			continue
		}
		vi, en := i18n.T(i18n.VI, k), i18n.T(i18n.EN, k)
		if vi == "" || en == "" || vi == en && !strings.Contains(k, "at_line") {
			t.Errorf("%s: VI %q, EN %q", k, vi, en)
		}
		if !norm.NFC.IsNormalString(vi) {
			t.Errorf("%s: Vietnamese is not NFC", k)
		}
		if a, b := verbs.FindAllString(vi, -1), verbs.FindAllString(en, -1); strings.Join(a, "") != strings.Join(b, "") {
			t.Errorf("%s: arguments differ: %v / %v", k, a, b)
		}
	}
}
