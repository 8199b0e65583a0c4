package report

import (
	"html/template"
	"strings"
	"testing"
)

// esc escapes as html/template does in element text and quoted attributes,
// so writing the page by hand lost none of its escaping.
func TestEscIsHTMLTemplates(t *testing.T) {
	tmpl := template.Must(template.New("t").Parse(`<p>{{.}}</p><rect x="{{.}}"><title>{{.}}</title></rect>`))
	for _, s := range []string{
		"", "plain", `<script>alert("x")</script>`, "a & b", "it's +1", "=HYPERLINK(\"x\")",
		"\x00nul", "é 漢字 …", `"quoted" 'single'`, "</title><svg onload=x>",
	} {
		var b strings.Builder
		if err := tmpl.Execute(&b, s); err != nil {
			t.Fatal(err)
		}
		want := b.String()
		got := "<p>" + esc(s) + "</p><rect x=\"" + esc(s) + "\"><title>" + esc(s) + "</title></rect>"
		if got != want {
			t.Errorf("esc(%q):\n got %s\nwant %s", s, got, want)
		}
	}
}
