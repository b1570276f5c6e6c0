package load

import "slices"

// suggestPointer offers, for a pointer that names nothing in f, the pointer
// with its first missing token replaced by the closest key of the object it
// goes missing in: "#/components/schemas/WorkspaceBuild" for
// "#/components/schemas/WorkspaceBiuld", "#/components/schemas/Pet" for
// "#/components/schema/Pet". It returns "" when no key is close, or when the
// mended pointer names nothing either.
func suggestPointer(f *File, ptr string) string {
	toks := pointerTokens(ptr)
	for i := range toks {
		if at := child("#", toks[:i+1]...); rawAt(f, at) != nil || f.exists(at) {
			continue
		}
		key := closestKey(toks[i], f.Keys(child("#", toks[:i]...)))
		if key == "" {
			return ""
		}
		mended := child("#", slices.Concat(toks[:i], []string{key}, toks[i+1:])...)
		if rawAt(f, mended) == nil && !f.exists(mended) {
			return ""
		}
		return mended
	}
	return ""
}

// closestKey is the key nearest to word in edit distance, the first in
// document order among equals, if it is near enough to be a typo of it: at
// most a third of word's letters apart (at least one).
func closestKey(word string, keys []string) string {
	best, bestDist := "", max(1, len([]rune(word))/3)+1
	for _, k := range keys {
		if d := editDistance(word, k); d < bestDist {
			best, bestDist = k, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, counted in
// runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
