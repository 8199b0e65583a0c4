// The DST tests need a zone database even where the system has none.

package e2e

import _ "time/tzdata"
