package difftest

import (
	"bytes"
	"encoding/json"
	"maps"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// context is one document as the differences look at it.
type context struct {
	oracle    *Oracle
	doc       any
	data      []byte
	decodeErr error

	folded, dups []string
	scanned      bool
}

// excuse returns the name of the first difference that explains d.
func (c *context) excuse(d Disagreement) string {
	for _, diff := range Differences {
		if diff.explains(c, d) {
			return diff.Name
		}
	}
	return ""
}

// typedFormats reports whether the code under test types strings of format
// uuid and date-time as uuid.UUID and time.Time (an API description, or a
// JSON Schema file under -typed-formats), the source of the differences
// that say so; a JSON Schema file's UUIDString and DateTimeString keep the
// text, and excuse nothing.
func (c *context) typedFormats() bool { return !c.oracle.formatStrings }

// nullAt reports whether the document has null at ptr.
func (c *context) nullAt(ptr string) bool {
	return Has(c.doc, ptr) && Lookup(c.doc, ptr) == nil
}

// inObject reports whether ptr is a property of an object.
func (c *context) inObject(ptr string) bool {
	parent, _, ok := Parent(ptr)
	if !ok {
		return false
	}
	_, isObj := Lookup(c.doc, parent).(map[string]any)
	return isObj
}

// underNull reports whether the value at ptr or one of its ancestors is
// null.
func (c *context) underNull(ptr string) bool {
	for p := ptr; ; {
		if c.nullAt(p) {
			return true
		}
		parent, _, ok := Parent(p)
		if !ok {
			return false
		}
		p = parent
	}
}

// underSchema reports whether the value at ptr, or one of its ancestors,
// is described by the definition named name ("uuid.NullUUID").
func (c *context) underSchema(ptr, name string) bool {
	for p := ptr; ; {
		for _, s := range c.oracle.SchemasAt(c.doc, p) {
			if strings.HasSuffix(s.Location, "/"+name) {
				return true
			}
		}
		parent, _, ok := Parent(p)
		if !ok {
			return false
		}
		p = parent
	}
}

// nullTrigger reports whether the property at ptr is required by a
// dependentRequired entry of its object whose property is null.
func (c *context) nullTrigger(ptr string) bool {
	parent, name, ok := Parent(ptr)
	if !ok {
		return false
	}
	for _, s := range c.oracle.SchemasAt(c.doc, parent) {
		for trigger, deps := range requiredDeps(s) {
			if c.nullAt(Child(parent, trigger)) && slices.Contains(deps, name) {
				return true
			}
		}
	}
	return false
}

// hasFormat reports whether a schema at ptr asserts format.
func (c *context) hasFormat(ptr, format string) bool {
	_, formats := c.oracle.Types(c.doc, ptr)
	return slices.Contains(formats, format)
}

// numberNotDecodable reports whether the document has the number text at
// a place where the Go type goType cannot hold it although JSON Schema
// allows it: a whole number beyond the range of the Go integer type where
// an integer goes (one written 1.0 or 1e3 within the range decodes), a
// number beyond float64 where a number goes.
func (c *context) numberNotDecodable(text string, goType reflect.Type) bool {
	return c.anyNumber(func(ptr string, n json.Number) bool {
		if string(n) != text {
			return false
		}
		types, _ := c.oracle.Types(c.doc, ptr)
		r, ok := new(big.Rat).SetString(text)
		if !ok {
			return false
		}
		if slices.Contains(types, "integer") && r.IsInt() {
			return !fitsInteger(r.Num(), goType)
		}
		_, err := strconv.ParseFloat(text, 64)
		return slices.Contains(types, "number") && err != nil
	})
}

// fitsInteger reports whether n is in the range of the Go integer type t;
// false when t is not an integer type.
func fitsInteger(n *big.Int, t reflect.Type) bool {
	if t == nil {
		return false
	}
	lo, hi := new(big.Int), new(big.Int)
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		hi.Lsh(big.NewInt(1), uint(t.Bits()-1))
		lo.Neg(hi)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		hi.Lsh(big.NewInt(1), uint(t.Bits()))
	default:
		return false
	}
	return n.Cmp(lo) >= 0 && n.Cmp(hi) < 0
}

// inexactNumberAt reports whether the number at ptr is not exactly a
// float64, or not exactly a float32 where the schema says format float.
func (c *context) inexactNumberAt(ptr string) bool {
	n, ok := Lookup(c.doc, ptr).(json.Number)
	if !ok {
		return false
	}
	exact, ok := new(big.Rat).SetString(string(n))
	if !ok {
		return false
	}
	f, _ := strconv.ParseFloat(string(n), 64)
	if math.IsInf(f, 0) || new(big.Rat).SetFloat64(f).Cmp(exact) != 0 {
		return true
	}
	if c.hasFormat(ptr, "float") {
		if r := new(big.Rat).SetFloat64(float64(float32(f))); r == nil || r.Cmp(exact) != 0 {
			return true
		}
	}
	return false
}

// anyNumber reports whether fn holds for a number of the document.
func (c *context) anyNumber(fn func(ptr string, n json.Number) bool) bool {
	return walk(c.doc, "", func(ptr string, v any) bool {
		n, ok := v.(json.Number)
		return ok && fn(ptr, n)
	})
}

// anyString reports whether fn holds for a string of the document.
func (c *context) anyString(fn func(ptr, s string) bool) bool {
	return walk(c.doc, "", func(ptr string, v any) bool {
		s, ok := v.(string)
		return ok && fn(ptr, s)
	})
}

// walk calls fn on every value of v, depth first, until it returns true.
func walk(v any, ptr string, fn func(ptr string, v any) bool) bool {
	if fn(ptr, v) {
		return true
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if walk(x[k], Child(ptr, k), fn) {
				return true
			}
		}
	case []any:
		for i, e := range x {
			if walk(e, Child(ptr, strconv.Itoa(i)), fn) {
				return true
			}
		}
	}
	return false
}

// foldedProperties returns the properties that a key of the document
// reaches only by encoding/json's case-insensitive matching ("Name" for
// name), as pointers to the property.
func (c *context) foldedProperties() []string {
	c.scan()
	return c.folded
}

// duplicateObjects returns the objects of the document that repeat a key.
func (c *context) duplicateObjects() []string {
	c.scan()
	return c.dups
}

func (c *context) scan() {
	if c.scanned {
		return
	}
	c.scanned = true
	walk(c.doc, "", func(ptr string, v any) bool {
		obj, ok := v.(map[string]any)
		if !ok {
			return false
		}
		declared := map[string]bool{}
		for _, s := range c.oracle.SchemasAt(c.doc, ptr) {
			for name := range s.Properties {
				declared[name] = true
			}
		}
		for key := range obj {
			if declared[key] {
				continue
			}
			for name := range declared {
				if strings.EqualFold(key, name) {
					c.folded = append(c.folded, Child(ptr, name))
				}
			}
		}
		return false
	})
	dec := json.NewDecoder(bytes.NewReader(c.data))
	dec.UseNumber()
	c.dups = duplicates(dec, "")
}

// duplicates reads one value from dec and returns the pointers of the
// objects in it that repeat a key.
func duplicates(dec *json.Decoder, ptr string) []string {
	tok, err := dec.Token()
	if err != nil {
		return nil
	}
	var out []string
	switch tok {
	case json.Delim('{'):
		seen := map[string]bool{}
		dup := false
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return out
			}
			key, _ := k.(string)
			dup = dup || seen[key]
			seen[key] = true
			out = append(out, duplicates(dec, Child(ptr, key))...)
		}
		dec.Token()
		if dup {
			out = append(out, ptr)
		}
	case json.Delim('['):
		for i := 0; dec.More(); i++ {
			out = append(out, duplicates(dec, Child(ptr, strconv.Itoa(i)))...)
		}
		dec.Token()
	}
	return out
}
