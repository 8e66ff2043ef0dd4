package main

import (
	"fmt"
	"sort"
	"strings"
)

const diffContext = 3

// unified is the unified diff ("a/name", "b/name", as git writes it) of
// applying sorted, disjoint edits to old. The edits say exactly which
// lines change, so no diff algorithm is needed: each changed block is the
// run of lines the edits touch, shown old then new.
func unified(name string, old []byte, edits []edit) string {
	lines := splitLines(string(old))
	starts := make([]int, len(lines)+1) // starts[i]: offset of line i
	for i, l := range lines {
		starts[i+1] = starts[i] + len(l)
	}
	lineOf := func(off int) int {
		return sort.Search(len(lines), func(i int) bool { return starts[i+1] > off })
	}

	// Blocks of whole lines, [from,to), with the edits inside them.
	type block struct {
		from, to int
		edits    []edit
	}
	var blocks []block
	for _, e := range edits {
		b := block{from: lineOf(e.start), to: min(lineOf(e.end)+1, len(lines)), edits: []edit{e}}
		if n := len(blocks); n > 0 && b.from <= blocks[n-1].to {
			blocks[n-1].to = max(blocks[n-1].to, b.to)
			blocks[n-1].edits = append(blocks[n-1].edits, e)
			continue
		}
		blocks = append(blocks, b)
	}
	newLines := func(b block) []string {
		base := starts[b.from]
		text := old[base:starts[b.to]]
		var out []byte
		last := 0
		for _, e := range b.edits {
			out = append(out, text[last:e.start-base]...)
			out = append(out, e.text...)
			last = e.end - base
		}
		out = append(out, text[last:]...)
		return splitLines(string(out))
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- a/%s\n+++ b/%s\n", name, name)
	delta := 0 // lines added minus removed by earlier hunks
	for i := 0; i < len(blocks); {
		// A hunk: blocks whose context touches, with context around.
		j := i + 1
		for j < len(blocks) && blocks[j].from-blocks[j-1].to <= 2*diffContext {
			j++
		}
		from := max(0, blocks[i].from-diffContext)
		to := min(len(lines), blocks[j-1].to+diffContext)
		var body strings.Builder
		oldN, newN := 0, 0
		at := from
		for _, b := range blocks[i:j] {
			for ; at < b.from; at++ {
				writeLine(&body, ' ', lines[at])
				oldN++
				newN++
			}
			for _, l := range lines[b.from:b.to] {
				writeLine(&body, '-', l)
				oldN++
			}
			for _, l := range newLines(b) {
				writeLine(&body, '+', l)
				newN++
			}
			at = b.to
		}
		for ; at < to; at++ {
			writeLine(&body, ' ', lines[at])
			oldN++
			newN++
		}
		oldStart, newStart := from+1, from+1+delta
		if oldN == 0 {
			oldStart--
		}
		if newN == 0 {
			newStart--
		}
		fmt.Fprintf(&sb, "@@ -%d,%d +%d,%d @@\n", oldStart, oldN, newStart, newN)
		sb.WriteString(body.String())
		delta += newN - oldN
		i = j
	}
	return sb.String()
}

// splitLines splits s after each newline; the last line may have none.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

func writeLine(sb *strings.Builder, op byte, line string) {
	sb.WriteByte(op)
	sb.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		sb.WriteString("\n\\ No newline at end of file\n")
	}
}
