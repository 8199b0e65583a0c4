// The DST tests need a zone database even where the system has none.

package journal_test

import _ "time/tzdata"
