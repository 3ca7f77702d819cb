package project

// Outcome is a result a project achieved, described in words and optionally
// measured.
//
// The zero Outcome is not valid: Text is required.
type Outcome struct {
	Text string `json:"text"`
	// Measure quantifies the outcome; the zero Measure means none.
	Measure Measure `json:"measure,omitzero"`
}

// Measure is a quantity with its unit, such as 4 "technologies" or 12.5
// "percent fewer hospital admissions".
//
// The zero Measure means "not measured". A Measure that is set needs a
// unit; its value may be zero.
type Measure struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

// IsZero reports whether the measure is unset.
func (m Measure) IsZero() bool { return m.Unit == "" && m.Value == 0 }
