package report

import (
	"slices"
	"time"
)

// Durations summarises a set of times (waiting or service).
//
// Median is the middle value, or the mean of the two middle values of an
// even count; P90 is the nearest-rank 90th percentile: the smallest value
// that at least 90 % of the values do not exceed. All are zero when N is 0.
type Durations struct {
	N                 int
	Mean, Median, P90 time.Duration
}

// summarise computes Durations of values in milliseconds; it sorts them.
func summarise(ms []int64) Durations {
	n := len(ms)
	if n == 0 {
		return Durations{}
	}
	slices.Sort(ms)
	var sum int64
	for _, v := range ms {
		sum += v
	}
	median := ms[n/2]
	if n%2 == 0 {
		median = (ms[n/2-1] + ms[n/2]) / 2
	}
	rank := (9*n + 9) / 10 // ceil(0.9 n)
	return Durations{
		N:      n,
		Mean:   time.Duration(sum/int64(n)) * time.Millisecond,
		Median: time.Duration(median) * time.Millisecond,
		P90:    time.Duration(ms[rank-1]) * time.Millisecond,
	}
}
