package content

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/goccy/go-yaml"
)

func TestDurationRoundTrip(t *testing.T) {
	for _, s := range []string{"30s", "10m", "1h", "1h30m", "1.5s", "500ms", "-5s", "0s"} {
		var v struct {
			Hold Duration `yaml:"hold"`
		}
		if err := yaml.Unmarshal([]byte("hold: "+s+"\n"), &v); err != nil {
			t.Errorf("%s: %v", s, err)
			continue
		}
		want, _ := time.ParseDuration(s)
		if v.Hold.Duration != want {
			t.Errorf("%s decoded as %v", s, v.Hold.Duration)
		}
		out, err := yaml.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if got := string(out); got != "hold: "+s+"\n" {
			t.Errorf("%s marshalled as %q", s, got)
		}
	}
}

func TestDurationJSON(t *testing.T) {
	b, err := json.Marshal(Duration{10 * time.Minute})
	if err != nil || string(b) != `"10m"` {
		t.Fatalf("json = %s, %v", b, err)
	}
	var d Duration
	if err := json.Unmarshal([]byte(`"45s"`), &d); err != nil || d.Duration != 45*time.Second {
		t.Errorf("json decode = %v, %v", d, err)
	}
}
