package collab

// Ambition is the collaboration's shared ambition. Zoetermeer 2025 framed
// it as three goals at once, after the triple aim: better health, higher
// quality and lower costs; the consultant's view of network collaboration
// counts the lack of a concrete shared ambition among the main barriers
// ("Verslag webinar 'De praktijk van regionale en netwerksamenwerking in de
// zorg'", 10 March 2021).
//
// The zero Ambition means there is none.
type Ambition struct {
	BetterHealth  bool `json:"betterHealth,omitempty"`
	HigherQuality bool `json:"higherQuality,omitempty"`
	LowerCost     bool `json:"lowerCost,omitempty"`
	// Statement is the ambition in the collaboration's own words.
	Statement string `json:"statement,omitempty"`
}

// IsZero reports whether no ambition is recorded.
func (a Ambition) IsZero() bool { return a == Ambition{} }

// Goals counts the goals of the three that the ambition names.
func (a Ambition) Goals() int {
	n := 0
	for _, g := range [...]bool{a.BetterHealth, a.HigherQuality, a.LowerCost} {
		if g {
			n++
		}
	}
	return n
}

// Vision is the collaboration's regional vision: the point on the horizon.
// The zero Vision means there is none yet.
type Vision struct {
	// Adopted is the date the vision was agreed.
	Adopted Date   `json:"adopted"`
	Summary string `json:"summary,omitempty"`
}

// IsZero reports whether there is no vision.
func (v Vision) IsZero() bool { return v == Vision{} }

// TransitionBudget is money set aside for the change on top of the current
// costs of care, as Zoetermeer did. The zero value means there is none.
type TransitionBudget struct {
	Amount Money `json:"amount"`
	// AmountUnknown is true when a budget was agreed but its amount is not
	// known, as in the webinar of 10 March 2021 (Zoetermeer agreed a
	// transition budget on top of current costs without a public figure);
	// Amount is then 0.
	AmountUnknown bool   `json:"amountUnknown,omitempty"`
	Period        Period `json:"period"`
}

// IsZero reports whether no transition budget is recorded.
func (t TransitionBudget) IsZero() bool { return t == TransitionBudget{} }

// ContinuityPlan is how the collaboration will carry on once programme
// funding ends; the programme managers of April 2021 advise planning it
// in time. The zero value means there is no plan.
type ContinuityPlan struct {
	Adopted Date   `json:"adopted"`
	Summary string `json:"summary,omitempty"`
}

// IsZero reports whether there is no continuity plan.
func (p ContinuityPlan) IsZero() bool { return p == ContinuityPlan{} }

// Event is a moment in the collaboration's life worth recording: a
// kick-off, a regional meeting, a two-day event that grew the core group.
type Event struct {
	Date  Date   `json:"date"`
	Title string `json:"title"`
	// Participants is how many people took part; zero when not known.
	Participants int    `json:"participants,omitempty"`
	Note         string `json:"note,omitempty"`
}
