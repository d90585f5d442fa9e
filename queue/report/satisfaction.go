package report

import (
	"context"
	"fmt"
	"sort"

	"motcua/queue"
	"motcua/store"
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
	Counter int  // 0 for Other and for the total
	Other   bool // the merged group of counters with too few ratings
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

func satisfaction(ctx context.Context, tx *store.Tx, p Period) (Satisfaction, error) {
	var s Satisfaction
	rows, err := tx.QueryContext(ctx, `SELECT counter, level, count(*) FROM ratings
		WHERE day BETWEEN ? AND ? GROUP BY counter, level`, p.FirstDay(), p.LastDay())
	if err != nil {
		return s, fmt.Errorf("count ratings: %w", err)
	}
	defer rows.Close()
	byCounter := map[int]*Ratings{}
	for rows.Next() {
		var counter, n int
		var level queue.Level
		if err := rows.Scan(&counter, &level, &n); err != nil {
			return s, fmt.Errorf("count ratings: %w", err)
		}
		i := levelIndex(level)
		if i < 0 {
			continue // the table's CHECK allows none other
		}
		r, ok := byCounter[counter]
		if !ok {
			r = &Ratings{Counter: counter}
			byCounter[counter] = r
		}
		r.Levels[i] += n
		r.Total += n
		s.All.Levels[i] += n
		s.All.Total += n
	}
	if err := rows.Err(); err != nil {
		return s, fmt.Errorf("count ratings: %w", err)
	}
	var groups []Ratings
	for _, r := range byCounter {
		groups = append(groups, *r)
	}
	s.Counters = anonymise(groups)
	return s, nil
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
		return groups[i].Counter < groups[j].Counter
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
	sort.Slice(shown, func(a, b int) bool { return shown[a].Counter < shown[b].Counter })
	if other.Total > 0 {
		shown = append(shown, other)
	}
	return shown
}

func (r *Ratings) add(o Ratings) {
	for i := range r.Levels {
		r.Levels[i] += o.Levels[i]
	}
	r.Total += o.Total
}

func levelIndex(l queue.Level) int {
	for i, v := range queue.Levels {
		if v == l {
			return i
		}
	}
	return -1
}
