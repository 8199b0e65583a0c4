// The DST tests need a zone database even where the system has none.

package night

import _ "time/tzdata"
