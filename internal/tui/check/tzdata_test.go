// The DST tests need a zone database even where the system has none.

package check_test

import _ "time/tzdata"
