package intake

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"motcua/assets/i18n"
)

// Shared reading of the files an admin imports (catalog, holidays): size
// and encoding checks, JSON lists with the line of each entry, CSV with
// the line of each record, and errors that name the line in Vietnamese.

// MaxImportBytes caps an imported file (a national catalog is ~1 MB).
const MaxImportBytes = 16 << 20

// FormatVersion is the version of the catalog and holiday file formats.
const FormatVersion = 1

// ImportError is one problem of an imported file, at a line (0 when the
// problem is the whole file).
type ImportError struct {
	Line int
	Key  string
	Args []any
}

// Message is the sentence in lang, prefixed with the line.
func (e ImportError) Message(lang i18n.Lang) string {
	msg := i18n.T(lang, e.Key, e.Args...)
	if e.Line > 0 {
		return i18n.T(lang, "intake.import.at_line", e.Line, msg)
	}
	return msg
}

// ImportErrors are all the problems found in a file; nothing is imported
// when there is one. It matches ErrImport.
type ImportErrors []ImportError

// maxShown is how many problems an error message lists.
const maxShown = 10

// Message lists the problems in lang, one a line, at most maxShown.
func (es ImportErrors) Message(lang i18n.Lang) string {
	var b strings.Builder
	for i, e := range es {
		if i == maxShown {
			b.WriteString("\n" + i18n.T(lang, "intake.import.more", len(es)-maxShown))
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Message(lang))
	}
	return b.String()
}

// Error is the Vietnamese message: the command line shows it as is.
func (es ImportErrors) Error() string { return es.Message(i18n.VI) }

// Is makes errors.Is(err, ErrImport) hold.
func (es ImportErrors) Is(target error) bool { return target == ErrImport }

func importErr(line int, key string, args ...any) ImportError {
	return ImportError{Line: line, Key: key, Args: args}
}

// readImport reads the whole file, checks size and encoding, drops a BOM
// and resolves the format ("json", "csv", or "" to guess from the content).
func readImport(r io.Reader, format string) ([]byte, string, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxImportBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("read import file: %w", err)
	}
	if len(data) > MaxImportBytes {
		return nil, "", ImportErrors{importErr(0, "intake.err.import.too_large", MaxImportBytes>>20)}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		return nil, "", ImportErrors{importErr(0, "intake.err.import.encoding")}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, "", ImportErrors{importErr(0, "intake.err.import.empty")}
	}
	format = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(format), "."))
	if format == "" {
		format = "csv"
		if bytes.TrimSpace(data)[0] == '{' {
			format = "json"
		}
	}
	if format != "json" && format != "csv" {
		return nil, "", ImportErrors{importErr(0, "intake.err.import.format", format)}
	}
	return data, format, nil
}

// lineAt is the 1-based line of a byte offset.
func lineAt(data []byte, off int64) int {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// decodeJSONList decodes {"format_version": 1, "<list>": [T…]} with the
// line where each entry starts. Keys starting with "_" are comments.
// Unknown keys, in the file or in an entry, are errors: a misspelt field
// must not be silently dropped.
func decodeJSONList[T any](data []byte, list string) ([]T, []int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var base int64 // where the value being decoded starts: type errors count from there
	fail := func(err error) ([]T, []int, error) { return nil, nil, ImportErrors{jsonProblem(data, dec, base, err)} }
	if err := expectDelim(dec, '{'); err != nil {
		return fail(err)
	}
	var items []T
	var lines []int
	version, haveList := 0, false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		key, _ := tok.(string)
		switch {
		case key == "format_version":
			base = skipSeparators(data, dec.InputOffset())
			if err := dec.Decode(&version); err != nil {
				return fail(err)
			}
		case key == list:
			haveList = true
			if err := expectDelim(dec, '['); err != nil {
				return fail(err)
			}
			for dec.More() {
				base = skipSeparators(data, dec.InputOffset())
				line := lineAt(data, base)
				var item T
				if err := dec.Decode(&item); err != nil {
					return fail(err)
				}
				items, lines = append(items, item), append(lines, line)
			}
			if _, err := dec.Token(); err != nil { // ]
				return fail(err)
			}
		case strings.HasPrefix(key, "_"):
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fail(err)
			}
		default:
			return nil, nil, ImportErrors{importErr(lineAt(data, dec.InputOffset()), "intake.err.import.unknown_field", key)}
		}
	}
	if version != FormatVersion {
		return nil, nil, ImportErrors{importErr(0, "intake.err.import.version", version, FormatVersion)}
	}
	if !haveList || len(items) == 0 {
		return nil, nil, ImportErrors{importErr(0, "intake.err.import.no_entries", list)}
	}
	return items, lines, nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %q", want)
	}
	return nil
}

// skipSeparators moves an offset past spaces, commas and colons to where the next
// value starts.
func skipSeparators(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

// jsonProblem turns a decoding error into an ImportError with its line.
func jsonProblem(data []byte, dec *json.Decoder, base int64, err error) ImportError {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return importErr(lineAt(data, se.Offset), "intake.err.import.json_syntax", se.Error())
	case errors.As(err, &te):
		return importErr(lineAt(data, base+te.Offset), "intake.err.import.json_type", te.Field, te.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
		return importErr(lineAt(data, dec.InputOffset()), "intake.err.import.unknown_field", field)
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return importErr(lineAt(data, int64(len(data))), "intake.err.import.json_syntax", "unexpected end of file")
	}
	return importErr(lineAt(data, dec.InputOffset()), "intake.err.import.json_syntax", err.Error())
}

// csvRecord is one CSV record with its line.
type csvRecord struct {
	line   int
	fields []string
}

// readCSV reads every record, with ',' or ';' (what spreadsheets in a
// Vietnamese locale often save) as the separator, guessed from the first
// line. Blank lines are skipped.
func readCSV(data []byte) ([]csvRecord, error) {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Count(first, []byte(";")) > bytes.Count(first, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var out []csvRecord
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, ImportErrors{importErr(pe.Line, "intake.err.import.csv_syntax", pe.Err.Error())}
			}
			return nil, fmt.Errorf("read csv: %w", err)
		}
		line, _ := r.FieldPos(0)
		out = append(out, csvRecord{line: line, fields: rec})
	}
	return out, nil
}
