package coder_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"time"

	"github.com/google/uuid"
)

// randomValues fills values of generated types at random, by reflection:
// pointers nil or set, slices and maps nil, empty or with a few items,
// and scalars drawn from values that take the encoder's rarer paths
// (strings to escape, floats at the edges of encoding/json's formats,
// times in other zones). With wild set, values that cannot round-trip
// are drawn too: invalid UTF-8, NaN and the infinities, years outside
// 0–9999, raw JSON that is not valid.
type randomValues struct {
	r     *rand.Rand
	wild  bool
	depth int
}

var (
	timeType     = reflect.TypeFor[time.Time]()
	uuidType     = reflect.TypeFor[uuid.UUID]()
	nullUUIDType = reflect.TypeFor[uuid.NullUUID]()
	rawType      = reflect.TypeFor[json.RawMessage]()
)

var tameStrings = []string{
	"", "dev", "Coder workspace", `quote " and \ backslash`, "<b>bold</b> & co",
	"tab\tnew\nline\r", "\x00\x1f\x7f", "é ü 日本 🎉", "\u2028\u2029", "🙂", "a/b", "-",
}

var wildStrings = []string{"bad \xff", "\xc3", "\xed\xa0\x80", "x\xe2\x80"}

var tameFloats = []float64{
	0, 1, -1, 0.5, 1e-6, 9.999999e-7, 1e-7, 1e20, 1e21, -1e21, 123.456, 1e300,
	math.MaxFloat64, math.SmallestNonzeroFloat64, math.Copysign(0, -1), 3.0000000000000004,
}

var wildFloats = []float64{math.NaN(), math.Inf(1), math.Inf(-1)}

func (g *randomValues) pick(n int) int { return g.r.IntN(n) }

func (g *randomValues) string() string {
	if g.wild && g.pick(8) == 0 {
		return wildStrings[g.pick(len(wildStrings))]
	}
	if g.pick(4) == 0 {
		b := make([]rune, g.pick(6))
		for i := range b {
			b[i] = rune(g.pick(0x3000))
		}
		return string(b)
	}
	return tameStrings[g.pick(len(tameStrings))]
}

func (g *randomValues) float() float64 {
	if g.wild && g.pick(20) == 0 {
		return wildFloats[g.pick(len(wildFloats))]
	}
	if f := math.Float64frombits(g.r.Uint64()); g.pick(2) == 0 && !math.IsNaN(f) && !math.IsInf(f, 0) {
		return f
	}
	return tameFloats[g.pick(len(tameFloats))]
}

func (g *randomValues) time() time.Time {
	zones := []*time.Location{time.UTC, time.FixedZone("", 5*3600+30*60), time.FixedZone("", -8*3600)}
	year := 1970 + g.pick(100)
	if g.wild && g.pick(20) == 0 {
		year = []int{-1, 10000}[g.pick(2)]
	}
	nanos := []int{0, 123000000, 123456789, 1}[g.pick(4)]
	return time.Date(year, time.Month(1+g.pick(12)), 1+g.pick(28), g.pick(24), g.pick(60), g.pick(60), nanos, zones[g.pick(len(zones))])
}

// any returns a value of the shape encoding/json decodes into any.
func (g *randomValues) any() any {
	if g.depth > 3 {
		return g.string()
	}
	g.depth++
	defer func() { g.depth-- }()
	switch g.pick(7) {
	case 0:
		return nil
	case 1:
		return g.pick(2) == 0
	case 2:
		return g.string()
	case 3:
		return tameFloats[g.pick(len(tameFloats))] // a JSON number decodes as float64
	case 4:
		a := []any{}
		for range g.pick(3) {
			a = append(a, g.any())
		}
		return a
	default:
		m := map[string]any{}
		for range g.pick(4) {
			m[g.string()] = g.any()
		}
		return m
	}
}

func (g *randomValues) raw() json.RawMessage {
	if g.wild && g.pick(10) == 0 {
		return json.RawMessage(`{"unclosed": [1`)
	}
	if g.pick(5) == 0 {
		return nil
	}
	b, _ := json.Marshal(g.any())
	return b
}

// fill sets v (settable) to a random value of its type.
func (g *randomValues) fill(v reflect.Value) {
	t := v.Type()
	switch t {
	case timeType:
		v.Set(reflect.ValueOf(g.time()))
		return
	case uuidType:
		var u uuid.UUID
		for i := range u {
			u[i] = byte(g.r.Uint32())
		}
		v.Set(reflect.ValueOf(u))
		return
	case nullUUIDType:
		if g.pick(2) == 0 {
			var u uuid.UUID
			u[0] = byte(g.r.Uint32())
			v.Set(reflect.ValueOf(uuid.NullUUID{UUID: u, Valid: true}))
		}
		return
	case rawType:
		v.Set(reflect.ValueOf(g.raw()))
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		if g.pick(3) > 0 && g.depth < 6 {
			g.depth++
			p := reflect.New(t.Elem())
			g.fill(p.Elem())
			v.Set(p)
			g.depth--
		}
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				g.fill(v.Field(i))
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			if g.pick(4) > 0 {
				b := make([]byte, g.pick(10))
				for i := range b {
					b[i] = byte(g.r.Uint32())
				}
				v.SetBytes(b)
			}
			return
		}
		n := g.pick(5) - 1 // -1: nil
		if n < 0 || g.depth >= 6 {
			return
		}
		g.depth++
		s := reflect.MakeSlice(t, n, n)
		for i := range n {
			g.fill(s.Index(i))
		}
		v.Set(s)
		g.depth--
	case reflect.Map:
		n := g.pick(5) - 1
		if n < 0 || g.depth >= 6 {
			return
		}
		g.depth++
		m := reflect.MakeMapWithSize(t, n)
		for range n {
			k := reflect.New(t.Key()).Elem()
			k.SetString(g.string())
			e := reflect.New(t.Elem()).Elem()
			g.fill(e)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
		g.depth--
	case reflect.Interface:
		if a := g.any(); a != nil {
			v.Set(reflect.ValueOf(a))
		}
	case reflect.String:
		v.SetString(g.string())
	case reflect.Bool:
		v.SetBool(g.pick(2) == 0)
	case reflect.Int, reflect.Int32, reflect.Int64:
		n := []int64{0, 1, -1, math.MaxInt32, math.MinInt32, g.r.Int64()}[g.pick(6)]
		if v.OverflowInt(n) {
			n = int64(int32(n))
		}
		v.SetInt(n)
	case reflect.Uint32, reflect.Uint64:
		n := []uint64{0, 1, math.MaxUint32, g.r.Uint64()}[g.pick(4)]
		if v.OverflowUint(n) {
			n = uint64(uint32(n))
		}
		v.SetUint(n)
	case reflect.Float32:
		f := g.float()
		if f32 := math.Float32frombits(g.r.Uint32()); g.pick(2) == 0 && !math.IsNaN(float64(f32)) && !math.IsInf(float64(f32), 0) {
			f = float64(f32)
		}
		if !v.OverflowFloat(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			v.SetFloat(f)
		}
	case reflect.Float64:
		v.SetFloat(g.float())
	default:
		panic("randomValues: no values for " + t.String())
	}
}
