package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Go's flag package writes its help and its errors in English ("flag
// provided but not defined", "(default 1)"), in the middle of a Vietnamese
// help text. These print both from the translation table instead.

// printFlags lists fs's flags as "--name VALUE", its description and its
// default, in the user's language.
func (env *environment) printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if word := env.valueWord(kind); word != "" {
			line += " " + word
		}
		fmt.Fprintln(w, line)
		fmt.Fprintf(w, "      %s", usage)
		if shownDefault(f) {
			fmt.Fprintf(w, " %s", env.t("cli.flag_default", f.DefValue))
		}
		fmt.Fprintln(w)
	})
}

// valueWord names the kind of value a flag takes ("" for a switch).
func (env *environment) valueWord(kind string) string {
	switch kind {
	case "":
		return ""
	case "int", "uint", "int64", "uint64", "float":
		return env.t("cli.flag_value.number")
	case "duration":
		return env.t("cli.flag_value.duration")
	case "string":
		return env.t("cli.flag_value.text")
	case "value":
		return env.t("cli.flag_value.value")
	}
	return strings.ToUpper(kind) // a name the usage text chose with `backquotes`
}

// shownDefault reports whether a default is worth printing: the zero
// values say nothing.
func shownDefault(f *flag.Flag) bool {
	switch f.DefValue {
	case "", "0", "false", "0s", "[]":
		return false
	}
	return true
}

// flagError turns an error of flag.FlagSet.Parse into a sentence in the
// user's language. The flag package offers its errors only as text; the
// forms it uses are stable (flag.go: failf).
func (env *environment) flagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return env.t("cli.flag_unknown", dashes(name))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return env.t("cli.flag_needs_value", dashes(name))
	}
	if rest, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return env.t("cli.flag_syntax", rest)
	}
	for _, lead := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, lead)
		if !ok {
			continue
		}
		// rest: "\"x\" for flag -name: reason" or "\"x\" for -name: reason"
		value, after, ok := strings.Cut(rest, " for ")
		if !ok {
			break
		}
		after = strings.TrimPrefix(after, "flag ")
		name, reason, _ := strings.Cut(after, ": ")
		return env.t("cli.flag_bad_value", strings.Trim(value, `"`), dashes(name), env.flagReason(reason))
	}
	return msg
}

// flagReason translates the reasons the flag package gives for a value it
// could not read; a reason from our own flag functions is already a
// sentence in the user's language.
func (env *environment) flagReason(reason string) string {
	switch reason {
	case "parse error":
		return env.t("cli.flag_reason.parse")
	case "value out of range":
		return env.t("cli.flag_reason.range")
	}
	return reason
}

// dashes writes a flag's name the way the help shows it: --name.
func dashes(name string) string { return "--" + strings.TrimLeft(name, "-") }

// parseFlags runs fs.Parse with the flag package's own messages silenced:
// -h prints the command's help, a mistake prints one sentence and the way
// to the help.
func (env *environment) parseFlags(fs *flag.FlagSet, args []string) error {
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return errHelpShown
	}
	fmt.Fprintln(env.stderr, env.flagError(err))
	fmt.Fprintln(env.stderr, env.t("cli.flag_help_hint", fs.Name()))
	return errUsage
}
