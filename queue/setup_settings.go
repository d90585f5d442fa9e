package queue

import (
	"net"
	"regexp"
	"strings"
	"time"

	"motcua/queue/accounts"
)

// The settings an admin edits by key (the notice, the printers, the
// forms), with the values each may take. The printer kinds are those of
// receipts.Config.Kind; an empty value means "not set" (the station's
// printer for a counter, the default otherwise).
var (
	printerKinds = []string{"", "none", "file", "cups", "escpos"}
	printerWidth = []string{"", "80", "58"}
	pageSizes    = []string{"", "A5", "A4"}
)

// counterPrinterKey matches counter.N.printer.X, a counter's own printer.
var counterPrinterKey = regexp.MustCompile(`^counter\.([0-9]{1,2})\.(printer\.[a-z_]+)$`)

// CheckSetting reads the value of a setting as it will be stored: the
// policy values must be numbers the policy can use, the notice one line
// of safe text, the printer kind, roll width and page size one of their
// choices, and any other value safe text of at most MaxSettingLen
// characters.
func CheckSetting(key, value string) (string, error) {
	if m := counterPrinterKey.FindStringSubmatch(key); m != nil {
		key = m[2]
	}
	switch key {
	case keyPolicyMode, keyMaxRun, keyAgingMinutes, keyRecalls:
		value = strings.TrimSpace(value)
		return value, checkPolicySetting(key, value)
	case keyNotice:
		return CheckNotice(value)
	case keyCommuneName:
		return CheckName(value)
	case "printer.kind":
		return oneOf(strings.ToLower(strings.TrimSpace(value)), printerKinds)
	case "printer.width":
		return oneOf(strings.TrimSpace(value), printerWidth)
	case "forms.page_size":
		return oneOf(strings.ToUpper(strings.TrimSpace(value)), pageSizes)
	case "serve.listen":
		return checkListen(value)
	case "serve.idle":
		return checkDuration(value)
	case "serve.max_sessions":
		v := strings.TrimSpace(value)
		_, err := CheckNumber(v, 1, 1000)
		return v, err
	case KeyRatingOnKiosk:
		v, err := oneOf(strings.TrimSpace(value), []string{"", "0", "1"})
		if err == nil && v == "" {
			err = setupErr("settings.err.choice", value, "0, 1")
		}
		return v, err
	case accounts.LockMinutesKey:
		v := strings.TrimSpace(value)
		_, err := CheckNumber(v, 1, accounts.MaxLockMinutes)
		return v, err
	case keyKioskPIN:
		v := strings.TrimSpace(value)
		if _, err := parseSmallInt(v); err != nil || len(v) < 4 {
			return "", setupErr("settings.err.pin")
		}
		return v, nil
	}
	return checkText(value, MaxSettingLen, false)
}

// checkPolicySetting checks one policy value with the queue's own rules.
func checkPolicySetting(key, value string) error {
	switch key {
	case keyPolicyMode:
		if m := Mode(value); m != Fair && m != Strict && m != FIFO {
			return setupErr("settings.err.mode", value)
		}
	case keyMaxRun:
		_, err := CheckNumber(value, 1, 99)
		return err
	case keyAgingMinutes:
		_, err := CheckNumber(value, 0, 24*60)
		return err
	case keyRecalls:
		_, err := CheckNumber(value, 0, 9)
		return err
	}
	return nil
}

// checkListen reads an address for motcua serve: host:port or :port.
func checkListen(value string) (string, error) {
	v := strings.TrimSpace(value)
	_, port, err := net.SplitHostPort(v)
	if err != nil {
		return "", setupErr("settings.err.listen", value)
	}
	if _, err := CheckNumber(port, 1, 65535); err != nil {
		return "", setupErr("settings.err.listen", value)
	}
	return v, nil
}

// checkDuration reads a time such as 30m or 2h (0: never).
func checkDuration(value string) (string, error) {
	v := strings.TrimSpace(value)
	if v == "0" {
		return v, nil
	}
	if d, err := time.ParseDuration(v); err != nil || d < 0 {
		return "", setupErr("settings.err.duration", value)
	}
	return v, nil
}

func oneOf(v string, choices []string) (string, error) {
	for _, c := range choices {
		if v == c {
			return v, nil
		}
	}
	return "", setupErr("settings.err.choice", v, strings.Join(choices[1:], ", "))
}

// Setting keys the settings screen names.
const (
	SettingNotice       = keyNotice
	SettingPolicyMode   = keyPolicyMode
	SettingMaxRun       = keyMaxRun
	SettingAgingMinutes = keyAgingMinutes
	SettingRecalls      = keyRecalls
)
