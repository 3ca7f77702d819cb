package project

import (
	"encoding/json"
	"strconv"
)

// The count arrays of the analytics are written as JSON objects keyed by
// wire word, every valid value present in declaration order, such as
// {"regional-vision":0,"technology":4,...}. Reading them back rejects an
// unknown word.

// notStarted is the JSON key of PhaseCounts[PhaseUnknown].
const notStarted = "not-started"

// MarshalJSON writes the counts as an object keyed by theme.
func (c ThemeCounts) MarshalJSON() ([]byte, error) {
	return marshalCounts(c[1:], func(i int) string { return Theme(i + 1).String() }), nil
}

// UnmarshalJSON reads an object keyed by theme; a missing theme counts 0
// and an unknown one is a *collab.UnknownValueError.
func (c *ThemeCounts) UnmarshalJSON(data []byte) error {
	return unmarshalCounts(data, c[:], func(w string) (int, error) {
		t, err := ParseTheme(w)
		return int(t), err
	})
}

// MarshalJSON writes the counts as an object keyed by phase, with the
// projects that had not started under "not-started".
func (c PhaseCounts) MarshalJSON() ([]byte, error) {
	return marshalCounts(c[:], func(i int) string {
		if i == 0 {
			return notStarted
		}
		return Phase(i).String()
	}), nil
}

// UnmarshalJSON reads an object keyed by phase or "not-started".
func (c *PhaseCounts) UnmarshalJSON(data []byte) error {
	return unmarshalCounts(data, c[:], func(w string) (int, error) {
		if w == notStarted {
			return 0, nil
		}
		ph, err := ParsePhase(w)
		return int(ph), err
	})
}

// MarshalJSON writes the amounts, in euro cents, as an object keyed by
// funding source.
func (a SourceAmounts) MarshalJSON() ([]byte, error) {
	return marshalCounts(a[1:], func(i int) string { return FundingSource(i + 1).String() }), nil
}

// UnmarshalJSON reads an object keyed by funding source.
func (a *SourceAmounts) UnmarshalJSON(data []byte) error {
	return unmarshalCounts(data, a[:], func(w string) (int, error) {
		s, err := ParseFundingSource(w)
		return int(s), err
	})
}

func marshalCounts[N ~int | ~int64](vals []N, word func(int) string) []byte {
	b := make([]byte, 0, 24*len(vals)+2)
	b = append(b, '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, word(i))
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(v), 10)
	}
	return append(b, '}')
}

func unmarshalCounts[N ~int | ~int64](data []byte, vals []N, index func(string) (int, error)) error {
	var m map[string]int64
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	clear(vals)
	for w, v := range m {
		i, err := index(w)
		if err != nil {
			return err
		}
		vals[i] = N(v)
	}
	return nil
}

var (
	_ json.Marshaler   = ThemeCounts{}
	_ json.Unmarshaler = (*ThemeCounts)(nil)
	_ json.Marshaler   = PhaseCounts{}
	_ json.Unmarshaler = (*PhaseCounts)(nil)
	_ json.Marshaler   = SourceAmounts{}
	_ json.Unmarshaler = (*SourceAmounts)(nil)
)
