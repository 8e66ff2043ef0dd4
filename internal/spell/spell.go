// Package spell finds the name a typo meant, for did-you-mean messages
// and fixes; dialects and rules share it.
package spell

import "strings"

// Nearest returns the one candidate within a typo of s (one edit, two for
// candidates of six or more letters), ignoring case; "" when none is, or
// when several are, since a did-you-mean must not guess.
func Nearest(s string, candidates []string) string {
	best, n := "", 0
	for _, c := range candidates {
		limit := 1
		if len(c) >= 6 {
			limit = 2
		}
		if d := Distance(strings.ToLower(s), strings.ToLower(c)); d > 0 && d <= limit {
			best, n = c, n+1
		}
	}
	if n != 1 {
		return ""
	}
	return best
}

// Distance is the Levenshtein distance, for short keys and names.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
