package runtime

import (
	"strconv"
	"testing"
)

// BenchmarkJSONIntDigits measures the path almost every integer takes:
// plain digits into an int64 (and a uint64), in an array of 1,000 of
// varied lengths, so that reading 1.0 or 1e3 as an integer is seen not to
// slow it down.
func BenchmarkJSONIntDigits(b *testing.B) {
	data := []byte{'['}
	for i := range 1000 {
		if i > 0 {
			data = append(data, ',')
		}
		n := int64(i) * int64(i) * 7919 % 1e12
		data = strconv.AppendInt(data, n, 10)
	}
	data = append(data, ']')
	b.Run("int64", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		var v []int64
		for b.Loop() {
			v = v[:0]
			if err := jsonDecode(data, func(r *jsonReader) { jsonSlice(&v, r, jsonInt[int64]) }); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("uint64", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		var v []uint64
		for b.Loop() {
			v = v[:0]
			if err := jsonDecode(data, func(r *jsonReader) { jsonSlice(&v, r, jsonUint[uint64]) }); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkJSONParseInt measures the digits loop alone, on 1,000 plain
// integers of 1 to 13 digits, half of them negative.
func BenchmarkJSONParseInt(b *testing.B) {
	var texts [][]byte
	for i := range 1000 {
		n := int64(i) * int64(i) * 7919 % 1e12
		if i%2 == 1 {
			n = -n
		}
		texts = append(texts, strconv.AppendInt(nil, n, 10))
	}
	var sum int64
	for b.Loop() {
		for _, s := range texts {
			n, _ := jsonParseInt(s)
			sum += n
		}
	}
	if sum == 1 {
		b.Log(sum)
	}
}
