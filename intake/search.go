package intake

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// searchEntry is a procedure's text as search compares it.
type searchEntry struct {
	name []string // folded words of the Vietnamese name
	all  []string // and those of the English name and the field
	code string
}

func newSearchEntry(p Procedure) searchEntry {
	name := foldWords(p.NameVI)
	return searchEntry{name: name, all: append(name[:len(name):len(name)], foldWords(p.NameEN+" "+p.Field)...), code: p.Code}
}

// Search finds procedures by what a clerk types: words of the name with or
// without diacritics, in any order, each word possibly cut short ("dang ky
// khai sinh", "khai sinh dang ky", "chứng thực chữ k"), or the start of a
// national code ("1.0011"). Results are ranked: code
// matches first, then names containing the words as typed, in order,
// closest to the start of the name, then shorter names; words found only
// in the English name or the field rank last. An empty query lists the
// whole catalog in order.
func (c *Catalog) Search(query string) []Procedure {
	query = Clean(query, 200)
	words := foldWords(query)
	if len(words) == 0 {
		return c.Procedures()
	}
	code := strings.ReplaceAll(query, " ", "")
	isCode := strings.Trim(code, "0123456789.") == "" && strings.ContainsAny(code, "0123456789")
	type hit struct {
		i     int
		score int
	}
	var hits []hit
	for i, e := range c.index {
		score := 0
		if isCode && e.code != "" {
			switch {
			case e.code == code:
				score = 3000
			case strings.HasPrefix(e.code, code):
				score = 2000
			case len(code) >= 3 && strings.Contains(e.code, code):
				score = 1500
			}
		}
		if s, ok := matchWords(words, e.name); ok {
			score = max(score, s+1000)
		} else if s, ok := matchWords(words, e.all); ok {
			score = max(score, s)
		}
		if score > 0 {
			hits = append(hits, hit{i, score})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return hits[a].score > hits[b].score })
	out := make([]Procedure, len(hits))
	for k, h := range hits {
		out[k] = c.procs[h.i]
	}
	return out
}

// matchWords scores how well the query words match a name's words; every
// query word must be a whole word or the start of one. The score rewards
// whole words, the words in the typed order and next to each other, a
// match near the start of the name, and short names.
func matchWords(query, words []string) (int, bool) {
	if len(words) == 0 {
		return 0, false
	}
	score := 0
	for _, q := range query {
		best := 0
		for _, w := range words {
			switch {
			case w == q:
				best = 10
			case best < 6 && strings.HasPrefix(w, q):
				best = 6
			}
		}
		if best == 0 {
			return 0, false
		}
		score += best * 10
	}
	switch at := phraseAt(query, words); {
	case at >= 0 && at <= 2: // the name starts with the words ("Thủ tục …" aside)
		score += 300
	case at > 2:
		score += 40
	}
	score -= 2 * len(words) // shorter names first
	if score < 1 {
		score = 1
	}
	return score, true
}

// phraseAt is the word position where the query words occur consecutively
// and in order (the last one possibly cut short), or -1.
func phraseAt(query, words []string) int {
	for start := 0; start+len(query) <= len(words); start++ {
		ok := true
		for k, q := range query {
			w := words[start+k]
			if w != q && !(k == len(query)-1 && strings.HasPrefix(w, q)) {
				ok = false
				break
			}
		}
		if ok {
			return start
		}
	}
	return -1
}

// Fold is the form of a text that search compares: lower case, without
// diacritics (đ becomes d), every run of characters other than letters
// and digits turned into one space. "Đăng ký  KHAI-SINH" folds to
// "dang ky khai sinh", so a clerk can type without Vietnamese marks.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // no leading space
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a diacritic mark
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// foldWords splits a folded text into its words.
func foldWords(s string) []string { return strings.Fields(Fold(s)) }
