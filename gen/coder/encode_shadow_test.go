package coder_test

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/specgen/specgen/gen/coder"
)

// The generated encoders must write exactly what encoding/json wrote before
// they existed, when it walked the types by reflection. A shadow of a
// generated type is that type as encoding/json saw it: the same fields,
// names and tags, but made with reflect.StructOf and so without the
// generated methods; encoding/json's bytes for a value's shadow are what
// the encoders must produce. Types from other packages (time.Time,
// uuid.UUID, uuid.NullUUID, json.RawMessage) keep their own methods, which
// are their encoding.

// shadows builds and remembers the shadow types.
type shadows struct {
	types map[reflect.Type]reflect.Type
	// building marks the types being built, to refuse a recursive type
	// (reflect cannot build one); Coder's types have none.
	building map[reflect.Type]bool
}

func newShadows() *shadows {
	return &shadows{types: map[reflect.Type]reflect.Type{}, building: map[reflect.Type]bool{}}
}

// ours reports whether t is declared in this package.
func ours(t reflect.Type) bool {
	return t.PkgPath() == reflect.TypeFor[coder.Workspace]().PkgPath()
}

// typeOf returns t's shadow.
func (s *shadows) typeOf(t reflect.Type) reflect.Type {
	if st, ok := s.types[t]; ok {
		return st
	}
	if s.building[t] {
		panic(fmt.Sprintf("shadow: %v is recursive", t))
	}
	s.building[t] = true
	defer delete(s.building, t)
	var st reflect.Type
	switch {
	case t.Kind() == reflect.Pointer:
		st = reflect.PointerTo(s.typeOf(t.Elem()))
	case t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Uint8:
		st = reflect.SliceOf(s.typeOf(t.Elem()))
	case t.Kind() == reflect.Map:
		st = reflect.MapOf(t.Key(), s.typeOf(t.Elem()))
	case !ours(t):
		st = t
	case t.Kind() == reflect.Struct:
		var fields []reflect.StructField
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue // what decoding recorded; encoding/json skips it
			}
			if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == "-" && f.Tag.Get("json") == "-" {
				panic(fmt.Sprintf("shadow: %v.%s has a name no tag can carry", t, f.Name))
			}
			fields = append(fields, reflect.StructField{Name: f.Name, Type: s.typeOf(f.Type), Tag: f.Tag})
		}
		st = reflect.StructOf(fields)
	default:
		// An enum or a named scalar: its kind's type.
		st = kindTypes[t.Kind()]
		if st == nil {
			panic(fmt.Sprintf("shadow: no shadow for %v", t))
		}
	}
	s.types[t] = st
	return st
}

var kindTypes = map[reflect.Kind]reflect.Type{
	reflect.String: reflect.TypeFor[string](), reflect.Bool: reflect.TypeFor[bool](),
	reflect.Int: reflect.TypeFor[int](), reflect.Int32: reflect.TypeFor[int32](), reflect.Int64: reflect.TypeFor[int64](),
	reflect.Uint32: reflect.TypeFor[uint32](), reflect.Uint64: reflect.TypeFor[uint64](),
	reflect.Float32: reflect.TypeFor[float32](), reflect.Float64: reflect.TypeFor[float64](),
}

// valueOf returns v as a value of its type's shadow.
func (s *shadows) valueOf(v reflect.Value) reflect.Value {
	t := v.Type()
	st := s.typeOf(t)
	if st == t {
		return v
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		p := reflect.New(st.Elem())
		p.Elem().Set(s.valueOf(v.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		out := reflect.MakeSlice(st, v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(s.valueOf(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return reflect.Zero(st)
		}
		out := reflect.MakeMapWithSize(st, v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), s.valueOf(it.Value()))
		}
		return out
	case reflect.Struct:
		out := reflect.New(st).Elem()
		for i := range st.NumField() {
			name := st.Field(i).Name
			out.Field(i).Set(s.valueOf(v.FieldByName(name)))
		}
		return out
	}
	return v.Convert(st)
}
