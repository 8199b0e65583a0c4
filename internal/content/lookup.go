package content

// Step looks up a relief step by id.
func (r *Relief) Step(id string) (Step, bool) {
	if i := r.StepIndex(id); i >= 0 {
		return r.Steps[i], true
	}
	return Step{}, false
}

// StepIndex is the position of step id in Steps, or -1.
func (r *Relief) StepIndex(id string) int {
	for i, s := range r.Steps {
		if s.ID == id {
			return i
		}
	}
	return -1
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
