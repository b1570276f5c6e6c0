package emit

import (
	"strings"
	"unicode"

	"github.com/specgen/specgen/generator/ir"
)

// A JSON property can have any name; a struct tag cannot carry every one.
// encoding/json takes a tag's name only when it is letters, digits and the
// punctuation !#$%&()*+-./:;<=>?@[]^_{|}~ and space (no comma, quote,
// backslash or backtick), and falls back to the Go field name otherwise;
// go vet refuses a space. Such a property's field is tagged `json:"-"`; its
// struct's encoder (encode.go) writes it by its exact name after the other
// members, and its UnmarshalJSON reads it by that name beside the fields
// encoding/json handles.

// tagPunct is the punctuation encoding/json accepts in a tag's name.
const tagPunct = "!#$%&()*+-./:;<=>?@[]^_{|}~"

// taggable reports whether a struct tag can carry the property name: as
// encoding/json's isValidTag, without the space go vet refuses.
func taggable(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		if !strings.ContainsRune(tagPunct, c) && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// jsonTag is a field's json struct tag. The name "-" is written "-,",
// which encoding/json reads as the name rather than as "leave out".
func jsonTag(fl *ir.Field) string {
	if !taggable(fl.JSONName) {
		return "-"
	}
	tag := fl.JSONName
	if tag == "-" {
		tag += ","
	}
	if fl.OmitZero {
		if !strings.HasSuffix(tag, ",") {
			tag += ","
		}
		tag += "omitzero"
	}
	return tag
}
