package runtime

import "unicode"

// The contextual rules of RFC 5892 appendix A and the Bidi rule of RFC
// 5893. Three Unicode properties they read are not in package unicode:
// Canonical_Combining_Class Virama (a list, held to golang.org/x/text by a
// test), Joining_Type (from General_Category and script, with the
// right-joining Arabic and Syriac letters listed) and Bidi_Class (from
// script and category, held to x/text on every code point a U-label may
// hold).

// idnaContextOAllowed applies the CONTEXTO rule of label[i] (A.3–A.9).
func idnaContextOAllowed(label []rune, i int) bool {
	before, after := rune(-1), rune(-1)
	if i > 0 {
		before = label[i-1]
	}
	if i+1 < len(label) {
		after = label[i+1]
	}
	switch r := label[i]; {
	case r == 0xB7: // MIDDLE DOT: between two l (Catalan l·l)
		return before == 'l' && after == 'l'
	case r == 0x375: // GREEK LOWER NUMERAL SIGN: before Greek
		return after >= 0 && unicode.Is(unicode.Greek, after)
	case r == 0x5F3, r == 0x5F4: // HEBREW GERESH, GERSHAYIM: after Hebrew
		return before >= 0 && unicode.Is(unicode.Hebrew, before)
	case r == 0x30FB: // KATAKANA MIDDLE DOT: with Hiragana, Katakana or Han
		for _, c := range label {
			if unicode.In(c, unicode.Hiragana, unicode.Katakana, unicode.Han) {
				return true
			}
		}
		return false
	case 0x660 <= r && r <= 0x669: // ARABIC-INDIC DIGITS: not with extended ones
		return !idnaHasRange(label, 0x6F0, 0x6F9)
	}
	return !idnaHasRange(label, 0x660, 0x669) // EXTENDED ARABIC-INDIC DIGITS
}

// idnaHasRange reports whether label holds a code point from lo to hi.
func idnaHasRange(label []rune, lo, hi rune) bool {
	for _, c := range label {
		if lo <= c && c <= hi {
			return true
		}
	}
	return false
}

// idnaJoinerAllowed applies the CONTEXTJ rule of label[i] (A.1, A.2): a
// ZERO WIDTH JOINER or NON-JOINER after a virama; a NON-JOINER also
// between a letter that joins on its left and one that joins on its
// right, transparent characters aside.
func idnaJoinerAllowed(label []rune, i int) bool {
	if i > 0 && idnaVirama(label[i-1]) {
		return true
	}
	if label[i] == 0x200D {
		return false
	}
	j := i - 1
	for j >= 0 && idnaJoiningType(label[j]) == 'T' {
		j--
	}
	if j < 0 || !(idnaJoiningType(label[j]) == 'L' || idnaJoiningType(label[j]) == 'D') {
		return false
	}
	k := i + 1
	for k < len(label) && idnaJoiningType(label[k]) == 'T' {
		k++
	}
	return k < len(label) && (idnaJoiningType(label[k]) == 'R' || idnaJoiningType(label[k]) == 'D')
}

// idnaViramas are the code points of Canonical_Combining_Class 9 (Virama).
var idnaViramas = []rune{
	0x94D, 0x9CD, 0xA4D, 0xACD, 0xB4D, 0xBCD, 0xC4D, 0xCCD, 0xD3B, 0xD3C, 0xD4D, 0xDCA,
	0xE3A, 0xEBA, 0xF84, 0x1039, 0x103A, 0x1714, 0x1715, 0x1734, 0x17D2, 0x1A60, 0x1B44,
	0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3, 0x2D7F, 0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6,
	0xABED, 0x10A3F, 0x11046, 0x11070, 0x1107F, 0x110B9, 0x11133, 0x11134, 0x111C0, 0x11235,
	0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6, 0x1172B, 0x11839, 0x1193D,
	0x1193E, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45, 0x11D97, 0x11F41, 0x11F42,
}

// idnaVirama reports whether r is a virama.
func idnaVirama(r rune) bool {
	for _, v := range idnaViramas {
		if v == r {
			return true
		}
	}
	return false
}

// idnaRightJoining are the Arabic and Syriac letters of Joining_Type R
// (ArabicShaping.txt), as ranges; idnaJoiningType takes the others of
// the joining scripts as dual-joining.
var idnaRightJoining = []rune{
	0x622, 0x625, 0x627, 0x627, 0x629, 0x629, 0x62F, 0x632, 0x648, 0x648, 0x671, 0x673,
	0x675, 0x677, 0x688, 0x699, 0x6C0, 0x6C0, 0x6C3, 0x6CB, 0x6CD, 0x6CD, 0x6CF, 0x6CF,
	0x6D2, 0x6D3, 0x6D5, 0x6D5, 0x6EE, 0x6EF, 0x710, 0x710, 0x715, 0x719, 0x71E, 0x71E,
	0x728, 0x728, 0x72A, 0x72A, 0x72C, 0x72C, 0x72F, 0x72F, 0x74D, 0x74D, 0x759, 0x75B,
	0x76B, 0x76C, 0x771, 0x771, 0x773, 0x774, 0x778, 0x779, 0x870, 0x882, 0x8AA, 0x8AC,
	0x8AE, 0x8AE, 0x8B1, 0x8B2, 0x8B9, 0x8B9,
}

// idnaJoiningType approximates r's Joining_Type: T for marks and format
// characters, R for the listed letters, U for the hamzas, D for the other
// letters of the scripts that join, U for everything else.
func idnaJoiningType(r rune) byte {
	switch {
	case r == 0x200C || r == 0x200D || r == 0x621 || r == 0x674:
		return 'U'
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 'T'
	case formatInRanges(idnaRightJoining, r):
		return 'R'
	case unicode.Is(unicode.L, r) && unicode.In(r, unicode.Arabic, unicode.Syriac, unicode.Nko, unicode.Mongolian,
		unicode.Mandaic, unicode.Manichaean, unicode.Psalter_Pahlavi, unicode.Adlam, unicode.Hanifi_Rohingya,
		unicode.Sogdian, unicode.Old_Uyghur, unicode.Chorasmian, unicode.Phags_Pa):
		return 'D'
	}
	return 'U'
}

// Bidi classes as the Bidi rule groups them.
const (
	bidiL   = iota // L
	bidiR          // R, AL
	bidiEN         // EN
	bidiAN         // AN
	bidiNSM        // NSM
	bidiON         // ES, CS, ET, ON, BN
)

// idnaBidiClass returns the Bidi_Class of r, a code point a U-label may
// hold: European digits and the extended Arabic-Indic ones are EN, the
// Arabic-Indic and Hanifi Rohingya digits AN, marks NSM, the CONTEXTO
// punctuation, the joiners and the hyphen neutral, letters of right-to-left scripts R,
// the rest L.
func idnaBidiClass(r rune) int {
	switch {
	case '0' <= r && r <= '9', 0x6F0 <= r && r <= 0x6F9:
		return bidiEN
	case 0x660 <= r && r <= 0x669, 0x10D30 <= r && r <= 0x10D39:
		return bidiAN
	case r == '-', r == 0xB7, r == 0x375, r == 0x30FB, r == 0x200C, r == 0x200D, formatInRanges(idnaNeutralModifiers, r):
		return bidiON
	case unicode.In(r, unicode.Mn, unicode.Me) && !formatInRanges(idnaLeftMarks, r):
		return bidiNSM
	case unicode.In(r, idnaRTLScripts...):
		return bidiR
	}
	return bidiL
}

// idnaNeutralModifiers are the modifier letters of Bidi_Class ON, and
// idnaLeftMarks the nonspacing marks of Bidi_Class L (Unicode 15,
// TestIDNABidiClassIsUnicode): the exceptions to the rule by category.
var (
	idnaNeutralModifiers = []rune{0x2B9, 0x2BA, 0x2C6, 0x2CF, 0x2EC, 0x2EC, 0x2E2F, 0x2E2F, 0xA67F, 0xA67F, 0xA717, 0xA71F, 0xA788, 0xA788}
	idnaLeftMarks        = []rune{0xCBF, 0xCBF, 0xCC6, 0xCC6, 0x11A07, 0x11A08, 0x11C3F, 0x11C3F}
)

// idnaRTLScripts are the scripts written right to left.
var idnaRTLScripts = []*unicode.RangeTable{
	unicode.Hebrew, unicode.Arabic, unicode.Syriac, unicode.Thaana, unicode.Nko, unicode.Samaritan,
	unicode.Mandaic, unicode.Adlam, unicode.Hanifi_Rohingya, unicode.Mende_Kikakui, unicode.Yezidi,
	unicode.Imperial_Aramaic, unicode.Old_South_Arabian, unicode.Old_North_Arabian, unicode.Avestan,
	unicode.Inscriptional_Parthian, unicode.Inscriptional_Pahlavi, unicode.Psalter_Pahlavi,
	unicode.Manichaean, unicode.Nabataean, unicode.Palmyrene, unicode.Hatran, unicode.Phoenician,
	unicode.Lydian, unicode.Kharoshthi, unicode.Old_Turkic, unicode.Old_Hungarian, unicode.Sogdian,
	unicode.Old_Sogdian, unicode.Elymaic, unicode.Chorasmian, unicode.Old_Uyghur, unicode.Cypriot,
	unicode.Meroitic_Cursive, unicode.Meroitic_Hieroglyphs,
}

// idnaRTL reports whether label is right-to-left: it holds an R, AL or AN
// character.
func idnaRTL(label []rune) bool {
	for _, r := range label {
		if c := idnaBidiClass(r); c == bidiR || c == bidiAN {
			return true
		}
	}
	return false
}

// idnaBidiRule applies RFC 5893 section 2 to a label of a name that has a
// right-to-left label: a right-to-left label holds no L and not both EN and
// AN and ends in R, AL, EN or AN; a left-to-right one holds no R, AL or AN
// and ends in L or EN; either starts with L, R or AL. Trailing marks are
// passed over.
func idnaBidiRule(label []rune) bool {
	if len(label) == 0 {
		return false
	}
	first := idnaBidiClass(label[0])
	last := len(label) - 1
	for last > 0 && idnaBidiClass(label[last]) == bidiNSM {
		last--
	}
	end := idnaBidiClass(label[last])
	hasEN, hasAN := false, false
	for _, r := range label {
		switch idnaBidiClass(r) {
		case bidiL:
			if first == bidiR {
				return false
			}
		case bidiR, bidiAN:
			if first == bidiL {
				return false
			}
		}
		hasEN = hasEN || idnaBidiClass(r) == bidiEN
		hasAN = hasAN || idnaBidiClass(r) == bidiAN
	}
	switch first {
	case bidiR:
		return !(hasEN && hasAN) && (end == bidiR || end == bidiEN || end == bidiAN)
	case bidiL:
		return end == bidiL || end == bidiEN
	}
	return false
}
