// The DST tests need a zone database even where the system has none.

package cli

import _ "time/tzdata"
