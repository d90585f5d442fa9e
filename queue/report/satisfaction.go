package report

import (
	"sort"

	"motcua/queue"
)

// MinGroup is the fewest ratings a counter's figures are shown with on
// their own. A counter with fewer is merged into the "other" group, so a
// clerk who served two citizens in a day cannot read who was unhappy
// (k-anonymity, k = 3). If the merged group itself has fewer than
// MinGroup, the smallest counter shown is merged into it too, until it
// has enough or everything is merged: otherwise a lone small counter could
// be read off by subtracting the others from the total.
const MinGroup = 3

// Ratings are the ratings of one group: one counter, the merged "other"
// group, or everything. Levels are counted in the order of queue.Levels.
type Ratings struct {
	Station string // the commune, in a district report of all communes
	Counter int    // 0 for Other and for the total
	Other   bool   // the merged group of counters with too few ratings
	Levels  [3]int
	Total   int
}

// PercentSatisfied is (very satisfied + satisfied) / total, in percent;
// 0 when there are no ratings.
func (r Ratings) PercentSatisfied() float64 {
	if r.Total == 0 {
		return 0
	}
	return 100 * float64(r.Levels[0]+r.Levels[1]) / float64(r.Total)
}

// Satisfaction is the citizens' ratings given on the period's days. The
// ratings table holds no ticket, name or ID number (see queue.Rate), and
// the report adds none: only counts.
type Satisfaction struct {
	All      Ratings
	Counters []Ratings // by counter number, then Other last
}

// satisfactionOf adds up the groups (a counter may come twice, from
// several days or services) and anonymises them.
func satisfactionOf(groups []Ratings) Satisfaction {
	var s Satisfaction
	type key struct {
		station string
		n       int
	}
	byCounter := map[key]*Ratings{}
	var order []key
	for _, g := range groups {
		k := key{g.Station, g.Counter}
		r, ok := byCounter[k]
		if !ok {
			r = &Ratings{Station: g.Station, Counter: g.Counter}
			byCounter[k] = r
			order = append(order, k)
		}
		r.add(g)
		s.All.add(g)
	}
	var merged []Ratings
	for _, k := range order {
		merged = append(merged, *byCounter[k])
	}
	s.Counters = anonymise(merged)
	return s
}

// anonymise merges groups of fewer than MinGroup ratings into one Other
// group (see MinGroup). It returns the shown counters by number, then
// Other when it is not empty.
func anonymise(groups []Ratings) []Ratings {
	// smallest first, so the loop below merges the smallest shown group
	sort.Slice(groups, func(i, j int) bool {
		if groups[i].Total != groups[j].Total {
			return groups[i].Total < groups[j].Total
		}
		return lessCounter(groups[i], groups[j])
	})
	other := Ratings{Other: true}
	i := 0
	for ; i < len(groups) && groups[i].Total < MinGroup; i++ {
		other.add(groups[i])
	}
	for other.Total > 0 && other.Total < MinGroup && i < len(groups) {
		other.add(groups[i])
		i++
	}
	shown := append([]Ratings(nil), groups[i:]...)
	sort.Slice(shown, func(a, b int) bool { return lessCounter(shown[a], shown[b]) })
	if other.Total > 0 {
		shown = append(shown, other)
	}
	return shown
}

func lessCounter(a, b Ratings) bool {
	if a.Station != b.Station {
		return a.Station < b.Station
	}
	return a.Counter < b.Counter
}

func (r *Ratings) add(o Ratings) {
	for i := range r.Levels {
		r.Levels[i] += o.Levels[i]
	}
	r.Total += o.Total
}

// LevelIndex is the place of level l in queue.Levels (and in
// Ratings.Levels), -1 for an unknown level.
func LevelIndex(l queue.Level) int {
	for i, v := range queue.Levels {
		if v == l {
			return i
		}
	}
	return -1
}
