package content

// Step looks up a relief step by id.
func (r *Relief) Step(id string) (Step, bool) {
	for _, s := range r.Steps {
		if s.ID == id {
			return s, true
		}
	}
	return Step{}, false
}

// Tier looks up a red-flag tier by id (TierEmergency, TierUrgent, TierRoutine).
func (r *RedFlags) Tier(id string) (Tier, bool) {
	for _, t := range r.Tiers {
		if t.ID == id {
			return t, true
		}
	}
	return Tier{}, false
}
